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
    .detailed = Изменять можно не чаще одного раза в { $days ->
        [one] { NUMBER($days) } день
        [few] { NUMBER($days) } дня
        [many] { NUMBER($days) } дней
       *[other] { NUMBER($days) } дня
    }
# The username is the unique handle (@name) used in links; the nickname is the display name.
username-invalid-characters = Имя пользователя может содержать только буквы, цифры и одиночные дефисы
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Недопустимая длина имени пользователя
    .detailed = Имя пользователя должно содержать от { NUMBER($min) } до { $max ->
        [one] { NUMBER($max) } символа
        [few] { NUMBER($max) } символов
        [many] { NUMBER($max) } символов
       *[other] { NUMBER($max) } символа
    }
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = Имя пользователя слишком короткое
    .detailed = Имя пользователя слишком короткое: оно должно содержать от { NUMBER($min) } до { $max ->
        [one] { NUMBER($max) } символа
        [few] { NUMBER($max) } символов
        [many] { NUMBER($max) } символов
       *[other] { NUMBER($max) } символа
    }
username-taken = Это имя пользователя уже занято. Выберите другое
# Block words are the administrator's list of words that may not appear.
username-blocked-words = Имя пользователя содержит запрещённые слова
# Advice shown when a nickname contains special characters.
nickname-special-characters = Рекомендуем не использовать в отображаемом имени специальные символы — так оно будет понятно большему числу людей, в том числе незрячим и слабовидящим
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Недопустимая длина отображаемого имени
    .detailed = Отображаемое имя должно содержать от { NUMBER($min) } до { $max ->
        [one] { NUMBER($max) } символа
        [few] { NUMBER($max) } символов
        [many] { NUMBER($max) } символов
       *[other] { NUMBER($max) } символа
    }
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = Отображаемое имя слишком короткое
    .detailed = Отображаемое имя слишком короткое: оно должно содержать от { NUMBER($min) } до { $max ->
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
user-banned = Этот пользователь заблокирован
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Этот пользователь удалён
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Неверный пароль

## User permissions

user-request-not-allowed = У текущего пользователя нет прав на выполнение запроса
# "Expired" means the user's paid membership or role has ended.
user-expired-function = Срок членства пользователя истёк, эта функция недоступна
user-expired-content = Срок членства пользователя истёк, просмотр этого контента недоступен
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Этот контент опубликован после окончания срока членства пользователя, поэтому просмотр недоступен
# The request asked to see content as another user, which is not allowed.
user-view-target-not-allowed = Нельзя просматривать контент от имени другого пользователя
# In private mode only members with a valid membership can see content.
private-mode-user-unauthorized = Сайт работает в приватном режиме, у текущего пользователя нет доступа
