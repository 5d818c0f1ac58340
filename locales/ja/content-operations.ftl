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
role-record-not-found = ロールの指定が誤っているか、存在しません。
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = 現在のロールには権限が設定されていません。管理者にお問い合わせください。
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = 現在のロールにはリクエストの権限がありません。
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = 現在のロールには閲覧の権限がありません。
role-publish-not-allowed = 現在のロールにはコンテンツを公開する権限がありません。
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = 現在のロールでは、コンテンツを公開できる時間帯が制限されています。指定の時間帯にもう一度お試しください。
    .detailed = 現在のロールでは、コンテンツを公開できる時間帯が制限されています。{ DURATION($wait) }後にもう一度お試しください。
role-publish-requires-email = 現在のロールでコンテンツを公開するには、メールアドレスの登録が必要です。
role-publish-requires-phone = 現在のロールでコンテンツを公開するには、電話番号の登録が必要です。
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = 現在のロールでコンテンツを公開するには、本人確認が必要です。
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = 現在のロールには画像をアップロードする権限がありません。
role-upload-video-not-allowed = 現在のロールには動画をアップロードする権限がありません。
role-upload-audio-not-allowed = 現在のロールには音声をアップロードする権限がありません。
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = 現在のロールにはドキュメントをアップロードする権限がありません。
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = ファイルサイズが上限を超えています。
    .detailed = ファイルサイズが上限（{ SIZE($size) }）を超えています。
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = ファイルの再生時間が上限を超えています。
    .detailed = ファイルの再生時間が上限（{ DURATION($limit) }）を超えています。
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = ファイル数が上限を超えています。
    .detailed = ファイル数が上限（{ NUMBER($max) }件）を超えています。
# Conversations are private messages between users.
role-conversation-not-allowed = 現在のロールには会話機能を利用する権限がありません。
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = 現在のロールの1日あたりのダウンロード上限に達しました。明日以降にもう一度ダウンロードしてください。
    .detailed = 現在のロールの1日あたりのダウンロード上限（{ NUMBER($max) }件）に達しました。明日以降にもう一度ダウンロードしてください。
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = 現在のロールでフォロー・ブロックできるユーザー数の上限に達しているため、これ以上追加できません。
    .detailed = 現在のロールでフォロー・ブロックできるユーザー数の上限（{ NUMBER($max) }人）に達しているため、これ以上追加できません。
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = 公開の間隔が短すぎます。時間をおいてからもう一度公開してください。詳しくは現在のロールの設定をご確認ください。
    .detailed = 公開の間隔が短すぎます。次の公開まで{ DURATION($wait) }以上あけてください。詳しくは現在のロールの設定をご確認ください。
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = 1日に公開できる件数の上限に達しました。明日以降にもう一度公開してください。
    .detailed = 1日に公開できる件数の上限（{ NUMBER($max) }件）に達しました。明日以降にもう一度公開してください。

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = この機能は無効になっているため、利用できません。
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = このコンテンツは公開されていないため、閲覧できません。
# For example, liking or following yourself.
self-operation-not-allowed = 自分自身や自分が公開したコンテンツに対して、この操作は行えません。

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = 指定された方法でのみ公開できます。このインターフェースへのリクエストは許可されていません。
publish-requires-email = コンテンツを公開する前に、メールアドレスを登録してください。
publish-requires-phone = コンテンツを公開する前に、電話番号を登録してください。
publish-requires-real-name = コンテンツを公開する前に、本人確認を完了してください。
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = システムにより、コンテンツを公開できる時間帯が制限されています。指定の時間帯にもう一度お試しください。
    .detailed = システムにより、コンテンツを公開できる時間帯が制限されています。{ DURATION($wait) }後にもう一度お試しください。
post-not-editable = 投稿は公開後に編集できません。
comment-not-editable = コメントは公開後に編集できません。
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = ピン留めされたコンテンツは編集できません。
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = ハイライトに設定されたコンテンツは編集できません。
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = 編集できる期間が過ぎています。
    .detailed = 編集できる期間が過ぎています。コンテンツを編集できるのは、公開後{ DURATION($limit) }以内のみです。
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = この種類のファイルはアップロードできません。
    .detailed = { $extension }形式のファイルはアップロードできません。
# Groups can restrict who may post in them.
group-post-not-allowed = 現在のユーザーには、このグループに投稿する権限がありません。
group-comment-not-allowed = 現在のユーザーには、このグループでコメントする権限がありません。
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = この種類のコメントは編集できません。

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = 削除に失敗しました。コンテンツの指定が誤っているか、存在しません。
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = このコンテンツは削除できません。
# The file or other resource is still attached to content.
resource-in-use = このリソースは使用中のため、削除できません。
delete-own-content-only = 削除できるのは自分のコンテンツのみです。
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = 審査中のコンテンツは削除できません。審査の申請を取り下げてから削除してください。
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = コンテンツはすでに公開されているため、この下書きは操作できません。削除する場合は、公開済みのコンテンツを削除してください。

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = 操作に失敗しました。作成者本人であることをご確認ください。
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = このコンテンツは審査中ではないため、取り下げる必要はありません。

## Conversations

conversation-disabled = 会話機能が有効になっていないため、利用できません。
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = 会話が存在しないか、エラーが発生しています。
conversation-not-owned = この会話は現在のユーザーのものではありません。
message-to-self = 自分自身にメッセージを送信することはできません。
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = 1件のメッセージで送信できるのは、「ファイル」または「テキスト」のどちらか一方のみです。
message-blocked-words = 禁止ワードが含まれているため、メッセージを送信できませんでした。
# The recipient only accepts messages from people they follow.
recipient-followed-only = 相手は、自分がフォローしているユーザーからのメッセージのみ受け付ける設定にしています。
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = 相手は、自分がフォローしているユーザーと認証済みユーザーからのメッセージのみ受け付ける設定にしています。
# The recipient has turned off conversations.
recipient-conversation-off = 相手は会話機能をオフにしています。
message-delete-own-only = 削除できるのは自分の会話メッセージのみです。

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = 通知が存在しないか、エラーが発生しています。
notification-not-owned = この通知は現在のユーザーのものではありません。
notification-delete-own-only = 削除できるのは自分宛ての通知のみです。
