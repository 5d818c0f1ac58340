### Roles and content operations (36xxx)
###
### Errors about what a role allows and about operations on content: publishing, uploading, editing,
### deleting, reviews, conversations (private messages) and notifications.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Role permissions

# A role is a permission group given to users (member, VIP, moderator, …).
# The role ID given in the request is wrong, or no such role exists.
role-record-not-found = 역할이 올바르지 않거나 존재하지 않습니다.
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = 현재 역할에 권한이 설정되어 있지 않습니다. 관리자에게 문의해 주세요.
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = 현재 역할에는 요청 권한이 없습니다.
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = 현재 역할에는 열람 권한이 없습니다.
role-publish-not-allowed = 현재 역할에는 콘텐츠 게시 권한이 없습니다.
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = 현재 역할은 콘텐츠를 게시할 수 있는 시간이 제한되어 있습니다. 허용된 시간에 다시 시도해 주세요.
    .detailed = 현재 역할은 콘텐츠를 게시할 수 있는 시간이 제한되어 있습니다. { DURATION($wait) } 후에 다시 시도해 주세요.
role-publish-requires-email = 현재 역할은 이메일을 등록해야 콘텐츠를 게시할 수 있습니다.
role-publish-requires-phone = 현재 역할은 휴대폰 번호를 등록해야 콘텐츠를 게시할 수 있습니다.
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = 현재 역할은 실명 인증을 완료해야 콘텐츠를 게시할 수 있습니다.
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = 현재 역할에는 이미지 업로드 권한이 없습니다.
role-upload-video-not-allowed = 현재 역할에는 동영상 업로드 권한이 없습니다.
role-upload-audio-not-allowed = 현재 역할에는 오디오 업로드 권한이 없습니다.
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = 현재 역할에는 문서 업로드 권한이 없습니다.
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = 파일 크기가 제한을 초과했습니다.
    .detailed = 파일 크기가 최대 허용 크기({ SIZE($size) })를 초과했습니다.
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = 파일 재생 시간이 제한을 초과했습니다.
    .detailed = 파일 재생 시간이 최대 허용 시간({ DURATION($limit) })을 초과했습니다.
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = 파일 개수가 제한을 초과했습니다.
    .detailed = 파일 개수가 최대 허용 개수({ NUMBER($max) }개)를 초과했습니다.
# Conversations are private messages between users.
role-conversation-not-allowed = 현재 역할에는 대화 메시지를 보낼 권한이 없습니다.
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = 현재 역할의 오늘 다운로드 한도에 도달했습니다. 내일 다시 다운로드해 주세요.
    .detailed = 현재 역할의 하루 다운로드 한도(파일 { NUMBER($max) }개)에 도달했습니다. 내일 다시 다운로드해 주세요.
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = 현재 역할에서 팔로우하거나 차단할 수 있는 사용자 수의 한도에 도달하여 더 이상 추가할 수 없습니다.
    .detailed = 현재 역할에서 팔로우하거나 차단할 수 있는 사용자 수의 한도({ NUMBER($max) }명)에 도달하여 더 이상 추가할 수 없습니다.
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = 게시 간격이 너무 짧습니다. 잠시 후 다시 게시해 주세요. 자세한 내용은 현재 역할 설정을 확인해 주세요.
    .detailed = 게시 간격이 너무 짧습니다. 게시물 사이에 { DURATION($wait) } 이상 간격을 두고 게시해 주세요. 자세한 내용은 현재 역할 설정을 확인해 주세요.
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = 오늘의 게시 한도에 도달했습니다. 내일 다시 게시해 주세요.
    .detailed = 하루 게시 한도(게시물 { NUMBER($max) }개)에 도달했습니다. 내일 다시 게시해 주세요.

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = 이 기능은 현재 제공되지 않아 사용할 수 없습니다.
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = 이 콘텐츠는 공개되지 않아 볼 수 없습니다.
# For example, liking or following yourself.
self-operation-not-allowed = 자신 또는 자신이 게시한 콘텐츠에는 이 작업을 할 수 없습니다.

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = 지정된 방식으로만 게시할 수 있으며, 이 API로는 요청할 수 없습니다.
publish-requires-email = 콘텐츠를 게시하려면 먼저 이메일을 등록해 주세요.
publish-requires-phone = 콘텐츠를 게시하려면 먼저 휴대폰 번호를 등록해 주세요.
publish-requires-real-name = 콘텐츠를 게시하려면 먼저 실명 인증을 완료해 주세요.
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = 시스템에서 콘텐츠를 게시할 수 있는 시간을 제한하고 있습니다. 허용된 시간에 다시 시도해 주세요.
    .detailed = 시스템에서 콘텐츠를 게시할 수 있는 시간을 제한하고 있습니다. { DURATION($wait) } 후에 다시 시도해 주세요.
