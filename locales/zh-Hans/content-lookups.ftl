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
group-record-not-found = 小组有误或不存在
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = 该小组已被封禁
# The group is private.
group-members-only = 仅小组成员可查看该小组
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = 仅小组成员可查看小组成员及其发布的内容
# This user has been barred from viewing this group's content.
group-user-banned = 当前用户已被禁止查看该小组的内容
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = 服务已到期，无法在该小组中查看和互动
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = 服务已到期，无法查看新内容

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = 话题有误或不存在
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = 该话题已被封禁

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = 帖子有误或不存在
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = 该帖子已被封禁
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = 帖子版本记录有误或不存在
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = 未经授权，无法访问该内容

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = 评论有误或不存在
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = 该评论已被封禁
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = 评论版本记录有误或不存在
# The post's author chose to keep comments visible to themselves only.
comments-author-only = 评论仅帖子作者可见
# Comments on old posts are hidden after a set time.
post-comments-expired = 该帖子已超出评论展示期限，不再显示评论

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = 文件有误或不存在
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = 该文件已被封禁

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = 扩展内容有误或不存在
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = 该扩展内容已被封禁
