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
draft-not-found = 草稿 ID 有误或不存在
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = 内容正在审核中，无法编辑
# The draft has already been published.
draft-published = 内容已发布，无法编辑
review-resubmit-not-allowed = 内容正在审核中，不能重复提交
publish-resubmit-not-allowed = 内容正在发布中，不能重复提交
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = 创建评论草稿失败，仅一级评论可创建草稿
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = 创建草稿失败，草稿箱已满，请整理后再创建
    .detailed = 创建草稿失败，草稿箱已满（最多{ NUMBER($max) }个草稿），请整理后再创建
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = 评论失败，所属帖子不存在或已被删除
# Comments are turned off for the post the comment would belong to.
comment-post-closed = 评论失败，所属帖子已关闭评论功能

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = 内容已提交，审核通过后将正式发布
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = 已有内容正在等待审核，系统不允许同时提交两条内容审核，请待审核结束后再提交
title-empty = 标题不能为空
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = 标题过长，已超出长度限制
    .detailed = 标题过长，最多可输入{ NUMBER($max) }个字
content-empty = 内容不能为空，请填写内容后再发布
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = 内容过长，已超出长度限制
    .detailed = 内容过长，最多可输入{ NUMBER($max) }个字
title-banned-words = 标题包含违禁词，请修改后再发布
content-banned-words = 内容包含违禁词，请修改后再发布
# The site requires every post to be in a group, and none was chosen.
group-required = 小组不能为空，请选择小组
# The post's author only allows comments from people they follow.
comment-followed-only = 作者设置了仅允许其关注的用户评论
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = 作者设置了仅允许其关注的用户和认证用户评论
# The post's author has turned comments off for this post.
comment-disabled = 作者已关闭评论功能
