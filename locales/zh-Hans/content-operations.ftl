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
role-record-not-found = 角色有误或不存在
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = 当前角色尚未配置权限，请联系管理员确认
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = 当前角色无请求权限
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = 当前角色无浏览权限
role-publish-not-allowed = 当前角色无发布内容的权限
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = 当前角色的发布时间受限，请在指定时间段内再试
    .detailed = 当前角色的发布时间受限，请在{ DURATION($wait) }后再试
role-publish-requires-email = 当前角色发布内容前须先绑定邮箱
role-publish-requires-phone = 当前角色发布内容前须先绑定手机号
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = 当前角色发布内容前须先完成实名认证
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = 当前角色无权上传图片
role-upload-video-not-allowed = 当前角色无权上传视频
role-upload-audio-not-allowed = 当前角色无权上传音频
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = 当前角色无权上传文档
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = 文件大小超出限制
    .detailed = 文件大小不能超过{ SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = 文件时长超出限制
    .detailed = 文件时长不能超过{ DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = 文件数量超出限制
    .detailed = 文件数量不能超过{ NUMBER($max) }个
# Conversations are private messages between users.
role-conversation-not-allowed = 当前角色无私信权限
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = 当前角色今日下载次数已达上限，请明天再下载
    .detailed = 当前角色今日下载次数已达上限（每天最多{ NUMBER($max) }个文件），请明天再下载
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = 当前角色可关注或屏蔽的用户数量已达上限，无法继续添加
    .detailed = 当前角色最多可关注或屏蔽{ NUMBER($max) }个用户，已达上限，无法继续添加
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = 发布过于频繁，请间隔一段时间后再发布。详情请查看当前角色的设置
    .detailed = 发布过于频繁，两次发布须间隔{ DURATION($wait) }。详情请查看当前角色的设置
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = 今日发布数量已达上限，请明天再发布
    .detailed = 今日发布数量已达上限（每天最多{ NUMBER($max) }条），请明天再发布

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = 该功能未开放，无法操作
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = 该内容未开放，无法查看
# For example, liking or following yourself.
self-operation-not-allowed = 不能对自己或自己发布的内容进行此操作

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = 仅支持通过指定方式发布，不允许通过此接口请求
publish-requires-email = 请先绑定邮箱再发布内容
publish-requires-phone = 请先绑定手机号再发布内容
publish-requires-real-name = 请先完成实名认证再发布内容
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = 系统限制了内容发布时间，请在指定时间段内再试
    .detailed = 系统限制了内容发布时间，请在{ DURATION($wait) }后再试
post-not-editable = 帖子发布后不可编辑
comment-not-editable = 评论发布后不可编辑
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = 置顶内容不可编辑
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = 精华内容不可编辑
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = 已超过可编辑时限
    .detailed = 已超过可编辑时限：内容仅可在发布后{ DURATION($limit) }内编辑
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = 不支持上传该类型的文件
    .detailed = 不支持上传 { $extension } 类型的文件
# Groups can restrict who may post in them.
group-post-not-allowed = 当前用户无权在该小组发帖
group-comment-not-allowed = 当前用户无权在该小组评论
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = 该类型的评论不可编辑

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = 删除失败，内容有误或不存在
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = 该内容不可删除
# The file or other resource is still attached to content.
resource-in-use = 该资源正在使用中，无法删除
delete-own-content-only = 只能删除自己的内容
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = 内容正在审核中，无法删除，请先撤回审核再删除
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = 内容已发布，草稿无法再操作。如需删除，请删除已发布的内容

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = 操作失败，请确认您是作者本人
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = 该内容不在审核中，无需撤回

## Conversations

conversation-disabled = 私信功能未开启，暂时无法使用
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = 私信会话异常或不存在
conversation-not-owned = 该私信会话不属于当前用户
message-to-self = 不能给自己发私信
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = 每条私信只能是【文件】或【文字】其中一种
message-blocked-words = 私信包含违禁词，无法发送
# The recipient only accepts messages from people they follow.
recipient-followed-only = 对方设置了仅允许其关注的用户发送私信
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = 对方设置了仅允许其关注的用户和认证用户发送私信
# The recipient has turned off conversations.
recipient-conversation-off = 对方已关闭私信功能
message-delete-own-only = 只能删除自己的私信

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = 通知异常或不存在
notification-not-owned = 该通知不属于当前用户
notification-delete-own-only = 只能删除自己的通知
