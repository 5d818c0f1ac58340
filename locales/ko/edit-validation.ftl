### Edit validation (38xxx)
###
### Errors when editing and submitting content: drafts, reviews and the checks on title and body.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Drafts

# A draft is content being edited before it is published.
draft-not-found = 초안 ID가 올바르지 않거나 존재하지 않습니다.
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = 검토 중인 콘텐츠는 수정할 수 없습니다.
# The draft has already been published.
draft-published = 이미 게시된 콘텐츠는 수정할 수 없습니다.
review-resubmit-not-allowed = 검토 중인 콘텐츠는 다시 제출할 수 없습니다.
publish-resubmit-not-allowed = 게시 중인 콘텐츠는 다시 제출할 수 없습니다.
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = 댓글 초안을 만들지 못했습니다. 게시물에 직접 다는 댓글만 초안으로 만들 수 있습니다.
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = 임시 보관함이 가득 차서 초안을 만들 수 없습니다. 기존 초안을 정리한 후 다시 시도해 주세요.
    .detailed = 임시 보관함이 가득 차서(최대 { NUMBER($max) }개) 초안을 만들 수 없습니다. 기존 초안을 정리한 후 다시 시도해 주세요.
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = 댓글을 작성할 수 없습니다. 게시물이 존재하지 않거나 삭제되었습니다.
# Comments are turned off for the post the comment would belong to.
comment-post-closed = 댓글을 작성할 수 없습니다. 이 게시물의 댓글 기능이 꺼져 있습니다.

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = 콘텐츠가 제출되었습니다. 검토 및 승인 후 정식으로 게시됩니다.
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = 이미 검토 대기 중인 콘텐츠가 있습니다. 콘텐츠 두 개를 동시에 검토 요청할 수 없으니 검토가 끝난 후 제출해 주세요.
title-empty = 제목을 입력해 주세요.
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = 제목이 길이 제한을 초과했습니다.
    .detailed = 제목이 너무 깁니다. 최대 { NUMBER($max) }자까지 입력할 수 있습니다.
content-empty = 내용을 입력한 후 게시해 주세요.
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = 내용이 길이 제한을 초과했습니다.
    .detailed = 내용이 너무 깁니다. 최대 { NUMBER($max) }자까지 입력할 수 있습니다.
title-banned-words = 제목에 금지어가 포함되어 있습니다. 수정한 후 게시해 주세요.
content-banned-words = 내용에 금지어가 포함되어 있습니다. 수정한 후 게시해 주세요.
# The site requires every post to be in a group, and none was chosen.
group-required = 그룹을 선택해 주세요.
# The post's author only allows comments from people they follow.
comment-followed-only = 작성자가 자신이 팔로우하는 사용자만 댓글을 달 수 있도록 설정했습니다.
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = 작성자가 자신이 팔로우하는 사용자와 인증된 사용자만 댓글을 달 수 있도록 설정했습니다.
# The post's author has turned comments off for this post.
comment-disabled = 작성자가 댓글 기능을 꺼 두었습니다.
