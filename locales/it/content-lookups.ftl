### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = Il gruppo non esiste o non è valido
group-banned = Il gruppo è stato bloccato
group-members-only = Solo i membri possono visualizzare questo gruppo
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Solo i membri possono vedere chi fa parte del gruppo e cosa vi viene pubblicato
group-user-banned = L'utente attuale è stato bloccato in questo gruppo e non può visualizzarne i contenuti
# The user's paid membership for this group has expired.
group-service-expired = L'abbonamento è scaduto: non è più possibile visualizzare i contenuti di questo gruppo né interagire con essi
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = L'abbonamento è scaduto: non è possibile visualizzare i nuovi contenuti

## Hashtags

hashtag-record-not-found = L'hashtag non esiste o non è valido
hashtag-banned = L'hashtag è stato bloccato

## Posts

post-record-not-found = Il post non esiste o non è valido
post-banned = Il post è stato bloccato
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = La versione del post non esiste o non è valida
content-unauthorized = Non si dispone dell'autorizzazione per accedere a questo contenuto

## Comments

comment-record-not-found = Il commento non esiste o non è valido
comment-banned = Il commento è stato bloccato
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = La versione del commento non esiste o non è valida
# The post's author chose to keep comments visible to themselves only.
comments-author-only = I commenti sono visibili solo all'autore del post
# Comments on old posts are hidden after a set time.
post-comments-expired = Questo post è troppo vecchio: i commenti non vengono più mostrati

## Files

file-record-not-found = Il file non esiste o non è valido
file-banned = Il file è stato bloccato

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = Il contenuto di estensione non esiste o non è valido
extend-banned = Il contenuto di estensione è stato bloccato
