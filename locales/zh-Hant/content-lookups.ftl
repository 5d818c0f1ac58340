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
group-record-not-found = 社團有誤或不存在
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = 此社團已被管理員停用
# The group is private.
group-members-only = 只有社團成員才能查看此社團
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = 只有社團成員才能查看成員名單及其發布的內容
# This user has been barred from viewing this group's content.
group-user-banned = 目前的使用者已被禁止查看此社團的內容
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = 服務已到期，無法在此社團中查看和互動
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = 服務已到期，無法查看新內容

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = 話題有誤或不存在
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = 此話題已被管理員停用

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = 貼文有誤或不存在
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = 此貼文已被管理員停用
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = 貼文版本紀錄有誤或不存在
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = 未經授權，無法存取此內容

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = 留言有誤或不存在
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = 此留言已被管理員停用
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = 留言版本紀錄有誤或不存在
# The post's author chose to keep comments visible to themselves only.
comments-author-only = 留言僅貼文作者可見
# Comments on old posts are hidden after a set time.
post-comments-expired = 此貼文已超過留言顯示期限，不再顯示留言

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = 檔案有誤或不存在
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = 此檔案已被管理員停用

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = 擴充內容有誤或不存在
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = 此擴充內容已被管理員停用
