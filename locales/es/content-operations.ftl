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
role-record-not-found = El rol es incorrecto o no existe
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = Su rol no tiene permisos configurados. Póngase en contacto con el administrador
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = Su rol no le permite realizar esta solicitud
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = Su rol no le permite ver el contenido
role-publish-not-allowed = Su rol no le permite publicar contenido
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = Su rol solo puede publicar en determinados horarios. Vuelva a intentarlo dentro del horario permitido
    .detailed = Su rol solo puede publicar en determinados horarios. Vuelva a intentarlo dentro de { DURATION($wait) }
role-publish-requires-email = Su rol exige vincular un correo electrónico a la cuenta antes de publicar contenido
role-publish-requires-phone = Su rol exige vincular un número de teléfono a la cuenta antes de publicar contenido
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = Su rol exige completar la verificación de identidad antes de publicar contenido
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = Su rol no le permite subir imágenes
role-upload-video-not-allowed = Su rol no le permite subir vídeos
role-upload-audio-not-allowed = Su rol no le permite subir audios
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = Su rol no le permite subir documentos
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = El tamaño del archivo supera el límite permitido
    .detailed = El tamaño del archivo supera el límite de { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = La duración del archivo supera el límite permitido
    .detailed = La duración del archivo supera el límite de { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = El número de archivos supera el límite permitido
    .detailed =
        El número de archivos supera el límite de { $max ->
            [one] { NUMBER($max) } archivo
            [many] { NUMBER($max) } de archivos
           *[other] { NUMBER($max) } archivos
        }
# Conversations are private messages between users.
role-conversation-not-allowed = Su rol no le permite usar las conversaciones
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = Su rol ha alcanzado el límite de descargas de hoy. Vuelva a intentarlo mañana
    .detailed =
        Su rol permite descargar como máximo { $max ->
            [one] { NUMBER($max) } archivo
            [many] { NUMBER($max) } de archivos
           *[other] { NUMBER($max) } archivos
        } al día. Vuelva a intentarlo mañana
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = Su rol ha alcanzado el límite de usuarios seguidos o bloqueados y no se pueden añadir más
    .detailed =
        Su rol ha alcanzado el límite de { $max ->
            [one] { NUMBER($max) } usuario seguido o bloqueado
            [many] { NUMBER($max) } de usuarios seguidos o bloqueados
           *[other] { NUMBER($max) } usuarios seguidos o bloqueados
        } y no se pueden añadir más
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = Está publicando demasiado rápido. Deje pasar un tiempo entre publicaciones (consulte la configuración de su rol para más detalles)
    .detailed = Está publicando demasiado rápido. Espere { DURATION($wait) } entre una publicación y otra (consulte la configuración de su rol para más detalles)
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = Ha alcanzado el límite diario de publicaciones. Vuelva a publicar mañana
    .detailed =
        Ha alcanzado el límite diario de { $max ->
            [one] { NUMBER($max) } publicación
            [many] { NUMBER($max) } de publicaciones
           *[other] { NUMBER($max) } publicaciones
        }. Vuelva a publicar mañana

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = Esta función no está activada y no se puede usar
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = Este contenido no está disponible y no se puede ver
# For example, liking or following yourself.
self-operation-not-allowed = No puede realizar esta acción sobre sí mismo ni sobre su propio contenido

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = Solo se admite un método de publicación específico: esta interfaz no acepta solicitudes
publish-requires-email = Vincule un correo electrónico a su cuenta antes de publicar contenido
publish-requires-phone = Vincule un número de teléfono a su cuenta antes de publicar contenido
publish-requires-real-name = Complete la verificación de identidad antes de publicar contenido
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = Solo se puede publicar contenido en determinados horarios. Vuelva a intentarlo dentro del horario permitido
    .detailed = Solo se puede publicar contenido en determinados horarios. Vuelva a intentarlo dentro de { DURATION($wait) }
post-not-editable = Las publicaciones no se pueden editar una vez publicadas
comment-not-editable = Los comentarios no se pueden editar una vez publicados
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = El contenido fijado no se puede editar
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = El contenido destacado no se puede editar
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = Ha vencido el plazo de edición
    .detailed = Ha vencido el plazo de edición: el contenido solo se puede editar durante { DURATION($limit) } después de publicarse
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = No se pueden subir archivos de este tipo
    .detailed = No se pueden subir archivos de tipo { $extension }
# Groups can restrict who may post in them.
group-post-not-allowed = No tiene permiso para publicar en este grupo
group-comment-not-allowed = No tiene permiso para comentar en este grupo
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = Este tipo de comentario no se puede editar

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = No se ha podido eliminar: el contenido es incorrecto o no existe
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = Este contenido no se puede eliminar
# The file or other resource is still attached to content.
resource-in-use = Este recurso está en uso y no se puede eliminar
delete-own-content-only = Solo puede eliminar su propio contenido
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = No se puede eliminar contenido en revisión. Retire primero el envío a revisión y después elimine el contenido
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = El contenido ya se ha publicado y el borrador ya no se puede modificar. Si quiere eliminarlo, elimine el contenido publicado

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = No se ha podido realizar la operación. Compruebe que es el autor del contenido
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = No es necesario retirar este contenido, porque no está en revisión

## Conversations

conversation-disabled = Las conversaciones no están activadas y no se pueden usar
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = La conversación no es válida o no existe
conversation-not-owned = Esta conversación no pertenece al usuario actual
message-to-self = No puede enviarse mensajes a sí mismo
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = Cada mensaje debe ser un [archivo] o un [texto], no ambos
message-blocked-words = No se ha podido enviar el mensaje porque contiene palabras prohibidas
# The recipient only accepts messages from people they follow.
recipient-followed-only = Este usuario solo acepta mensajes de las personas a las que sigue
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = Este usuario solo acepta mensajes de las personas a las que sigue y de usuarios verificados
# The recipient has turned off conversations.
recipient-conversation-off = Este usuario ha desactivado las conversaciones
message-delete-own-only = Solo puede eliminar sus propios mensajes

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = La notificación no es válida o no existe
notification-not-owned = Esta notificación no pertenece al usuario actual
notification-delete-own-only = Solo puede eliminar sus propias notificaciones
