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
draft-not-found = O ID do rascunho está incorreto ou não existe
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = O conteúdo está em análise e não pode ser editado
# The draft has already been published.
draft-published = O conteúdo já foi publicado e não pode ser editado
review-resubmit-not-allowed = Conteúdo em análise não pode ser enviado novamente
publish-resubmit-not-allowed = Conteúdo que já está sendo publicado não pode ser enviado novamente
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = Falha ao criar o rascunho do comentário. Só é possível criar rascunhos de comentários de primeiro nível
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = Falha ao criar o rascunho: a caixa de rascunhos está cheia. Organize seus rascunhos e tente novamente
    .detailed =
        Falha ao criar o rascunho: a caixa de rascunhos está cheia (máximo de { $max ->
            [one] { NUMBER($max) } rascunho
            [many] { NUMBER($max) } de rascunhos
           *[other] { NUMBER($max) } rascunhos
        }). Organize seus rascunhos e tente novamente
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = Falha ao comentar: a publicação não existe ou foi excluída
# Comments are turned off for the post the comment would belong to.
comment-post-closed = Falha ao comentar: os comentários desta publicação foram desativados

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = O conteúdo foi enviado e será publicado após análise e aprovação
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = Você já tem um conteúdo em análise. Não é possível enviar dois conteúdos para análise ao mesmo tempo. Envie novamente quando a análise terminar
title-empty = O título não pode ficar vazio
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = O título é longo demais e excede o limite de tamanho
    .detailed =
        O título é longo demais: ele pode ter no máximo { $max ->
            [one] { NUMBER($max) } caractere
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
content-empty = O conteúdo não pode ficar vazio. Escreva algo antes de publicar
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = O conteúdo é longo demais e excede o limite de tamanho
    .detailed =
        O conteúdo é longo demais: ele pode ter no máximo { $max ->
            [one] { NUMBER($max) } caractere
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
title-banned-words = O título contém palavras proibidas. Altere-o antes de publicar
content-banned-words = O conteúdo contém palavras proibidas. Revise-o antes de publicar
# The site requires every post to be in a group, and none was chosen.
group-required = O grupo não pode ficar vazio. Selecione um grupo
# The post's author only allows comments from people they follow.
comment-followed-only = O autor só permite comentários de pessoas que ele segue
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = O autor só permite comentários de pessoas que ele segue e de usuários verificados
# The post's author has turned comments off for this post.
comment-disabled = O autor desativou os comentários
