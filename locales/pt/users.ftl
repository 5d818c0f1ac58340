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
change-too-frequent = Esta alteração só pode ser feita uma vez dentro do período definido
    .detailed =
        Esta alteração só pode ser feita uma vez { $days ->
            [1] por dia
            [one] a cada { NUMBER($days) } dias
            [many] a cada { NUMBER($days) } de dias
           *[other] a cada { NUMBER($days) } dias
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = O nome de usuário só pode conter letras (A–Z), números e no máximo um hífen, que não pode ficar no início nem no fim
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Tamanho de nome de usuário inválido
    .detailed =
        O nome de usuário deve ter de { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } caractere
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = O nome de usuário é curto demais
    .detailed =
        O nome de usuário é curto demais: ele deve ter de { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } caractere
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
username-taken = Este nome de usuário já está em uso. Escolha outro
# Block words are the administrator's list of words that may not appear.
username-blocked-words = O nome de usuário contém palavras proibidas
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = O apelido não pode conter caracteres especiais, para que fique acessível a mais pessoas, incluindo pessoas cegas ou com baixa visão
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Tamanho de apelido inválido
    .detailed =
        O apelido deve ter de { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } caractere
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = O apelido é curto demais
    .detailed =
        O apelido é curto demais: ele deve ter de { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } caractere
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
nickname-blocked-words = O apelido contém palavras proibidas
nickname-taken = Este apelido já está em uso. Escolha outro

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = O usuário atual não existe ou não pertence à conta atual
# The administrator has disabled this user.
user-banned = Este usuário foi banido
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Este usuário foi excluído
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Senha incorreta

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = O usuário atual não tem permissão para fazer esta solicitação
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = O acesso do usuário atual expirou e ele não pode usar este recurso
user-expired-content = O acesso do usuário atual expirou e ele não pode ver este conteúdo
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Este conteúdo foi publicado depois que o acesso do usuário atual expirou e não pode ser visualizado
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = Não é possível ver as publicações ou os comentários de um usuário específico
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = O site está no modo privado e o usuário atual não tem autorização de acesso
