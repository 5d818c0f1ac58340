### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = グループの指定が誤っているか、存在しません。
group-banned = このグループは利用停止されています。
group-members-only = このグループはメンバーのみ閲覧できます。
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = グループのメンバーと投稿は、メンバーのみ閲覧できます。
group-user-banned = 現在のユーザーは、このグループのコンテンツの閲覧を禁止されています。
# The user's paid membership for this group has expired.
group-service-expired = サービスの有効期限が切れているため、このグループでの閲覧や交流はできません。
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = サービスの有効期限が切れているため、新しいコンテンツは閲覧できません。

## Hashtags

hashtag-record-not-found = ハッシュタグの指定が誤っているか、存在しません。
hashtag-banned = このハッシュタグは利用停止されています。

## Posts

post-record-not-found = 投稿の指定が誤っているか、存在しません。
post-banned = この投稿は利用停止されています。
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = 投稿の編集記録の指定が誤っているか、存在しません。
content-unauthorized = 権限がないため、このコンテンツにはアクセスできません。

## Comments

comment-record-not-found = コメントの指定が誤っているか、存在しません。
comment-banned = このコメントは利用停止されています。
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = コメントの編集記録の指定が誤っているか、存在しません。
# The post's author chose to keep comments visible to themselves only.
comments-author-only = コメントは投稿者のみ閲覧できます。
# Comments on old posts are hidden after a set time.
post-comments-expired = この投稿は公開から一定期間が経過したため、コメントは表示されません。

## Files

file-record-not-found = ファイルの指定が誤っているか、存在しません。
file-banned = このファイルは利用停止されています。

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = 拡張コンテンツの指定が誤っているか、存在しません。
extend-banned = この拡張コンテンツは利用停止されています。
