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
change-too-frequent = 在規定天數內只能修改一次
    .detailed =
        { $days ->
            [1] 每天只能修改一次
           *[other] { NUMBER($days) } 天內只能修改一次
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = 使用者名稱只能包含英文字母、數字和一個連字號（連字號不能位於開頭或結尾）
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = 使用者名稱長度不符合要求
    .detailed = 使用者名稱長度須為 { NUMBER($min) } 至 { NUMBER($max) } 個字元
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = 使用者名稱長度未達最低要求
    .detailed = 使用者名稱太短：長度須為 { NUMBER($min) } 至 { NUMBER($max) } 個字元
username-taken = 此使用者名稱已有人使用，請換一個
# Block words are the administrator's list of words that may not appear.
username-blocked-words = 使用者名稱含有禁用字詞
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = 暱稱不能包含特殊字元，讓包括視障者在內的更多人都能順利閱讀
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = 暱稱長度不符合要求
    .detailed = 暱稱長度須為 { NUMBER($min) } 至 { NUMBER($max) } 個字元
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = 暱稱長度未達最低要求
    .detailed = 暱稱太短：長度須為 { NUMBER($min) } 至 { NUMBER($max) } 個字元
nickname-blocked-words = 暱稱含有禁用字詞
nickname-taken = 此暱稱已有人使用，請換一個

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = 目前的使用者不存在或不屬於目前的帳號
# The administrator has disabled this user.
user-banned = 目前的使用者已被停權
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = 此使用者已刪除
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = 密碼錯誤

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = 目前的使用者沒有請求權限
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = 使用者身分已到期，無權使用此功能
user-expired-content = 使用者身分已到期，無權查看目前的內容
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = 此內容發布於到期日之後，目前的使用者身分已到期，無權查看
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = 不支援查看指定使用者的貼文或留言
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = 網站已啟用私人模式，目前的使用者未獲授權
