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
draft-not-found = Die Entwurfs-ID ist falsch oder der Entwurf existiert nicht
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = Der Inhalt wird gerade geprüft und kann nicht bearbeitet werden
# The draft has already been published.
draft-published = Der Inhalt wurde bereits veröffentlicht und kann nicht bearbeitet werden
review-resubmit-not-allowed = Inhalte, die gerade geprüft werden, können nicht erneut eingereicht werden
publish-resubmit-not-allowed = Der Inhalt wird gerade veröffentlicht und kann nicht erneut eingereicht werden
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = Der Kommentarentwurf konnte nicht erstellt werden. Entwürfe sind nur für Kommentare möglich, die direkt auf den Beitrag antworten
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = Der Entwurf konnte nicht erstellt werden, da Ihr Entwurfsordner voll ist. Bitte räumen Sie ihn auf und versuchen Sie es erneut
    .detailed =
        Der Entwurf konnte nicht erstellt werden, da Ihr Entwurfsordner voll ist (höchstens { $max ->
            [one] { NUMBER($max) } Entwurf
           *[other] { NUMBER($max) } Entwürfe
        }). Bitte räumen Sie ihn auf und versuchen Sie es erneut
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = Kommentieren fehlgeschlagen: Der zugehörige Beitrag existiert nicht oder wurde gelöscht
# Comments are turned off for the post the comment would belong to.
comment-post-closed = Kommentieren fehlgeschlagen: Für den zugehörigen Beitrag ist die Kommentarfunktion deaktiviert

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = Der Inhalt wurde eingereicht und wird nach erfolgreicher Prüfung veröffentlicht
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = Sie haben bereits Inhalte zur Prüfung eingereicht. Es kann immer nur eine Einreichung gleichzeitig geprüft werden. Bitte warten Sie, bis die Prüfung abgeschlossen ist, und reichen Sie dann erneut ein
title-empty = Der Titel darf nicht leer sein
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = Der Titel ist zu lang
    .detailed =
        Der Titel ist zu lang: Er darf höchstens { $max ->
            [one] { NUMBER($max) } Zeichen
           *[other] { NUMBER($max) } Zeichen
        } lang sein
content-empty = Der Inhalt darf nicht leer sein. Bitte schreiben Sie etwas, bevor Sie veröffentlichen
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = Der Inhalt ist zu lang
    .detailed =
        Der Inhalt ist zu lang: Er darf höchstens { $max ->
            [one] { NUMBER($max) } Zeichen
           *[other] { NUMBER($max) } Zeichen
        } lang sein
title-banned-words = Der Titel enthält gesperrte Wörter. Bitte ändern Sie ihn vor dem Veröffentlichen
content-banned-words = Der Inhalt enthält gesperrte Wörter. Bitte überarbeiten Sie ihn vor dem Veröffentlichen
# The site requires every post to be in a group, and none was chosen.
group-required = Keine Gruppe ausgewählt. Bitte wählen Sie eine Gruppe aus
# The post's author only allows comments from people they follow.
comment-followed-only = Der Autor lässt nur Kommentare von Benutzern zu, denen er folgt
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = Der Autor lässt nur Kommentare von verifizierten Benutzern und von Benutzern zu, denen er folgt
# The post's author has turned comments off for this post.
comment-disabled = Der Autor hat die Kommentarfunktion deaktiviert
