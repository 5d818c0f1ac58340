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
group-record-not-found = O grupo não existe ou é inválido
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = Este grupo foi desativado
# The group is private.
group-members-only = Apenas membros podem ver este grupo
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Apenas membros podem ver quem está no grupo e o que é publicado nele
# This user has been barred from viewing this group's content.
group-user-banned = O usuário atual foi impedido de ver o conteúdo deste grupo
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = Seu acesso a este grupo expirou. Não é possível ver o conteúdo nem interagir nele
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = Seu acesso expirou. Não é possível ver conteúdo novo

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = A hashtag não existe ou é inválida
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = Esta hashtag foi desativada

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = A publicação não existe ou é inválida
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = Esta publicação foi desativada
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = A versão da publicação não existe ou é inválida
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = Não é possível acessar este conteúdo sem autorização

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = O comentário não existe ou é inválido
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = Este comentário foi desativado
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = A versão do comentário não existe ou é inválida
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Os comentários só ficam visíveis para o autor da publicação
# Comments on old posts are hidden after a set time.
post-comments-expired = Esta publicação é antiga e não exibe mais comentários

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = O arquivo não existe ou é inválido
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = Este arquivo foi desativado

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = O conteúdo de extensão não existe ou é inválido
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = Este conteúdo de extensão foi desativado
