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
group-record-not-found = El grupo es incorrecto o no existe
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = Este grupo ha sido inhabilitado
# The group is private.
group-members-only = Solo los miembros pueden ver este grupo
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Solo los miembros pueden ver quién forma parte del grupo y qué se publica en él
# This user has been barred from viewing this group's content.
group-user-banned = Se ha bloqueado el acceso de este usuario al contenido de este grupo
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = Su suscripción a este grupo ha caducado: ya no puede ver su contenido ni interactuar en él
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = Su suscripción ha caducado: no puede ver el contenido nuevo

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = El hashtag es incorrecto o no existe
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = Este hashtag ha sido inhabilitado

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = La publicación es incorrecta o no existe
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = Esta publicación ha sido inhabilitada
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = La versión de la publicación es incorrecta o no existe
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = No tiene autorización para acceder a este contenido

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = El comentario es incorrecto o no existe
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = Este comentario ha sido inhabilitado
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = La versión del comentario es incorrecta o no existe
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Los comentarios solo son visibles para el autor de la publicación
# Comments on old posts are hidden after a set time.
post-comments-expired = Esta publicación es demasiado antigua y ya no muestra comentarios

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = El archivo es incorrecto o no existe
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = Este archivo ha sido inhabilitado

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = El contenido de extensión es incorrecto o no existe
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = Este contenido de extensión ha sido inhabilitado
