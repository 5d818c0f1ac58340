### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Groups

# The group given in the request is wrong, or no such group exists (or it was deleted).
group-record-not-found = グループの指定が誤っているか、存在しません。
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = このグループは利用停止されています。
# The group is private.
group-members-only = このグループはメンバーのみ閲覧できます。
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = グループのメンバーと投稿は、メンバーのみ閲覧できます。
# This user has been barred from viewing this group's content.
group-user-banned = 現在のユーザーは、このグループのコンテンツの閲覧を禁止されています。
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = サービスの有効期限が切れているため、このグループでの閲覧や交流はできません。
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = サービスの有効期限が切れているため、新しいコンテンツは閲覧できません。

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = ハッシュタグの指定が誤っているか、存在しません。
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = このハッシュタグは利用停止されています。

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = 投稿の指定が誤っているか、存在しません。
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = この投稿は利用停止されています。
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = 投稿の編集記録の指定が誤っているか、存在しません。
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = 権限がないため、このコンテンツにはアクセスできません。

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = コメントの指定が誤っているか、存在しません。
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = このコメントは利用停止されています。
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = コメントの編集記録の指定が誤っているか、存在しません。
# The post's author chose to keep comments visible to themselves only.
comments-author-only = コメントは投稿者のみ閲覧できます。
# Comments on old posts are hidden after a set time.
post-comments-expired = この投稿は公開から一定期間が経過したため、コメントは表示されません。

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = ファイルの指定が誤っているか、存在しません。
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = このファイルは利用停止されています。

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = 拡張コンテンツの指定が誤っているか、存在しません。
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = この拡張コンテンツは利用停止されています。
