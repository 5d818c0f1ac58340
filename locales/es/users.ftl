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
change-too-frequent = Este dato solo se puede cambiar una vez en el plazo de días establecido
    .detailed =
        Este dato solo se puede cambiar una vez { $days ->
            [one] al día
            [many] cada { NUMBER($days) } de días
           *[other] cada { NUMBER($days) } días
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = El nombre de usuario solo puede contener letras (A–Z), números y un guion como máximo, que no puede ir al principio ni al final
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = La longitud del nombre de usuario es incorrecta
    .detailed =
        El nombre de usuario debe tener entre { NUMBER($min) } y { $max ->
            [one] { NUMBER($max) } carácter
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = El nombre de usuario es demasiado corto
    .detailed =
        El nombre de usuario es demasiado corto: debe tener entre { NUMBER($min) } y { $max ->
            [one] { NUMBER($max) } carácter
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
username-taken = Ese nombre de usuario ya está en uso. Elija otro
# Block words are the administrator's list of words that may not appear.
username-blocked-words = El nombre de usuario contiene palabras prohibidas
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = El nombre visible no puede contener caracteres especiales, para que sea accesible a más personas, incluidas las personas ciegas o con baja visión
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = La longitud del nombre visible es incorrecta
    .detailed =
        El nombre visible debe tener entre { NUMBER($min) } y { $max ->
            [one] { NUMBER($max) } carácter
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = El nombre visible es demasiado corto
    .detailed =
        El nombre visible es demasiado corto: debe tener entre { NUMBER($min) } y { $max ->
            [one] { NUMBER($max) } carácter
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
nickname-blocked-words = El nombre visible contiene palabras prohibidas
nickname-taken = Ese nombre visible ya está en uso. Elija otro

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = El usuario no existe o no pertenece a la cuenta actual
# The administrator has disabled this user.
user-banned = Este usuario ha sido suspendido
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Este usuario ha sido eliminado
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Contraseña incorrecta

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = Este usuario no tiene permiso para realizar esta solicitud
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = Su suscripción ha caducado y ya no puede usar esta función
user-expired-content = Su suscripción ha caducado y no tiene acceso a este contenido
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Este contenido se publicó después de que caducara su suscripción, por lo que no tiene acceso a él
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = No se pueden ver las publicaciones ni los comentarios de un usuario concreto
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = El sitio está en modo privado y este usuario no tiene autorización de acceso
