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
change-too-frequent = 规定天数内只能修改一次
    .detailed =
        { $days ->
            [1] 每天只能修改一次
           *[other] { NUMBER($days) }天内只能修改一次
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = 用户名只能包含英文字母、数字和一个连字符（连字符不能位于开头或结尾）
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = 用户名长度不符合要求
    .detailed = 用户名长度须为{ NUMBER($min) }至{ NUMBER($max) }个字符
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = 用户名长度未达到最低要求
    .detailed = 用户名太短：长度须为{ NUMBER($min) }至{ NUMBER($max) }个字符
username-taken = 该用户名已被占用，请换一个
# Block words are the administrator's list of words that may not appear.
username-blocked-words = 用户名包含违禁词
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = 昵称不能包含特殊字符，以便包括视障人士在内的更多人都能顺利阅读
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = 昵称长度不符合要求
    .detailed = 昵称长度须为{ NUMBER($min) }至{ NUMBER($max) }个字符
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = 昵称长度未达到最低要求
    .detailed = 昵称太短：长度须为{ NUMBER($min) }至{ NUMBER($max) }个字符
nickname-blocked-words = 昵称包含违禁词
nickname-taken = 该昵称已被占用，请换一个

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = 当前用户不存在或不属于当前账号
# The administrator has disabled this user.
user-banned = 当前用户已被封禁
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = 该用户已注销
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = 密码错误

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = 当前用户无请求权限
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = 用户身份已到期，无权使用该功能
user-expired-content = 用户身份已到期，无权查看当前内容
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = 该内容发布于到期日之后，当前用户身份已到期，无权查看
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = 不支持查看指定用户的帖子或评论
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = 站点已开启私有模式，当前用户未获授权
