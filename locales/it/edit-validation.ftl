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
draft-not-found = L'ID della bozza non è corretto o la bozza non esiste
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = Il contenuto è in revisione e non può essere modificato
# The draft has already been published.
draft-published = Il contenuto è già stato pubblicato e non può essere modificato
review-resubmit-not-allowed = Il contenuto è in revisione e non può essere inviato di nuovo
publish-resubmit-not-allowed = Il contenuto è in fase di pubblicazione e non può essere inviato di nuovo
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = Impossibile creare la bozza del commento: le bozze sono consentite solo per i commenti che rispondono direttamente al post
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = Impossibile creare la bozza: la cartella delle bozze è piena. Eliminare alcune bozze e riprovare
    .detailed =
        Impossibile creare la bozza: la cartella delle bozze è piena (massimo { $max ->
            [one] { NUMBER($max) } bozza
            [many] { NUMBER($max) } di bozze
           *[other] { NUMBER($max) } bozze
        }). Eliminare alcune bozze e riprovare
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = Impossibile commentare: il post non esiste o è stato eliminato
# Comments are turned off for the post the comment would belong to.
comment-post-closed = Impossibile commentare: i commenti per questo post sono stati disattivati

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = Il contenuto è stato inviato e sarà pubblicato dopo la revisione e l'approvazione
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = C'è già un contenuto in attesa di revisione. Non è possibile inviare due contenuti in revisione contemporaneamente: attendere la fine della revisione prima di inviarne un altro
title-empty = Il titolo non può essere vuoto
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = Il titolo è troppo lungo
    .detailed =
        Il titolo è troppo lungo: può contenere al massimo { $max ->
            [one] { NUMBER($max) } carattere
            [many] { NUMBER($max) } di caratteri
           *[other] { NUMBER($max) } caratteri
        }
content-empty = Il contenuto non può essere vuoto. Scrivere qualcosa prima di pubblicare
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = Il contenuto è troppo lungo
    .detailed =
        Il contenuto è troppo lungo: può contenere al massimo { $max ->
            [one] { NUMBER($max) } carattere
            [many] { NUMBER($max) } di caratteri
           *[other] { NUMBER($max) } caratteri
        }
title-banned-words = Il titolo contiene parole vietate. Modificarlo prima di pubblicare
content-banned-words = Il contenuto contiene parole vietate. Modificarlo prima di pubblicare
# The site requires every post to be in a group, and none was chosen.
group-required = Nessun gruppo selezionato. Selezionare un gruppo
# The post's author only allows comments from people they follow.
comment-followed-only = L'autore consente di commentare solo agli utenti che segue
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = L'autore consente di commentare solo agli utenti verificati e a quelli che segue
# The post's author has turned comments off for this post.
comment-disabled = L'autore ha disattivato i commenti
