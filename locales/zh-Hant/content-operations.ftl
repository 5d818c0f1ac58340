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
role-record-not-found = 角色有誤或不存在
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = 目前的角色尚未設定權限，請聯絡管理員確認
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = 目前的角色沒有請求權限
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = 目前的角色沒有瀏覽權限
role-publish-not-allowed = 目前的角色沒有發布內容的權限
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = 目前的角色有發布時間限制，請在指定時段內再試
    .detailed = 目前的角色有發布時間限制，請於 { DURATION($wait) }後再試
role-publish-requires-email = 目前的角色發布內容前須先綁定電子郵件
role-publish-requires-phone = 目前的角色發布內容前須先綁定手機號碼
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = 目前的角色發布內容前須先完成實名認證
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = 目前的角色無權上傳圖片
role-upload-video-not-allowed = 目前的角色無權上傳影片
role-upload-audio-not-allowed = 目前的角色無權上傳音訊
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = 目前的角色無權上傳文件
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = 檔案大小超過限制
    .detailed = 檔案大小不能超過 { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = 影音長度超過限制
    .detailed = 影音長度不能超過 { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = 檔案數量超過限制
    .detailed = 檔案數量不能超過 { NUMBER($max) } 個
# Conversations are private messages between users.
role-conversation-not-allowed = 目前的角色沒有私訊權限
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = 目前的角色今日下載次數已達上限，請明天再下載
    .detailed = 目前的角色今日下載次數已達上限（每天最多 { NUMBER($max) } 個檔案），請明天再下載
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = 目前的角色可追蹤或封鎖的使用者數量已達上限，無法再新增
    .detailed = 目前的角色最多可追蹤或封鎖 { NUMBER($max) } 位使用者，已達上限，無法再新增
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = 發布過於頻繁，請間隔一段時間後再發布。詳情請查看目前角色的設定
    .detailed = 發布過於頻繁，兩次發布須間隔 { DURATION($wait) }。詳情請查看目前角色的設定
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = 今日發布數量已達上限，請明天再發布
    .detailed = 今日發布數量已達上限（每天最多 { NUMBER($max) } 則），請明天再發布

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = 此功能尚未開放，無法操作
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = 此內容尚未開放，無法查看
# For example, liking or following yourself.
self-operation-not-allowed = 無法對自己或自己發布的內容執行此操作

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = 僅支援透過指定方式發布，不允許透過此 API 請求
publish-requires-email = 請先綁定電子郵件再發布內容
publish-requires-phone = 請先綁定手機號碼再發布內容
publish-requires-real-name = 請先完成實名認證再發布內容
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = 系統限制了內容發布時間，請在指定時段內再試
    .detailed = 系統限制了內容發布時間，請於 { DURATION($wait) }後再試
post-not-editable = 貼文發布後無法編輯
comment-not-editable = 留言發布後無法編輯
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = 置頂內容無法編輯
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = 精選內容無法編輯
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = 已超過可編輯的時限
    .detailed = 已超過可編輯的時限：內容僅能在發布後 { DURATION($limit) }內編輯
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = 無法上傳此類型的檔案
    .detailed = 無法上傳 { $extension } 類型的檔案
# Groups can restrict who may post in them.
group-post-not-allowed = 目前的使用者無權在此社團發文
group-comment-not-allowed = 目前的使用者無權在此社團留言
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = 此類型的留言無法編輯

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = 刪除失敗，內容有誤或不存在
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = 此內容無法刪除
# The file or other resource is still attached to content.
resource-in-use = 此資源正在使用中，無法刪除
delete-own-content-only = 只能刪除自己的內容
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = 內容正在審核中，無法刪除，請先撤回審核再刪除
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = 內容已發布，草稿無法再進行操作。如需刪除，請刪除已發布的內容

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = 操作失敗，請確認您是作者本人
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = 此內容不在審核中，無需撤回

## Conversations

conversation-disabled = 私訊功能尚未啟用，暫時無法使用
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = 私訊對話異常或不存在
conversation-not-owned = 此私訊對話不屬於目前的使用者
message-to-self = 無法傳私訊給自己
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = 每則私訊只能是「檔案」或「文字」其中一種
message-blocked-words = 私訊含有禁用字詞，無法傳送
# The recipient only accepts messages from people they follow.
recipient-followed-only = 對方設定為僅允許其追蹤的使用者傳送私訊
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = 對方設定為僅允許其追蹤的使用者和認證使用者傳送私訊
# The recipient has turned off conversations.
recipient-conversation-off = 對方已關閉私訊功能
message-delete-own-only = 只能刪除自己的私訊

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = 通知異常或不存在
notification-not-owned = 此通知不屬於目前的使用者
notification-delete-own-only = 只能刪除自己的通知
