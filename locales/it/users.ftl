### Users (35xxx)
###
### Errors about users: the profiles inside an account, with their usernames, nicknames and permissions.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Usernames and nicknames

# Some profile fields (such as the username) may be changed only once within a set number of days.
# $days (number, use NUMBER() and plural variants): the number of days between two changes.
change-too-frequent = Questa informazione può essere modificata solo una volta in un determinato numero di giorni
    .detailed =
        Questa informazione può essere modificata solo una volta { $days ->
            [one] al giorno
            [many] ogni { NUMBER($days) } di giorni
           *[other] ogni { NUMBER($days) } giorni
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = Il nome utente può contenere solo lettere (A–Z), numeri e al massimo un trattino, che non può trovarsi all'inizio o alla fine
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Lunghezza del nome utente non valida
    .detailed =
        Il nome utente deve contenere da { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } carattere
            [many] { NUMBER($max) } di caratteri
           *[other] { NUMBER($max) } caratteri
        }
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = Il nome utente è troppo corto
    .detailed =
        Il nome utente è troppo corto: deve contenere da { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } carattere
            [many] { NUMBER($max) } di caratteri
           *[other] { NUMBER($max) } caratteri
        }
username-taken = Questo nome utente è già in uso. Sceglierne un altro
# Block words are the administrator's list of words that may not appear.
username-blocked-words = Il nome utente contiene parole vietate
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = Il nome visualizzato non può contenere caratteri speciali, così da essere accessibile a più persone, comprese quelle cieche o ipovedenti
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Lunghezza del nome visualizzato non valida
    .detailed =
        Il nome visualizzato deve contenere da { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } carattere
            [many] { NUMBER($max) } di caratteri
           *[other] { NUMBER($max) } caratteri
        }
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = Il nome visualizzato è troppo corto
    .detailed =
        Il nome visualizzato è troppo corto: deve contenere da { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } carattere
            [many] { NUMBER($max) } di caratteri
           *[other] { NUMBER($max) } caratteri
        }
nickname-blocked-words = Il nome visualizzato contiene parole vietate
nickname-taken = Questo nome visualizzato è già in uso. Sceglierne un altro

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = L'utente attuale non esiste o non appartiene all'account attuale
# The administrator has disabled this user.
user-banned = L'utente attuale è stato bloccato
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Questo utente è stato eliminato
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Password errata

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = L'utente attuale non è autorizzato a effettuare questa richiesta
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = L'abbonamento dell'utente è scaduto: non è possibile usare questa funzione
user-expired-content = L'abbonamento dell'utente è scaduto: non è possibile visualizzare questo contenuto
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Questo contenuto è stato pubblicato dopo la scadenza dell'abbonamento e non può essere visualizzato
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = La visualizzazione dei post o dei commenti di un singolo utente è disattivata
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = Il sito è in modalità privata e l'utente attuale non è autorizzato ad accedere
