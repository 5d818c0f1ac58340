### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = Grupo incorreto ou registro inexistente
group-banned = Este grupo foi bloqueado
group-members-only = Apenas membros podem ver este grupo
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Apenas membros podem ver quem está no grupo e o que é publicado nele
group-user-banned = O usuário atual foi impedido de ver o conteúdo deste grupo
# The user's paid membership for this group has expired.
group-service-expired = Seu acesso a este grupo expirou. Não é possível ver o conteúdo nem interagir nele
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = Seu acesso expirou. Não é possível ver conteúdo novo

## Hashtags

hashtag-record-not-found = Hashtag incorreta ou registro inexistente
hashtag-banned = Esta hashtag foi bloqueada

## Posts

post-record-not-found = Publicação incorreta ou registro inexistente
post-banned = Esta publicação foi bloqueada
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Versão da publicação incorreta ou registro inexistente
content-unauthorized = Não é possível acessar este conteúdo sem autorização

## Comments

comment-record-not-found = Comentário incorreto ou registro inexistente
comment-banned = Este comentário foi bloqueado
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Versão do comentário incorreta ou registro inexistente
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Os comentários só ficam visíveis para o autor da publicação
# Comments on old posts are hidden after a set time.
post-comments-expired = Esta publicação é antiga e não exibe mais comentários

## Files

file-record-not-found = Arquivo incorreto ou registro inexistente
file-banned = Este arquivo foi bloqueado

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = Conteúdo de extensão incorreto ou registro inexistente
extend-banned = Este conteúdo de extensão foi bloqueado
