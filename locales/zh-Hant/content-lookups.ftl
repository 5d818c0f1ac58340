### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = 社團有誤或不存在
group-banned = 此社團已被封鎖
group-members-only = 只有社團成員才能查看此社團
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = 只有社團成員才能查看成員名單及其發布的內容
group-user-banned = 目前的使用者已被禁止查看此社團的內容
# The user's paid membership for this group has expired.
group-service-expired = 服務已到期，無法在此社團中查看和互動
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = 服務已到期，無法查看新內容

## Hashtags

hashtag-record-not-found = 主題標籤有誤或不存在
hashtag-banned = 此主題標籤已被封鎖

## Posts

post-record-not-found = 貼文有誤或不存在
post-banned = 此貼文已被封鎖
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = 貼文版本紀錄有誤或不存在
content-unauthorized = 未經授權，無法存取此內容

## Comments

comment-record-not-found = 留言有誤或不存在
comment-banned = 此留言已被封鎖
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = 留言版本紀錄有誤或不存在
# The post's author chose to keep comments visible to themselves only.
comments-author-only = 留言僅貼文作者可見
# Comments on old posts are hidden after a set time.
post-comments-expired = 此貼文已超過留言顯示期限，不再顯示留言

## Files

file-record-not-found = 檔案有誤或不存在
file-banned = 此檔案已被封鎖

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = 擴充內容有誤或不存在
extend-banned = 此擴充內容已被封鎖
