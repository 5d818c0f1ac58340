### Roles and content operations (36xxx)
###
### Errors about what a role allows and about operations on content: publishing, uploading, editing,
### deleting, reviews, conversations (private messages) and notifications.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Role permissions

# A role is a permission group given to users (member, VIP, moderator, …).
role-record-not-found = Роль не найдена или указана неверно
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = Для текущей роли не настроены права. Обратитесь к администратору
role-request-not-allowed = У текущей роли нет прав на выполнение запроса
role-browse-not-allowed = У текущей роли нет прав на просмотр
role-publish-not-allowed = У текущей роли нет прав на публикацию контента
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = Для текущей роли публикация контента доступна только в определённое время. Повторите попытку в разрешённое время
    .detailed = Для текущей роли публикация контента доступна только в определённое время. До начала разрешённого периода осталось: { DURATION($wait) }
role-publish-requires-email = Для публикации контента с текущей ролью необходимо привязать электронную почту
role-publish-requires-phone = Для публикации контента с текущей ролью необходимо привязать номер телефона
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = Для публикации контента с текущей ролью необходимо пройти подтверждение личности
role-upload-image-not-allowed = У текущей роли нет прав на загрузку изображений
role-upload-video-not-allowed = У текущей роли нет прав на загрузку видео
role-upload-audio-not-allowed = У текущей роли нет прав на загрузку аудио
role-upload-file-not-allowed = У текущей роли нет прав на загрузку файлов
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = Размер файла превышает установленный лимит
    .detailed = Размер файла превышает лимит в { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = Длительность файла превышает установленный лимит
    .detailed = Файл слишком длинный: максимальная длительность — { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = Количество файлов превышает установленный лимит
    .detailed = Превышено максимальное количество файлов: { NUMBER($max) }
# Conversations are private messages between users.
role-conversation-not-allowed = У текущей роли нет доступа к диалогам
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = Для текущей роли исчерпан дневной лимит скачиваний. Попробуйте снова завтра
    .detailed = Текущая роль может скачивать не более { $max ->
        [one] { NUMBER($max) } файла
        [few] { NUMBER($max) } файлов
        [many] { NUMBER($max) } файлов
       *[other] { NUMBER($max) } файла
    } в день. Попробуйте снова завтра
# Shown when a text field is already at its maximum length.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
character-limit-reached = Достигнуто максимальное количество символов, добавить больше нельзя
    .detailed = Достигнут лимит в { $max ->
        [one] { NUMBER($max) } символ
        [few] { NUMBER($max) } символа
        [many] { NUMBER($max) } символов
       *[other] { NUMBER($max) } символа
    }, добавить больше нельзя
# Roles can have a minimum interval between two posts.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = Вы публикуете слишком часто. Сделайте паузу между публикациями. Подробнее — в настройках текущей роли
    .detailed = Вы публикуете слишком часто: минимальный интервал между публикациями — { DURATION($wait) }. Подробнее — в настройках текущей роли
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = Достигнут дневной лимит публикаций. Попробуйте снова завтра
    .detailed = Достигнут дневной лимит публикаций ({ $max ->
        [one] { NUMBER($max) } пост
        [few] { NUMBER($max) } поста
        [many] { NUMBER($max) } постов
       *[other] { NUMBER($max) } поста
    }). Попробуйте снова завтра

## Feature availability

# The feature has been turned off by the administrator.
feature-not-open = Эта функция отключена и недоступна
content-not-open = Этот контент закрыт для просмотра
# For example, liking or following yourself.
self-operation-not-allowed = Это действие нельзя выполнить в отношении себя или своего контента

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = Публикация возможна только определённым способом, запросы к этому методу API запрещены
publish-requires-email = Перед публикацией контента привяжите электронную почту
publish-requires-phone = Перед публикацией контента привяжите номер телефона
publish-requires-real-name = Перед публикацией контента пройдите подтверждение личности
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = Публикация контента на сайте доступна только в определённое время. Повторите попытку в разрешённое время
    .detailed = Публикация контента на сайте доступна только в определённое время. До начала разрешённого периода осталось: { DURATION($wait) }
post-not-editable = Пост нельзя редактировать после публикации
comment-not-editable = Комментарий нельзя редактировать после публикации
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = Закреплённый контент нельзя редактировать
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = Рекомендованный контент нельзя редактировать
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = Время на редактирование истекло
    .detailed = Время на редактирование истекло. Срок редактирования после публикации: { DURATION($limit) }
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = Файлы этого типа загружать нельзя
    .detailed = Загрузка файлов типа { $extension } запрещена
# Groups can restrict who may post in them.
group-post-not-allowed = У текущего пользователя нет прав на публикацию постов в этой группе
group-comment-not-allowed = У текущего пользователя нет прав на комментирование в этой группе
# Some kinds of comments (for example ones created by plugins) cannot be edited.
comment-type-not-editable = Комментарии этого типа нельзя редактировать

## Deleting

delete-failed = Не удалось удалить: контент не найден или указан неверно
content-not-deletable = Этот контент нельзя удалить
# The file or other resource is still attached to content.
resource-in-use = Ресурс используется, удалить его нельзя
delete-own-content-only = Удалять можно только свой контент
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = Контент на модерации удалить нельзя. Сначала отзовите его с модерации, затем удалите
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = Контент уже опубликован, действия с черновиком больше недоступны. Чтобы удалить контент, удалите опубликованную версию

## Reviews

# Shown when someone other than the author tries to change the content.
author-confirmation-failed = Не удалось выполнить действие. Убедитесь, что вы являетесь автором
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = Отзывать нечего: контент не находится на модерации

## Conversations

conversation-disabled = Диалоги отключены и недоступны
conversation-not-found = Диалог недоступен или не существует
conversation-not-owned = Этот диалог не принадлежит текущему пользователю
message-to-self = Нельзя отправлять сообщения самому себе
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = Сообщение может содержать либо [файл], либо [текст]
message-blocked-words = Сообщение не отправлено: оно содержит запрещённые слова
# The recipient only accepts messages from people they follow.
recipient-followed-only = Пользователь принимает сообщения только от тех, на кого подписан
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = Пользователь принимает сообщения только от тех, на кого подписан, и от верифицированных пользователей
# The recipient has turned off conversations.
recipient-conversation-off = Пользователь отключил диалоги
message-delete-own-only = Удалять можно только свои сообщения

## Notifications

notification-not-found = Уведомление недоступно или не существует
notification-not-owned = Это уведомление не принадлежит текущему пользователю
notification-delete-own-only = Удалять можно только свои уведомления
