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
role-record-not-found = Il ruolo non esiste o non è valido
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = Non sono stati configurati permessi per il ruolo attuale. Contattare l'amministratore
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = Il ruolo attuale non consente di effettuare questa richiesta
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = Il ruolo attuale non consente di visualizzare i contenuti
role-publish-not-allowed = Il ruolo attuale non consente di pubblicare contenuti
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = Il ruolo attuale può pubblicare contenuti solo in determinati orari. Riprovare nella fascia oraria consentita
    .detailed = Il ruolo attuale può pubblicare contenuti solo in determinati orari. Riprovare tra { DURATION($wait) }
role-publish-requires-email = Per pubblicare contenuti con il ruolo attuale è necessario associare un indirizzo email
role-publish-requires-phone = Per pubblicare contenuti con il ruolo attuale è necessario associare un numero di telefono
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = Per pubblicare contenuti con il ruolo attuale è necessaria la verifica dell'identità
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = Il ruolo attuale non consente di caricare immagini
role-upload-video-not-allowed = Il ruolo attuale non consente di caricare video
role-upload-audio-not-allowed = Il ruolo attuale non consente di caricare file audio
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = Il ruolo attuale non consente di caricare documenti
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = Il file supera la dimensione massima consentita
    .detailed = Il file supera la dimensione massima consentita di { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = Il file supera la durata massima consentita
    .detailed = Il file è troppo lungo: la durata massima consentita è di { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = Il numero di file supera il limite consentito
    .detailed =
        Troppi file: { $max ->
            [one] è consentito al massimo { NUMBER($max) } file
            [many] sono consentiti al massimo { NUMBER($max) } di file
           *[other] sono consentiti al massimo { NUMBER($max) } file
        }
# Conversations are private messages between users.
role-conversation-not-allowed = Il ruolo attuale non consente di usare le conversazioni
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = Il ruolo attuale ha raggiunto il limite giornaliero di download. Riprovare domani
    .detailed =
        Il ruolo attuale può scaricare al massimo { $max ->
            [one] { NUMBER($max) } file
            [many] { NUMBER($max) } di file
           *[other] { NUMBER($max) } file
        } al giorno. Riprovare domani
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = È stato raggiunto il limite di utenti seguiti o bloccati consentito dal ruolo attuale: non è possibile aggiungerne altri
    .detailed =
        È stato raggiunto il limite di { $max ->
            [one] { NUMBER($max) } utente seguito o bloccato
            [many] { NUMBER($max) } di utenti seguiti o bloccati
           *[other] { NUMBER($max) } utenti seguiti o bloccati
        } consentito dal ruolo attuale: non è possibile aggiungerne altri
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = Pubblicazioni troppo ravvicinate: attendere un po' tra una pubblicazione e l'altra. Per i dettagli, consultare le impostazioni del ruolo attuale
    .detailed = Pubblicazioni troppo ravvicinate: tra una pubblicazione e l'altra occorre attendere { DURATION($wait) }. Per i dettagli, consultare le impostazioni del ruolo attuale
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = È stato raggiunto il limite giornaliero di pubblicazioni. Riprovare domani
    .detailed =
        È stato raggiunto il limite giornaliero di { $max ->
            [one] { NUMBER($max) } pubblicazione
            [many] { NUMBER($max) } di pubblicazioni
           *[other] { NUMBER($max) } pubblicazioni
        }. Riprovare domani

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = Questa funzione non è attiva e non può essere usata
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = Questo contenuto non è disponibile e non può essere visualizzato
# For example, liking or following yourself.
self-operation-not-allowed = Questa azione non è consentita su se stessi o sui propri contenuti

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = È possibile pubblicare solo tramite il metodo previsto: questa interfaccia non accetta richieste
publish-requires-email = Associare un indirizzo email prima di pubblicare contenuti
publish-requires-phone = Associare un numero di telefono prima di pubblicare contenuti
publish-requires-real-name = Completare la verifica dell'identità prima di pubblicare contenuti
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = Il sistema consente di pubblicare contenuti solo in determinati orari. Riprovare nella fascia oraria consentita
    .detailed = Il sistema consente di pubblicare contenuti solo in determinati orari. Riprovare tra { DURATION($wait) }
post-not-editable = Il post non può essere modificato dopo la pubblicazione
comment-not-editable = Il commento non può essere modificato dopo la pubblicazione
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = I contenuti fissati in alto non possono essere modificati
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = I contenuti in evidenza non possono essere modificati
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = Il tempo per la modifica è scaduto
    .detailed = Il tempo per la modifica è scaduto: i contenuti possono essere modificati solo entro { DURATION($limit) } dalla pubblicazione
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = Non è possibile caricare questo tipo di file
    .detailed = Non è possibile caricare file di tipo { $extension }
# Groups can restrict who may post in them.
group-post-not-allowed = L'utente attuale non ha il permesso di pubblicare post in questo gruppo
group-comment-not-allowed = L'utente attuale non ha il permesso di commentare in questo gruppo
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = Questo tipo di commento non può essere modificato

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = Eliminazione non riuscita: il contenuto non è valido o non esiste
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = Questo contenuto non può essere eliminato
# The file or other resource is still attached to content.
resource-in-use = La risorsa è in uso e non può essere eliminata
delete-own-content-only = È possibile eliminare solo i propri contenuti
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = Non è possibile eliminare contenuti in revisione. Ritirare prima l'invio, poi eliminare il contenuto
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = Il contenuto è già stato pubblicato e la bozza non può più essere modificata. Per eliminarlo, eliminare il post o il commento pubblicato

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = Operazione non riuscita. Solo l'autore può modificare questo contenuto
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = Il contenuto non è in revisione, quindi non è necessario ritirarlo

## Conversations

conversation-disabled = Le conversazioni non sono attive e non possono essere usate
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = La conversazione non esiste o non è valida
conversation-not-owned = La conversazione non appartiene all'utente attuale
message-to-self = Non è possibile inviare messaggi a se stessi
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = Ogni messaggio può essere [file] oppure [testo], non entrambi
message-blocked-words = Il messaggio contiene parole vietate e non può essere inviato
# The recipient only accepts messages from people they follow.
recipient-followed-only = Questo utente accetta messaggi solo dagli utenti che segue
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = Questo utente accetta messaggi solo dagli utenti verificati e da quelli che segue
# The recipient has turned off conversations.
recipient-conversation-off = Questo utente ha disattivato le conversazioni
message-delete-own-only = È possibile eliminare solo i propri messaggi

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = La notifica non esiste o non è valida
notification-not-owned = La notifica non appartiene all'utente attuale
notification-delete-own-only = È possibile eliminare solo le proprie notifiche
