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
group-record-not-found = 그룹이 올바르지 않거나 존재하지 않습니다.
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = 이용이 제한된 그룹입니다.
# The group is private.
group-members-only = 그룹 멤버만 이 그룹을 볼 수 있습니다.
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = 그룹 멤버 목록과 게시물은 그룹 멤버만 볼 수 있습니다.
# This user has been barred from viewing this group's content.
group-user-banned = 현재 사용자는 이 그룹의 콘텐츠 열람이 제한되었습니다.
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = 이용 기간이 만료되어 이 그룹에서 콘텐츠를 보거나 활동할 수 없습니다.
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = 이용 기간이 만료되어 새 콘텐츠를 볼 수 없습니다.

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = 해시태그가 올바르지 않거나 존재하지 않습니다.
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = 이용이 제한된 해시태그입니다.

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = 게시물이 올바르지 않거나 존재하지 않습니다.
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = 이용이 제한된 게시물입니다.
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = 게시물 편집 기록이 올바르지 않거나 존재하지 않습니다.
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = 권한이 없어 이 콘텐츠에 접근할 수 없습니다.

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = 댓글이 올바르지 않거나 존재하지 않습니다.
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = 이용이 제한된 댓글입니다.
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = 댓글 편집 기록이 올바르지 않거나 존재하지 않습니다.
# The post's author chose to keep comments visible to themselves only.
comments-author-only = 댓글은 게시물 작성자만 볼 수 있습니다.
# Comments on old posts are hidden after a set time.
post-comments-expired = 게시 후 일정 기간이 지나 이 게시물의 댓글은 더 이상 표시되지 않습니다.

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = 파일이 올바르지 않거나 존재하지 않습니다.
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = 이용이 제한된 파일입니다.

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = 확장 콘텐츠가 올바르지 않거나 존재하지 않습니다.
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = 이용이 제한된 확장 콘텐츠입니다.
