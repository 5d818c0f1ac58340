### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = Группа не найдена или указана неверно
group-banned = Группа заблокирована
group-members-only = Просматривать эту группу могут только её участники
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Только участники могут видеть, кто состоит в группе и что в ней публикуется
group-user-banned = Текущему пользователю запрещено просматривать контент этой группы
# The user's paid membership for this group has expired.
group-service-expired = Срок членства в группе истёк: просмотр и взаимодействие в ней недоступны
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = Срок членства истёк, новый контент недоступен

## Hashtags

hashtag-record-not-found = Хештег не найден или указан неверно
hashtag-banned = Хештег заблокирован

## Posts

post-record-not-found = Пост не найден или указан неверно
post-banned = Пост заблокирован
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Версия поста не найдена или указана неверно
content-unauthorized = Нет прав для доступа к этому контенту

## Comments

comment-record-not-found = Комментарий не найден или указан неверно
comment-banned = Комментарий заблокирован
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Версия комментария не найдена или указана неверно
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Комментарии видны только автору поста
# Comments on old posts are hidden after a set time.
post-comments-expired = Пост слишком старый, комментарии к нему больше не отображаются

## Files

file-record-not-found = Файл не найден или указан неверно
file-banned = Файл заблокирован

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = Блок расширения не найден или указан неверно
extend-banned = Блок расширения заблокирован
