### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = 小组有误或不存在
group-banned = 该小组已被封禁
group-members-only = 仅小组成员可查看该小组
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = 仅小组成员可查看小组成员及其发布的内容
group-user-banned = 当前用户已被禁止查看该小组的内容
# The user's paid membership for this group has expired.
group-service-expired = 服务已到期，无法在该小组中查看和互动
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = 服务已到期，无法查看新内容

## Hashtags

hashtag-record-not-found = 话题有误或不存在
hashtag-banned = 该话题已被封禁

## Posts

post-record-not-found = 帖子有误或不存在
post-banned = 该帖子已被屏蔽
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = 帖子版本记录有误或不存在
content-unauthorized = 未经授权，无法访问该内容

## Comments

comment-record-not-found = 评论有误或不存在
comment-banned = 该评论已被屏蔽
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = 评论版本记录有误或不存在
# The post's author chose to keep comments visible to themselves only.
comments-author-only = 评论仅帖子作者可见
# Comments on old posts are hidden after a set time.
post-comments-expired = 该帖子已超出评论展示期限，不再显示评论

## Files

file-record-not-found = 文件有误或不存在
file-banned = 该文件已被屏蔽

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = 扩展内容有误或不存在
extend-banned = 该扩展内容已被屏蔽
