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
draft-not-found = El ID del borrador es incorrecto o no existe
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = El contenido está en revisión y no se puede editar
# The draft has already been published.
draft-published = El contenido ya se ha publicado y no se puede editar
review-resubmit-not-allowed = El contenido en revisión no se puede volver a enviar
publish-resubmit-not-allowed = El contenido que se está publicando no se puede volver a enviar
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = No se ha podido crear el borrador: solo los comentarios de primer nivel pueden guardarse como borrador
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = No se ha podido crear el borrador: la carpeta de borradores está llena. Elimine algunos y vuelva a intentarlo
    .detailed =
        No se ha podido crear el borrador: la carpeta de borradores está llena (máximo { $max ->
            [one] { NUMBER($max) } borrador
            [many] { NUMBER($max) } de borradores
           *[other] { NUMBER($max) } borradores
        }). Elimine algunos y vuelva a intentarlo
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = No se ha podido comentar: la publicación no existe o ha sido eliminada
# Comments are turned off for the post the comment would belong to.
comment-post-closed = No se ha podido comentar: los comentarios de esta publicación están desactivados

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = El contenido se ha enviado y se publicará cuando se apruebe en la revisión
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = Ya tiene contenido pendiente de revisión y no se pueden enviar dos contenidos a revisión a la vez. Espere a que termine la revisión para enviar otro
title-empty = El título no puede estar vacío
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = El título es demasiado largo y supera el límite permitido
    .detailed =
        El título es demasiado largo: puede tener como máximo { $max ->
            [one] { NUMBER($max) } carácter
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
content-empty = El contenido no puede estar vacío. Escriba el contenido antes de publicar
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = El contenido es demasiado largo y supera el límite permitido
    .detailed =
        El contenido es demasiado largo: puede tener como máximo { $max ->
            [one] { NUMBER($max) } carácter
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
title-banned-words = El título contiene palabras prohibidas. Modifíquelo antes de publicar
content-banned-words = El contenido contiene palabras prohibidas. Modifíquelo antes de publicar
# The site requires every post to be in a group, and none was chosen.
group-required = El grupo es obligatorio. Seleccione un grupo
# The post's author only allows comments from people they follow.
comment-followed-only = El autor solo permite comentarios de las personas a las que sigue
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = El autor solo permite comentarios de las personas a las que sigue y de usuarios verificados
# The post's author has turned comments off for this post.
comment-disabled = El autor ha desactivado los comentarios
