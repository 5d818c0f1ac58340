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
role-record-not-found = Die Rolle existiert nicht oder ist ungültig
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = Für Ihre Rolle sind keine Berechtigungen eingerichtet. Bitte wenden Sie sich an den Administrator
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = Ihre Rolle ist nicht berechtigt, diese Anfrage zu stellen
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = Ihre Rolle ist nicht berechtigt, Inhalte anzusehen
role-publish-not-allowed = Ihre Rolle ist nicht berechtigt, Inhalte zu veröffentlichen
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = Ihre Rolle darf Inhalte nur zu bestimmten Zeiten veröffentlichen. Bitte versuchen Sie es innerhalb des erlaubten Zeitraums erneut
    .detailed = Ihre Rolle darf Inhalte nur zu bestimmten Zeiten veröffentlichen. Bitte warten Sie { DURATION($wait) } und versuchen Sie es dann erneut
role-publish-requires-email = Mit Ihrer Rolle müssen Sie eine E-Mail-Adresse hinterlegen, bevor Sie Inhalte veröffentlichen können
role-publish-requires-phone = Mit Ihrer Rolle müssen Sie eine Telefonnummer hinterlegen, bevor Sie Inhalte veröffentlichen können
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = Mit Ihrer Rolle müssen Sie die Klarnamenverifizierung abschließen, bevor Sie Inhalte veröffentlichen können
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = Ihre Rolle ist nicht berechtigt, Bilder hochzuladen
role-upload-video-not-allowed = Ihre Rolle ist nicht berechtigt, Videos hochzuladen
role-upload-audio-not-allowed = Ihre Rolle ist nicht berechtigt, Audiodateien hochzuladen
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = Ihre Rolle ist nicht berechtigt, Dokumente hochzuladen
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = Die Datei überschreitet die zulässige Größe
    .detailed = Die Datei überschreitet die zulässige Größe von { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = Die Datei überschreitet die zulässige Dauer
    .detailed = Die Datei ist zu lang. Die zulässige Höchstdauer beträgt { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = Die Anzahl der Dateien überschreitet das zulässige Limit
    .detailed =
        Zu viele Dateien: Es { $max ->
            [one] ist höchstens { NUMBER($max) } Datei
           *[other] sind höchstens { NUMBER($max) } Dateien
        } erlaubt
# Conversations are private messages between users.
role-conversation-not-allowed = Ihre Rolle ist nicht berechtigt, Unterhaltungen zu nutzen
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = Ihre Rolle hat das tägliche Download-Limit erreicht. Bitte versuchen Sie es morgen erneut
    .detailed =
        Ihre Rolle kann pro Tag höchstens { $max ->
            [one] { NUMBER($max) } Datei
           *[other] { NUMBER($max) } Dateien
        } herunterladen. Bitte versuchen Sie es morgen erneut
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = Das Limit Ihrer Rolle ist erreicht: Sie können keinen weiteren Benutzern folgen bzw. keine weiteren Benutzer blockieren
    .detailed =
        Das Limit Ihrer Rolle von { $max ->
            [one] { NUMBER($max) } Benutzer
           *[other] { NUMBER($max) } Benutzern
        } ist erreicht: Sie können keinen weiteren Benutzern folgen bzw. keine weiteren Benutzer blockieren
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = Sie veröffentlichen zu schnell. Bitte lassen Sie zwischen zwei Beiträgen etwas Zeit vergehen. Details finden Sie in den Einstellungen Ihrer Rolle
    .detailed = Sie veröffentlichen zu schnell. Bitte warten Sie zwischen zwei Beiträgen jeweils { DURATION($wait) }. Details finden Sie in den Einstellungen Ihrer Rolle
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = Das tägliche Veröffentlichungslimit ist erreicht. Bitte versuchen Sie es morgen erneut
    .detailed =
        Das tägliche Limit von { $max ->
            [one] { NUMBER($max) } Beitrag
           *[other] { NUMBER($max) } Beiträgen
        } ist erreicht. Bitte versuchen Sie es morgen erneut

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = Diese Funktion ist deaktiviert und kann nicht verwendet werden
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = Diese Inhalte sind nicht freigegeben und können nicht angezeigt werden
# For example, liking or following yourself.
self-operation-not-allowed = Diese Aktion ist für Sie selbst und Ihre eigenen Inhalte nicht möglich

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = Inhalte können nur auf dem vorgesehenen Weg veröffentlicht werden. Über diese Schnittstelle sind keine Anfragen erlaubt
publish-requires-email = Bitte hinterlegen Sie eine E-Mail-Adresse, bevor Sie Inhalte veröffentlichen
publish-requires-phone = Bitte hinterlegen Sie eine Telefonnummer, bevor Sie Inhalte veröffentlichen
publish-requires-real-name = Bitte schließen Sie die Klarnamenverifizierung ab, bevor Sie Inhalte veröffentlichen
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = Inhalte können nur zu bestimmten Zeiten veröffentlicht werden. Bitte versuchen Sie es innerhalb des erlaubten Zeitraums erneut
    .detailed = Inhalte können nur zu bestimmten Zeiten veröffentlicht werden. Bitte warten Sie { DURATION($wait) } und versuchen Sie es dann erneut
post-not-editable = Beiträge können nach der Veröffentlichung nicht mehr bearbeitet werden
comment-not-editable = Kommentare können nach der Veröffentlichung nicht mehr bearbeitet werden
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = Angepinnte Inhalte können nicht bearbeitet werden
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = Hervorgehobene Inhalte können nicht bearbeitet werden
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = Die Bearbeitungsfrist ist abgelaufen
    .detailed = Die Bearbeitungsfrist ist abgelaufen: Inhalte können nach der Veröffentlichung nur { DURATION($limit) } lang bearbeitet werden
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = Dieser Dateityp kann nicht hochgeladen werden
    .detailed = Dateien vom Typ { $extension } können nicht hochgeladen werden
# Groups can restrict who may post in them.
group-post-not-allowed = Sie sind nicht berechtigt, in dieser Gruppe Beiträge zu veröffentlichen
group-comment-not-allowed = Sie sind nicht berechtigt, in dieser Gruppe zu kommentieren
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = Kommentare dieses Typs können nicht bearbeitet werden

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = Löschen fehlgeschlagen. Der Inhalt ist fehlerhaft oder existiert nicht
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = Dieser Inhalt kann nicht gelöscht werden
# The file or other resource is still attached to content.
resource-in-use = Die Ressource wird noch verwendet und kann nicht gelöscht werden
delete-own-content-only = Sie können nur Ihre eigenen Inhalte löschen
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = Inhalte, die gerade geprüft werden, können nicht gelöscht werden. Bitte ziehen Sie die Einreichung zurück und löschen Sie den Inhalt dann
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = Der Inhalt wurde bereits veröffentlicht, der Entwurf kann nicht mehr bearbeitet werden. Wenn Sie ihn löschen möchten, löschen Sie bitte den veröffentlichten Beitrag bzw. Kommentar

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = Vorgang fehlgeschlagen. Nur der Autor kann diesen Inhalt ändern
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = Der Inhalt wird nicht geprüft und muss daher nicht zurückgezogen werden

## Conversations

conversation-disabled = Unterhaltungen sind deaktiviert und können nicht genutzt werden
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = Die Unterhaltung ist fehlerhaft oder existiert nicht
conversation-not-owned = Diese Unterhaltung gehört nicht zum aktuellen Benutzer
message-to-self = Sie können sich selbst keine Nachrichten senden
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = Eine Nachricht kann entweder [Datei] oder [Text] sein, nicht beides
message-blocked-words = Die Nachricht enthält gesperrte Wörter und konnte nicht gesendet werden
# The recipient only accepts messages from people they follow.
recipient-followed-only = Dieser Benutzer empfängt nur Nachrichten von Benutzern, denen er folgt
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = Dieser Benutzer empfängt nur Nachrichten von verifizierten Benutzern und von Benutzern, denen er folgt
# The recipient has turned off conversations.
recipient-conversation-off = Dieser Benutzer hat Unterhaltungen deaktiviert
message-delete-own-only = Sie können nur Ihre eigenen Nachrichten löschen

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = Die Benachrichtigung ist fehlerhaft oder existiert nicht
notification-not-owned = Diese Benachrichtigung gehört nicht zum aktuellen Benutzer
notification-delete-own-only = Sie können nur Ihre eigenen Benachrichtigungen löschen
