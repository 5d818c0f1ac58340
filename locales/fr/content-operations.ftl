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
role-record-not-found = Rôle incorrect ou inexistant
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = Aucune permission n’est configurée pour votre rôle. Veuillez contacter l’administrateur
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = Votre rôle ne vous permet pas d’effectuer cette requête
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = Votre rôle ne vous permet pas de consulter le contenu
role-publish-not-allowed = Votre rôle ne vous permet pas de publier du contenu
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = Votre rôle ne peut publier qu’à certaines heures. Veuillez réessayer pendant la plage horaire autorisée
    .detailed = Votre rôle ne peut publier qu’à certaines heures. Veuillez réessayer dans { DURATION($wait) }
role-publish-requires-email = Votre rôle exige d’associer une adresse e-mail à votre compte avant de publier du contenu
role-publish-requires-phone = Votre rôle exige d’associer un numéro de téléphone à votre compte avant de publier du contenu
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = Votre rôle exige une vérification d’identité avant de publier du contenu
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = Votre rôle ne vous permet pas d’importer des images
role-upload-video-not-allowed = Votre rôle ne vous permet pas d’importer des vidéos
role-upload-audio-not-allowed = Votre rôle ne vous permet pas d’importer des fichiers audio
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = Votre rôle ne vous permet pas d’importer des documents
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = La taille du fichier dépasse la limite autorisée
    .detailed = La taille du fichier dépasse la limite de { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = La durée du fichier dépasse la limite autorisée
    .detailed = La durée du fichier dépasse la limite de { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = Le nombre de fichiers dépasse la limite autorisée
    .detailed =
        Le nombre de fichiers dépasse la limite de { $max ->
            [one] { NUMBER($max) } fichier
            [many] { NUMBER($max) } de fichiers
           *[other] { NUMBER($max) } fichiers
        }
# Conversations are private messages between users.
role-conversation-not-allowed = Votre rôle ne vous permet pas d’utiliser les conversations
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = Votre rôle a atteint sa limite de téléchargements pour aujourd’hui. Veuillez réessayer demain
    .detailed =
        Votre rôle permet de télécharger au maximum { $max ->
            [one] { NUMBER($max) } fichier
            [many] { NUMBER($max) } de fichiers
           *[other] { NUMBER($max) } fichiers
        } par jour. Veuillez réessayer demain
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = Votre rôle a atteint sa limite d’utilisateurs suivis ou bloqués : vous ne pouvez plus en ajouter
    .detailed =
        Votre rôle a atteint sa limite de { $max ->
            [one] { NUMBER($max) } utilisateur suivi ou bloqué
            [many] { NUMBER($max) } d’utilisateurs suivis ou bloqués
           *[other] { NUMBER($max) } utilisateurs suivis ou bloqués
        } : vous ne pouvez plus en ajouter
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = Vous publiez trop vite. Veuillez espacer vos publications (consultez les paramètres de votre rôle pour en savoir plus)
    .detailed = Vous publiez trop vite. Veuillez attendre { DURATION($wait) } entre deux publications (consultez les paramètres de votre rôle pour en savoir plus)
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = Vous avez atteint la limite quotidienne de publications. Veuillez réessayer demain
    .detailed =
        Vous avez atteint la limite quotidienne de { $max ->
            [one] { NUMBER($max) } publication
            [many] { NUMBER($max) } de publications
           *[other] { NUMBER($max) } publications
        }. Veuillez réessayer demain

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = Cette fonctionnalité n’est pas activée et ne peut pas être utilisée
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = Ce contenu n’est pas accessible et ne peut pas être consulté
# For example, liking or following yourself.
self-operation-not-allowed = Vous ne pouvez pas effectuer cette action sur vous-même ni sur vos propres contenus

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = Seul un mode de publication spécifique est autorisé : cette interface ne peut pas être utilisée
publish-requires-email = Veuillez associer une adresse e-mail à votre compte avant de publier du contenu
publish-requires-phone = Veuillez associer un numéro de téléphone à votre compte avant de publier du contenu
publish-requires-real-name = Veuillez effectuer la vérification d’identité avant de publier du contenu
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = La publication de contenu n’est possible qu’à certaines heures. Veuillez réessayer pendant la plage horaire autorisée
    .detailed = La publication de contenu n’est possible qu’à certaines heures. Veuillez réessayer dans { DURATION($wait) }
post-not-editable = Une publication ne peut plus être modifiée une fois publiée
comment-not-editable = Un commentaire ne peut plus être modifié une fois publié
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = Les contenus épinglés ne peuvent pas être modifiés
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = Les contenus mis en avant ne peuvent pas être modifiés
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = Le délai de modification est dépassé
    .detailed = Le délai de modification est dépassé : un contenu ne peut être modifié que pendant { DURATION($limit) } après sa publication
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = Ce type de fichier ne peut pas être importé
    .detailed = Les fichiers de type { $extension } ne peuvent pas être importés
# Groups can restrict who may post in them.
group-post-not-allowed = Vous n’avez pas l’autorisation de publier dans ce groupe
group-comment-not-allowed = Vous n’avez pas l’autorisation de commenter dans ce groupe
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = Ce type de commentaire ne peut pas être modifié

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = Échec de la suppression : contenu incorrect ou inexistant
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = Ce contenu ne peut pas être supprimé
# The file or other resource is still attached to content.
resource-in-use = Cette ressource est en cours d’utilisation et ne peut pas être supprimée
delete-own-content-only = Vous ne pouvez supprimer que vos propres contenus
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = Un contenu en cours de modération ne peut pas être supprimé. Veuillez d’abord retirer votre soumission, puis le supprimer
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = Ce contenu a déjà été publié : son brouillon ne peut plus être modifié. Pour le supprimer, supprimez le contenu publié

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = Échec de l’opération. Veuillez vérifier que vous êtes bien l’auteur de ce contenu
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = Inutile de retirer ce contenu : il n’est pas en cours de modération

## Conversations

conversation-disabled = Les conversations ne sont pas activées et ne peuvent pas être utilisées
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = Conversation non valide ou inexistante
conversation-not-owned = Cette conversation n’appartient pas à l’utilisateur actuel
message-to-self = Vous ne pouvez pas vous envoyer de message à vous-même
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = Chaque message doit être soit un [fichier], soit un [texte]
message-blocked-words = Impossible d’envoyer le message : il contient des mots interdits
# The recipient only accepts messages from people they follow.
recipient-followed-only = Cet utilisateur n’accepte que les messages des personnes qu’il suit
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = Cet utilisateur n’accepte que les messages des personnes qu’il suit et des utilisateurs vérifiés
# The recipient has turned off conversations.
recipient-conversation-off = Cet utilisateur a désactivé les conversations
message-delete-own-only = Vous ne pouvez supprimer que vos propres messages

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = Notification non valide ou inexistante
notification-not-owned = Cette notification n’appartient pas à l’utilisateur actuel
notification-delete-own-only = Vous ne pouvez supprimer que vos propres notifications
