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
change-too-frequent = Cette information ne peut être modifiée qu’une fois par période donnée
    .detailed =
        Cette information ne peut être modifiée qu’une fois { $days ->
            [1] par jour
            [one] tous les { NUMBER($days) } jours
            [many] tous les { NUMBER($days) } de jours
           *[other] tous les { NUMBER($days) } jours
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = Votre nom d’utilisateur ne peut contenir que des lettres (A–Z), des chiffres et un seul trait d’union, ni au début ni à la fin
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Longueur du nom d’utilisateur incorrecte
    .detailed =
        Le nom d’utilisateur doit contenir entre { NUMBER($min) } et { $max ->
            [one] { NUMBER($max) } caractère
            [many] { NUMBER($max) } de caractères
           *[other] { NUMBER($max) } caractères
        }
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = Le nom d’utilisateur est trop court
    .detailed =
        Le nom d’utilisateur est trop court : il doit contenir entre { NUMBER($min) } et { $max ->
            [one] { NUMBER($max) } caractère
            [many] { NUMBER($max) } de caractères
           *[other] { NUMBER($max) } caractères
        }
username-taken = Ce nom d’utilisateur est déjà pris. Veuillez en choisir un autre
# Block words are the administrator's list of words that may not appear.
username-blocked-words = Le nom d’utilisateur contient des mots interdits
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = Votre nom d’affichage ne peut pas contenir de caractères spéciaux, afin d’être accessible à davantage de personnes, y compris aux personnes aveugles ou malvoyantes
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Longueur du nom d’affichage incorrecte
    .detailed =
        Le nom d’affichage doit contenir entre { NUMBER($min) } et { $max ->
            [one] { NUMBER($max) } caractère
            [many] { NUMBER($max) } de caractères
           *[other] { NUMBER($max) } caractères
        }
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = Le nom d’affichage est trop court
    .detailed =
        Le nom d’affichage est trop court : il doit contenir entre { NUMBER($min) } et { $max ->
            [one] { NUMBER($max) } caractère
            [many] { NUMBER($max) } de caractères
           *[other] { NUMBER($max) } caractères
        }
nickname-blocked-words = Le nom d’affichage contient des mots interdits
nickname-taken = Ce nom d’affichage est déjà pris. Veuillez en choisir un autre

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = Cet utilisateur n’existe pas ou n’appartient pas au compte actuel
# The administrator has disabled this user.
user-banned = Cet utilisateur a été suspendu
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Cet utilisateur a été supprimé
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Mot de passe incorrect

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = Cet utilisateur n’est pas autorisé à effectuer cette requête
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = Votre abonnement a expiré : vous ne pouvez plus utiliser cette fonctionnalité
user-expired-content = Votre abonnement a expiré : vous n’avez pas accès à ce contenu
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Ce contenu a été publié après l’expiration de votre abonnement : vous n’y avez pas accès
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = L’affichage des publications ou des commentaires d’un utilisateur donné est désactivé
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = Le site est en mode privé : cet utilisateur ne dispose d’aucune autorisation d’accès
