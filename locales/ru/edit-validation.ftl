### Edit validation (38xxx)
###
### Errors when editing and submitting content: drafts, reviews and the checks on title and body.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Drafts

# A draft is content being edited before it is published.
draft-not-found = Неверный ID черновика или черновик не существует
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = Контент на модерации, редактирование недоступно
# The draft has already been published.
draft-published = Контент уже опубликован, редактирование недоступно
review-resubmit-not-allowed = Контент уже на модерации, повторная отправка невозможна
publish-resubmit-not-allowed = Контент уже публикуется, повторная отправка невозможна
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = Не удалось создать черновик комментария: черновики доступны только для комментариев первого уровня
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = Не удалось создать черновик: папка черновиков заполнена. Удалите лишние черновики и повторите попытку
    .detailed =
        Не удалось создать черновик: можно хранить не более { $max ->
            [one] { NUMBER($max) } черновика
            [few] { NUMBER($max) } черновиков
            [many] { NUMBER($max) } черновиков
           *[other] { NUMBER($max) } черновика
        }. Удалите лишние черновики и повторите попытку
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = Не удалось оставить комментарий: пост недоступен или удалён
# Comments are turned off for the post the comment would belong to.
comment-post-closed = Не удалось оставить комментарий: комментарии к этому посту отключены

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = Контент отправлен и будет опубликован после модерации
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = У вас уже есть контент на модерации. Одновременно на модерацию можно отправить только один материал — отправьте новый после завершения модерации
title-empty = Заголовок не может быть пустым
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = Заголовок слишком длинный
    .detailed =
        Заголовок слишком длинный: допускается не более { $max ->
            [one] { NUMBER($max) } символа
            [few] { NUMBER($max) } символов
            [many] { NUMBER($max) } символов
           *[other] { NUMBER($max) } символа
        }
content-empty = Контент не может быть пустым: добавьте текст перед публикацией
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = Контент слишком длинный
    .detailed =
        Контент слишком длинный: допускается не более { $max ->
            [one] { NUMBER($max) } символа
            [few] { NUMBER($max) } символов
            [many] { NUMBER($max) } символов
           *[other] { NUMBER($max) } символа
        }
title-banned-words = Заголовок содержит запрещённые слова. Исправьте его перед публикацией
content-banned-words = Контент содержит запрещённые слова. Исправьте его перед публикацией
# The site requires every post to be in a group, and none was chosen.
group-required = Не выбрана группа. Выберите группу
# The post's author only allows comments from people they follow.
comment-followed-only = Автор разрешил комментировать только тем, на кого он подписан
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = Автор разрешил комментировать только тем, на кого он подписан, и верифицированным пользователям
# The post's author has turned comments off for this post.
comment-disabled = Автор отключил комментарии
