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
    .detailed = Cette information ne peut être modifiée qu’une fois { $days ->
        [one] par jour
        [many] tous les { NUMBER($days) } de jours
       *[other] tous les { NUMBER($days) } jours
    }
# The username is the unique handle (@name) used in links; the nickname is the display name.
username-invalid-characters = Votre nom d’utilisateur ne peut contenir que des lettres, des chiffres et des traits d’union non consécutifs
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Longueur du nom d’utilisateur incorrecte
    .detailed = Le nom d’utilisateur doit contenir entre { NUMBER($min) } et { $max ->
        [one] { NUMBER($max) } caractère
        [many] { NUMBER($max) } de caractères
       *[other] { NUMBER($max) } caractères
    }
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = Le nom d’utilisateur est trop court
    .detailed = Le nom d’utilisateur est trop court : il doit contenir entre { NUMBER($min) } et { $max ->
        [one] { NUMBER($max) } caractère
        [many] { NUMBER($max) } de caractères
       *[other] { NUMBER($max) } caractères
    }
username-taken = Ce nom d’utilisateur est déjà pris. Veuillez en choisir un autre
# Block words are the administrator's list of words that may not appear.
username-blocked-words = Le nom d’utilisateur contient des mots interdits
# Advice shown when a nickname contains special characters.
nickname-special-characters = Évitez les caractères spéciaux dans votre nom d’affichage : il sera ainsi accessible à davantage de personnes, y compris aux personnes aveugles ou malvoyantes
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Longueur du nom d’affichage incorrecte
    .detailed = Le nom d’affichage doit contenir entre { NUMBER($min) } et { $max ->
        [one] { NUMBER($max) } caractère
        [many] { NUMBER($max) } de caractères
       *[other] { NUMBER($max) } caractères
    }
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = Le nom d’affichage est trop court
    .detailed = Le nom d’affichage est trop court : il doit contenir entre { NUMBER($min) } et { $max ->
        [one] { NUMBER($max) } caractère
        [many] { NUMBER($max) } de caractères
       *[other] { NUMBER($max) } caractères
    }
nickname-blocked-words = Le nom d’affichage contient des mots interdits
nickname-taken = Ce nom d’affichage est déjà pris. Veuillez en choisir un autre

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = Cet utilisateur n’existe pas ou n’appartient pas au compte actuel
user-banned = Cet utilisateur a été suspendu
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Cet utilisateur a été supprimé
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Mot de passe incorrect

## User permissions

user-request-not-allowed = Cet utilisateur n’est pas autorisé à effectuer cette requête
# "Expired" means the user's paid membership or role has ended.
user-expired-function = Votre abonnement a expiré : vous ne pouvez plus utiliser cette fonctionnalité
user-expired-content = Votre abonnement a expiré : vous n’avez pas accès à ce contenu
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Ce contenu a été publié après l’expiration de votre abonnement : vous n’y avez pas accès
# The request asked to see content as another user, which is not allowed.
user-view-target-not-allowed = Vous ne pouvez pas consulter le contenu à la place d’un autre utilisateur
# In private mode only members with a valid membership can see content.
private-mode-user-unauthorized = Le site est en mode privé : cet utilisateur ne dispose d’aucune autorisation d’accès
