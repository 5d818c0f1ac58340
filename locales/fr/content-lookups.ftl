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
group-record-not-found = Groupe incorrect ou inexistant
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = Ce groupe a été désactivé
# The group is private.
group-members-only = Seuls les membres peuvent voir ce groupe
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Seuls les membres peuvent voir qui fait partie du groupe et ce qui y est publié
# This user has been barred from viewing this group's content.
group-user-banned = L’accès au contenu de ce groupe a été bloqué pour cet utilisateur
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = Votre abonnement à ce groupe a expiré : vous ne pouvez plus consulter son contenu ni y interagir
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = Votre abonnement a expiré : vous ne pouvez pas voir les nouveaux contenus

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = Hashtag incorrect ou inexistant
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = Ce hashtag a été désactivé

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = Publication incorrecte ou inexistante
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = Cette publication a été désactivée
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Version de publication incorrecte ou inexistante
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = Accès à ce contenu non autorisé

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = Commentaire incorrect ou inexistant
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = Ce commentaire a été désactivé
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Version de commentaire incorrecte ou inexistante
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Les commentaires ne sont visibles que par l’auteur de la publication
# Comments on old posts are hidden after a set time.
post-comments-expired = Cette publication est trop ancienne : ses commentaires ne sont plus affichés

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = Fichier incorrect ou inexistant
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = Ce fichier a été désactivé

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = Contenu d’extension incorrect ou inexistant
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = Ce contenu d’extension a été désactivé
