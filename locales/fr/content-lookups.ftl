### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = Groupe incorrect ou inexistant
group-banned = Ce groupe a été bloqué
group-members-only = Seuls les membres peuvent voir ce groupe
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Seuls les membres peuvent voir qui fait partie du groupe et ce qui y est publié
group-user-banned = L’accès au contenu de ce groupe a été bloqué pour cet utilisateur
# The user's paid membership for this group has expired.
group-service-expired = Votre abonnement à ce groupe a expiré : vous ne pouvez plus consulter son contenu ni y interagir
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = Votre abonnement a expiré : vous ne pouvez pas voir les nouveaux contenus

## Hashtags

hashtag-record-not-found = Hashtag incorrect ou inexistant
hashtag-banned = Ce hashtag a été bloqué

## Posts

post-record-not-found = Publication incorrecte ou inexistante
post-banned = Cette publication a été bloquée
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Version de publication incorrecte ou inexistante
content-unauthorized = Accès à ce contenu non autorisé

## Comments

comment-record-not-found = Commentaire incorrect ou inexistant
comment-banned = Ce commentaire a été bloqué
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Version de commentaire incorrecte ou inexistante
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Les commentaires ne sont visibles que par l’auteur de la publication
# Comments on old posts are hidden after a set time.
post-comments-expired = Cette publication est trop ancienne : ses commentaires ne sont plus affichés

## Files

file-record-not-found = Fichier incorrect ou inexistant
file-banned = Ce fichier a été bloqué

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = Contenu d’extension incorrect ou inexistant
extend-banned = Ce contenu d’extension a été bloqué
