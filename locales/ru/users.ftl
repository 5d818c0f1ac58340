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
change-too-frequent = Изменять можно не чаще одного раза за установленное количество дней
    .detailed =
        Изменять можно не чаще одного раза { $days ->
            [1] в день
            [one] в { NUMBER($days) } день
            [few] в { NUMBER($days) } дня
            [many] в { NUMBER($days) } дней
           *[other] в { NUMBER($days) } дня
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = Имя пользователя может содержать только латинские буквы, цифры и не более одного дефиса, который не может стоять в начале или в конце
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Недопустимая длина имени пользователя
    .detailed =
        Имя пользователя должно содержать от { NUMBER($min) } до { $max ->
            [one] { NUMBER($max) } символа
            [few] { NUMBER($max) } символов
            [many] { NUMBER($max) } символов
           *[other] { NUMBER($max) } символа
        }
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = Имя пользователя слишком короткое
    .detailed =
        Имя пользователя слишком короткое: оно должно содержать от { NUMBER($min) } до { $max ->
            [one] { NUMBER($max) } символа
            [few] { NUMBER($max) } символов
            [many] { NUMBER($max) } символов
           *[other] { NUMBER($max) } символа
        }
username-taken = Это имя пользователя уже занято. Выберите другое
# Block words are the administrator's list of words that may not appear.
username-blocked-words = Имя пользователя содержит запрещённые слова
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = Отображаемое имя не должно содержать специальных символов — так оно будет понятно большему числу людей, в том числе незрячим и слабовидящим
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Недопустимая длина отображаемого имени
    .detailed =
        Отображаемое имя должно содержать от { NUMBER($min) } до { $max ->
            [one] { NUMBER($max) } символа
            [few] { NUMBER($max) } символов
            [many] { NUMBER($max) } символов
           *[other] { NUMBER($max) } символа
        }
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = Отображаемое имя слишком короткое
    .detailed =
        Отображаемое имя слишком короткое: оно должно содержать от { NUMBER($min) } до { $max ->
            [one] { NUMBER($max) } символа
            [few] { NUMBER($max) } символов
            [many] { NUMBER($max) } символов
           *[other] { NUMBER($max) } символа
        }
nickname-blocked-words = Отображаемое имя содержит запрещённые слова
nickname-taken = Это отображаемое имя уже занято. Выберите другое

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = Пользователь не существует или не относится к текущему аккаунту
# The administrator has disabled this user.
user-banned = Этот пользователь заблокирован
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Этот пользователь удалён
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Неверный пароль

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = У текущего пользователя нет прав на выполнение запроса
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = Срок членства пользователя истёк, эта функция недоступна
user-expired-content = Срок членства пользователя истёк, просмотр этого контента недоступен
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Этот контент опубликован после окончания срока членства пользователя, поэтому просмотр недоступен
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = Просмотр постов и комментариев отдельного пользователя отключён
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = Сайт работает в приватном режиме, у текущего пользователя нет доступа
