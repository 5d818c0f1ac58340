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
# The role ID given in the request is wrong, or no such role exists.
role-record-not-found = Роль не найдена или указана неверно
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = Для текущей роли не настроены права. Обратитесь к администратору
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = У текущей роли нет прав на выполнение запроса
# The user's role does not allow viewing content on the site.
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
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = У текущей роли нет прав на загрузку изображений
role-upload-video-not-allowed = У текущей роли нет прав на загрузку видео
role-upload-audio-not-allowed = У текущей роли нет прав на загрузку аудио
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = У текущей роли нет прав на загрузку документов
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
    .detailed =
        Текущая роль может скачивать не более { $max ->
            [one] { NUMBER($max) } файла
            [few] { NUMBER($max) } файлов
            [many] { NUMBER($max) } файлов
           *[other] { NUMBER($max) } файла
        } в день. Попробуйте снова завтра
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = Для текущей роли достигнут лимит подписок или блокировок пользователей, добавить больше нельзя
    .detailed =
        Для текущей роли достигнут лимит подписок или блокировок — не более { $max ->
            [one] { NUMBER($max) } пользователя
            [few] { NUMBER($max) } пользователей
            [many] { NUMBER($max) } пользователей
           *[other] { NUMBER($max) } пользователя
        }, добавить больше нельзя
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = Вы публикуете слишком часто. Сделайте паузу между публикациями. Подробнее — в настройках текущей роли
    .detailed = Вы публикуете слишком часто: минимальный интервал между публикациями — { DURATION($wait) }. Подробнее — в настройках текущей роли
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = Достигнут дневной лимит публикаций. Попробуйте снова завтра
    .detailed =
        Достигнут дневной лимит публикаций ({ $max ->
            [one] { NUMBER($max) } пост
            [few] { NUMBER($max) } поста
            [many] { NUMBER($max) } постов
           *[other] { NUMBER($max) } поста
        }). Попробуйте снова завтра

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = Эта функция отключена и недоступна
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
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
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = Комментарии этого типа нельзя редактировать

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = Не удалось удалить: контент не найден или указан неверно
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = Этот контент нельзя удалить
# The file or other resource is still attached to content.
resource-in-use = Ресурс используется, удалить его нельзя
delete-own-content-only = Удалять можно только свой контент
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = Контент на модерации удалить нельзя. Сначала отзовите его с модерации, затем удалите
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = Контент уже опубликован, действия с черновиком больше недоступны. Чтобы удалить контент, удалите опубликованную версию

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = Не удалось выполнить действие. Убедитесь, что вы являетесь автором
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = Отзывать нечего: контент не находится на модерации

## Conversations

conversation-disabled = Диалоги отключены и недоступны
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
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

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = Уведомление недоступно или не существует
notification-not-owned = Это уведомление не принадлежит текущему пользователю
notification-delete-own-only = Удалять можно только свои уведомления
