### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = 그룹이 올바르지 않거나 존재하지 않습니다.
group-banned = 차단된 그룹입니다.
group-members-only = 그룹 멤버만 이 그룹을 볼 수 있습니다.
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = 그룹 멤버 목록과 게시물은 그룹 멤버만 볼 수 있습니다.
group-user-banned = 현재 사용자는 이 그룹의 콘텐츠를 볼 수 없도록 차단되었습니다.
# The user's paid membership for this group has expired.
group-service-expired = 이용 기간이 만료되어 이 그룹에서 콘텐츠를 보거나 활동할 수 없습니다.
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = 이용 기간이 만료되어 새 콘텐츠를 볼 수 없습니다.

## Hashtags

hashtag-record-not-found = 해시태그가 올바르지 않거나 존재하지 않습니다.
hashtag-banned = 차단된 해시태그입니다.

## Posts

post-record-not-found = 게시물이 올바르지 않거나 존재하지 않습니다.
post-banned = 차단된 게시물입니다.
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = 게시물 편집 기록이 올바르지 않거나 존재하지 않습니다.
content-unauthorized = 권한이 없어 이 콘텐츠에 접근할 수 없습니다.

## Comments

comment-record-not-found = 댓글이 올바르지 않거나 존재하지 않습니다.
comment-banned = 차단된 댓글입니다.
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = 댓글 편집 기록이 올바르지 않거나 존재하지 않습니다.
# The post's author chose to keep comments visible to themselves only.
comments-author-only = 댓글은 게시물 작성자만 볼 수 있습니다.
# Comments on old posts are hidden after a set time.
post-comments-expired = 게시 후 일정 기간이 지나 이 게시물의 댓글은 더 이상 표시되지 않습니다.

## Files

file-record-not-found = 파일이 올바르지 않거나 존재하지 않습니다.
file-banned = 차단된 파일입니다.

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = 확장 콘텐츠가 올바르지 않거나 존재하지 않습니다.
extend-banned = 차단된 확장 콘텐츠입니다.