post-not-editable = 게시 후에는 게시물을 수정할 수 없습니다.
comment-not-editable = 게시 후에는 댓글을 수정할 수 없습니다.
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = 상단에 고정된 콘텐츠는 수정할 수 없습니다.
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = 추천 콘텐츠로 지정된 콘텐츠는 수정할 수 없습니다.
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = 수정 가능 시간이 지났습니다.
    .detailed = 수정 가능 시간이 지났습니다. 콘텐츠는 게시 후 { DURATION($limit) } 이내에만 수정할 수 있습니다.
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = 업로드할 수 없는 파일 형식입니다.
    .detailed = { $extension } 형식의 파일은 업로드할 수 없습니다.
# Groups can restrict who may post in them.
group-post-not-allowed = 현재 사용자에게는 이 그룹에 게시물을 작성할 권한이 없습니다.
group-comment-not-allowed = 현재 사용자에게는 이 그룹에 댓글을 작성할 권한이 없습니다.
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = 이 유형의 댓글은 수정할 수 없습니다.

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = 삭제하지 못했습니다. 콘텐츠가 올바르지 않거나 존재하지 않습니다.
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = 이 콘텐츠는 삭제할 수 없습니다.
# The file or other resource is still attached to content.
resource-in-use = 사용 중인 리소스이므로 삭제할 수 없습니다.
delete-own-content-only = 본인의 콘텐츠만 삭제할 수 있습니다.
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = 검토 중에는 삭제할 수 없습니다. 검토 요청을 철회한 후 삭제해 주세요.
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = 이미 게시된 콘텐츠이므로 초안을 더 이상 변경할 수 없습니다. 삭제하려면 게시된 콘텐츠를 삭제해 주세요.

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = 작업에 실패했습니다. 작성자 본인인지 확인해 주세요.
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = 검토 중인 콘텐츠가 아니므로 철회할 필요가 없습니다.

## Conversations

conversation-disabled = 대화 기능이 활성화되어 있지 않아 사용할 수 없습니다.
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = 대화에 문제가 있거나 존재하지 않습니다.
conversation-not-owned = 현재 사용자의 대화가 아닙니다.
message-to-self = 자신에게는 메시지를 보낼 수 없습니다.
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = 각 메시지는 [파일] 또는 [텍스트] 중 하나여야 합니다.
message-blocked-words = 금지어가 포함되어 있어 메시지를 보낼 수 없습니다.
# The recipient only accepts messages from people they follow.
recipient-followed-only = 상대방이 자신이 팔로우하는 사용자만 메시지를 보낼 수 있도록 설정했습니다.
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = 상대방이 자신이 팔로우하는 사용자와 인증된 사용자만 메시지를 보낼 수 있도록 설정했습니다.
# The recipient has turned off conversations.
recipient-conversation-off = 상대방이 대화 기능을 꺼 두었습니다.
message-delete-own-only = 본인의 대화 메시지만 삭제할 수 있습니다.

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = 알림에 문제가 있거나 존재하지 않습니다.
notification-not-owned = 현재 사용자의 알림이 아닙니다.
notification-delete-own-only = 본인의 알림만 삭제할 수 있습니다.
