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
role-record-not-found = O cargo não existe ou é inválido
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = O cargo atual não tem permissões configuradas. Entre em contato com o administrador
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = O cargo atual não tem permissão para fazer solicitações
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = O cargo atual não tem permissão para navegar
role-publish-not-allowed = O cargo atual não tem permissão para publicar conteúdo
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = O cargo atual só pode publicar conteúdo em determinados horários. Tente novamente dentro do horário permitido
    .detailed = O cargo atual só pode publicar conteúdo em determinados horários. Tente novamente em { DURATION($wait) }
role-publish-requires-email = Para publicar conteúdo com o cargo atual, é necessário vincular um e-mail
role-publish-requires-phone = Para publicar conteúdo com o cargo atual, é necessário vincular um número de celular
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = Para publicar conteúdo com o cargo atual, é necessário concluir a verificação de identidade
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = O cargo atual não tem permissão para enviar imagens
role-upload-video-not-allowed = O cargo atual não tem permissão para enviar vídeos
role-upload-audio-not-allowed = O cargo atual não tem permissão para enviar áudios
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = O cargo atual não tem permissão para enviar documentos
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = O tamanho do arquivo excede o limite definido
    .detailed = O tamanho do arquivo excede o limite de { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = A duração do arquivo excede o limite definido
    .detailed = A duração do arquivo excede o limite de { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = O número de arquivos excede o limite definido
    .detailed =
        O número de arquivos excede o limite de { $max ->
            [one] { NUMBER($max) } arquivo
            [many] { NUMBER($max) } de arquivos
           *[other] { NUMBER($max) } arquivos
        }
# Conversations are private messages between users.
role-conversation-not-allowed = O cargo atual não tem permissão para enviar mensagens em conversas
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = O cargo atual atingiu o limite diário de downloads. Tente baixar novamente amanhã
    .detailed =
        O cargo atual pode baixar no máximo { $max ->
            [one] { NUMBER($max) } arquivo
            [many] { NUMBER($max) } de arquivos
           *[other] { NUMBER($max) } arquivos
        } por dia. Tente baixar novamente amanhã
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = O cargo atual atingiu o limite de usuários seguidos ou bloqueados e não é possível adicionar mais
    .detailed =
        O cargo atual atingiu o limite de { $max ->
            [one] { NUMBER($max) } usuário seguido ou bloqueado
            [many] { NUMBER($max) } de usuários seguidos ou bloqueados
           *[other] { NUMBER($max) } usuários seguidos ou bloqueados
        } e não é possível adicionar mais
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = Você está publicando rápido demais. Aguarde um intervalo entre as publicações. Consulte as configurações do cargo atual para mais detalhes
    .detailed = Você está publicando rápido demais. Aguarde { DURATION($wait) } entre uma publicação e outra. Consulte as configurações do cargo atual para mais detalhes
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = O limite diário de publicações foi atingido. Publique novamente amanhã
    .detailed =
        O limite diário de { $max ->
            [one] { NUMBER($max) } publicação
            [many] { NUMBER($max) } de publicações
           *[other] { NUMBER($max) } publicações
        } foi atingido. Publique novamente amanhã

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = Este recurso está desativado e não pode ser usado
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = Este conteúdo não está disponível para visualização
# For example, liking or following yourself.
self-operation-not-allowed = Não é possível realizar esta ação em você mesmo ou no seu próprio conteúdo

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = Só é permitido publicar pelo método definido. Esta interface não aceita solicitações
publish-requires-email = Vincule um e-mail antes de publicar conteúdo
publish-requires-phone = Vincule um número de celular antes de publicar conteúdo
publish-requires-real-name = Conclua a verificação de identidade antes de publicar conteúdo
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = O sistema só permite publicar conteúdo em determinados horários. Tente novamente dentro do horário permitido
    .detailed = O sistema só permite publicar conteúdo em determinados horários. Tente novamente em { DURATION($wait) }
post-not-editable = Não é possível editar uma publicação depois que ela é publicada
comment-not-editable = Não é possível editar um comentário depois que ele é publicado
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = Não é permitido editar conteúdo fixado no topo
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = Não é permitido editar conteúdo em destaque
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = O prazo para edição expirou
    .detailed = O prazo para edição expirou: o conteúdo só pode ser editado até { DURATION($limit) } após a publicação
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = Não é permitido enviar este tipo de arquivo
    .detailed = Não é permitido enviar arquivos do tipo { $extension }
# Groups can restrict who may post in them.
group-post-not-allowed = O usuário atual não tem permissão para publicar neste grupo
group-comment-not-allowed = O usuário atual não tem permissão para comentar neste grupo
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = Este tipo de comentário não pode ser editado

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = Falha ao excluir: o conteúdo não existe ou é inválido
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = Este conteúdo não pode ser excluído
# The file or other resource is still attached to content.
resource-in-use = Este recurso está em uso e não pode ser excluído
delete-own-content-only = Você só pode excluir o seu próprio conteúdo
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = Não é possível excluir conteúdo em análise. Cancele o envio para análise e depois exclua
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = O conteúdo já foi publicado e o rascunho não pode mais ser alterado. Se quiser excluí-lo, exclua o conteúdo publicado

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = Falha na operação. Confirme se você é o autor
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = Não é necessário cancelar o envio, pois este conteúdo não está em análise

## Conversations

conversation-disabled = O recurso de conversas não está ativado e não pode ser usado
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = A conversa apresenta erro ou não existe
conversation-not-owned = Esta conversa não pertence ao usuário atual
message-to-self = Você não pode enviar mensagens para si mesmo
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = Cada mensagem deve ser [arquivo] ou [texto]
message-blocked-words = Não foi possível enviar a mensagem porque ela contém palavras proibidas
# The recipient only accepts messages from people they follow.
recipient-followed-only = Este usuário só aceita mensagens de pessoas que ele segue
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = Este usuário só aceita mensagens de pessoas que ele segue e de usuários verificados
# The recipient has turned off conversations.
recipient-conversation-off = Este usuário desativou as conversas
message-delete-own-only = Você só pode excluir as suas próprias mensagens

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = A notificação apresenta erro ou não existe
notification-not-owned = Esta notificação não pertence ao usuário atual
notification-delete-own-only = Você só pode excluir as suas próprias notificações
