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
    .detailed = Diese Angabe kann nur einmal { $days ->
        [one] pro Tag
       *[other] alle { NUMBER($days) } Tage
    } geändert werden
# The username is the unique handle (@name) used in links; the nickname is the display name.
username-invalid-characters = Der Benutzername darf nur Buchstaben, Ziffern und einzelne Bindestriche enthalten
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Die Länge des Benutzernamens ist ungültig
    .detailed = Der Benutzername muss zwischen { NUMBER($min) } und { $max ->
        [one] { NUMBER($max) } Zeichen
       *[other] { NUMBER($max) } Zeichen
    } lang sein
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = Der Benutzername ist zu kurz
    .detailed = Der Benutzername ist zu kurz: Er muss zwischen { NUMBER($min) } und { $max ->
        [one] { NUMBER($max) } Zeichen
       *[other] { NUMBER($max) } Zeichen
    } lang sein
username-taken = Dieser Benutzername ist bereits vergeben. Bitte wählen Sie einen anderen
# Block words are the administrator's list of words that may not appear.
username-blocked-words = Der Benutzername enthält gesperrte Wörter
# Advice shown when a nickname contains special characters.
nickname-special-characters = Verwenden Sie am besten einen Anzeigenamen ohne Sonderzeichen, damit er für mehr Menschen zugänglich ist – auch für blinde und sehbehinderte Menschen
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Die Länge des Anzeigenamens ist ungültig
    .detailed = Der Anzeigename muss zwischen { NUMBER($min) } und { $max ->
        [one] { NUMBER($max) } Zeichen
       *[other] { NUMBER($max) } Zeichen
    } lang sein
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = Der Anzeigename ist zu kurz
    .detailed = Der Anzeigename ist zu kurz: Er muss zwischen { NUMBER($min) } und { $max ->
        [one] { NUMBER($max) } Zeichen
       *[other] { NUMBER($max) } Zeichen
    } lang sein
nickname-blocked-words = Der Anzeigename enthält gesperrte Wörter
nickname-taken = Dieser Anzeigename ist bereits vergeben. Bitte wählen Sie einen anderen

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = Der aktuelle Benutzer existiert nicht oder gehört nicht zum aktuellen Konto
user-banned = Der aktuelle Benutzer wurde gesperrt
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Dieser Benutzer wurde gelöscht
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Das Passwort ist falsch

## User permissions

user-request-not-allowed = Der aktuelle Benutzer ist nicht berechtigt, diese Anfrage zu stellen
# "Expired" means the user's paid membership or role has ended.
user-expired-function = Die Mitgliedschaft des Benutzers ist abgelaufen. Diese Funktion kann nicht mehr verwendet werden
user-expired-content = Die Mitgliedschaft des Benutzers ist abgelaufen. Diese Inhalte können nicht angezeigt werden
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Diese Inhalte wurden nach Ablauf der Mitgliedschaft veröffentlicht und können daher nicht angezeigt werden
# The request asked to see content as another user, which is not allowed.
user-view-target-not-allowed = Inhalte können nicht aus der Sicht eines anderen Benutzers angezeigt werden
# In private mode only members with a valid membership can see content.
private-mode-user-unauthorized = Die Website befindet sich im Privatmodus. Der aktuelle Benutzer hat keine Zugriffsberechtigung
