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
group-record-not-found = Группа не найдена или указана неверно
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = Группа заблокирована
# The group is private.
group-members-only = Просматривать эту группу могут только её участники
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Только участники могут видеть, кто состоит в группе и что в ней публикуется
# This user has been barred from viewing this group's content.
group-user-banned = Текущему пользователю запрещено просматривать контент этой группы
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = Срок членства в группе истёк: просмотр и взаимодействие в ней недоступны
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = Срок членства истёк, новый контент недоступен

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = Хештег не найден или указан неверно
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = Хештег заблокирован

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = Пост не найден или указан неверно
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = Пост заблокирован
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Версия поста не найдена или указана неверно
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = Нет прав для доступа к этому контенту

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = Комментарий не найден или указан неверно
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = Комментарий заблокирован
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Версия комментария не найдена или указана неверно
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Комментарии видны только автору поста
# Comments on old posts are hidden after a set time.
post-comments-expired = Пост слишком старый, комментарии к нему больше не отображаются

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = Файл не найден или указан неверно
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = Файл заблокирован

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = Блок расширения не найден или указан неверно
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = Блок расширения заблокирован
