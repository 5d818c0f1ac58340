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
group-record-not-found = Il gruppo non esiste o non è valido
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = Il gruppo è stato disattivato
# The group is private.
group-members-only = Solo i membri possono visualizzare questo gruppo
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Solo i membri possono vedere chi fa parte del gruppo e cosa vi viene pubblicato
# This user has been barred from viewing this group's content.
group-user-banned = L'utente attuale è stato bloccato in questo gruppo e non può visualizzarne i contenuti
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = L'abbonamento è scaduto: non è più possibile visualizzare i contenuti di questo gruppo né interagire con essi
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = L'abbonamento è scaduto: non è possibile visualizzare i nuovi contenuti

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = L'hashtag non esiste o non è valido
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = L'hashtag è stato disattivato

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = Il post non esiste o non è valido
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = Il post è stato disattivato
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = La versione del post non esiste o non è valida
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = Non si dispone dell'autorizzazione per accedere a questo contenuto

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = Il commento non esiste o non è valido
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = Il commento è stato disattivato
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = La versione del commento non esiste o non è valida
# The post's author chose to keep comments visible to themselves only.
comments-author-only = I commenti sono visibili solo all'autore del post
# Comments on old posts are hidden after a set time.
post-comments-expired = Questo post è troppo vecchio: i commenti non vengono più mostrati

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = Il file non esiste o non è valido
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = Il file è stato disattivato

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = Il contenuto di estensione non esiste o non è valido
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = Il contenuto di estensione è stato disattivato
