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
change-too-frequent = Diese Angabe kann nur einmal innerhalb einer festgelegten Anzahl von Tagen geändert werden
    .detailed =
        Diese Angabe kann nur einmal { $days ->
            [one] pro Tag
           *[other] alle { NUMBER($days) } Tage
        } geändert werden
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = Der Benutzername darf nur Buchstaben (A–Z), Ziffern und höchstens einen Bindestrich enthalten, der nicht am Anfang oder Ende steht
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Die Länge des Benutzernamens ist ungültig
    .detailed =
        Der Benutzername muss zwischen { NUMBER($min) } und { $max ->
            [one] { NUMBER($max) } Zeichen
           *[other] { NUMBER($max) } Zeichen
        } lang sein
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = Der Benutzername ist zu kurz
    .detailed =
        Der Benutzername ist zu kurz: Er muss zwischen { NUMBER($min) } und { $max ->
            [one] { NUMBER($max) } Zeichen
           *[other] { NUMBER($max) } Zeichen
        } lang sein
username-taken = Dieser Benutzername ist bereits vergeben. Bitte wählen Sie einen anderen
# Block words are the administrator's list of words that may not appear.
username-blocked-words = Der Benutzername enthält gesperrte Wörter
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = Der Anzeigename darf keine Sonderzeichen enthalten, damit er für mehr Menschen zugänglich ist – auch für blinde und sehbehinderte Menschen
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Die Länge des Anzeigenamens ist ungültig
    .detailed =
        Der Anzeigename muss zwischen { NUMBER($min) } und { $max ->
            [one] { NUMBER($max) } Zeichen
           *[other] { NUMBER($max) } Zeichen
        } lang sein
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = Der Anzeigename ist zu kurz
    .detailed =
        Der Anzeigename ist zu kurz: Er muss zwischen { NUMBER($min) } und { $max ->
            [one] { NUMBER($max) } Zeichen
           *[other] { NUMBER($max) } Zeichen
        } lang sein
nickname-blocked-words = Der Anzeigename enthält gesperrte Wörter
nickname-taken = Dieser Anzeigename ist bereits vergeben. Bitte wählen Sie einen anderen

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = Der aktuelle Benutzer existiert nicht oder gehört nicht zum aktuellen Konto
# The administrator has disabled this user.
user-banned = Der aktuelle Benutzer wurde gesperrt
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Dieser Benutzer wurde gelöscht
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Das Passwort ist falsch

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = Der aktuelle Benutzer ist nicht berechtigt, diese Anfrage zu stellen
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = Die Mitgliedschaft des Benutzers ist abgelaufen. Diese Funktion kann nicht mehr verwendet werden
user-expired-content = Die Mitgliedschaft des Benutzers ist abgelaufen. Diese Inhalte können nicht angezeigt werden
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Diese Inhalte wurden nach Ablauf der Mitgliedschaft veröffentlicht und können daher nicht angezeigt werden
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = Die Anzeige der Beiträge oder Kommentare eines einzelnen Benutzers ist deaktiviert
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = Die Website befindet sich im Privatmodus. Der aktuelle Benutzer hat keine Zugriffsberechtigung
