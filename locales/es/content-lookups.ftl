### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = El grupo es incorrecto o no existe
group-banned = Este grupo ha sido bloqueado
group-members-only = Solo los miembros pueden ver este grupo
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Solo los miembros pueden ver quién forma parte del grupo y qué se publica en él
group-user-banned = Se ha bloqueado el acceso de este usuario al contenido de este grupo
# The user's paid membership for this group has expired.
group-service-expired = Su suscripción a este grupo ha caducado: ya no puede ver su contenido ni interactuar en él
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = Su suscripción ha caducado: no puede ver el contenido nuevo

## Hashtags

hashtag-record-not-found = El hashtag es incorrecto o no existe
hashtag-banned = Este hashtag ha sido bloqueado

## Posts

post-record-not-found = La publicación es incorrecta o no existe
post-banned = Esta publicación ha sido bloqueada
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = La versión de la publicación es incorrecta o no existe
content-unauthorized = No tiene autorización para acceder a este contenido

## Comments

comment-record-not-found = El comentario es incorrecto o no existe
comment-banned = Este comentario ha sido bloqueado
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = La versión del comentario es incorrecta o no existe
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Los comentarios solo son visibles para el autor de la publicación
# Comments on old posts are hidden after a set time.
post-comments-expired = Esta publicación es demasiado antigua y ya no muestra comentarios

## Files

file-record-not-found = El archivo es incorrecto o no existe
file-banned = Este archivo ha sido bloqueado

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = El contenido de extensión es incorrecto o no existe
extend-banned = Este contenido de extensión ha sido bloqueado
