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
change-too-frequent = 지정된 기간 내에는 한 번만 변경할 수 있습니다.
    .detailed =
        { $days ->
            [1] 하루에
           *[other] { NUMBER($days) }일에
        } 한 번만 변경할 수 있습니다.
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = 사용자 이름에는 영문과 숫자, 하이픈(-) 1개까지만 사용할 수 있으며, 하이픈은 맨 앞이나 맨 끝에 올 수 없습니다.
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = 사용자 이름 길이가 올바르지 않습니다.
    .detailed = 사용자 이름은 { NUMBER($min) }~{ NUMBER($max) }자여야 합니다.
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = 사용자 이름이 최소 길이보다 짧습니다.
    .detailed = 사용자 이름이 너무 짧습니다. { NUMBER($min) }~{ NUMBER($max) }자로 입력해 주세요.
username-taken = 이미 사용 중인 사용자 이름입니다. 다른 사용자 이름을 선택해 주세요.
# Block words are the administrator's list of words that may not appear.
username-blocked-words = 사용자 이름에 금지어가 포함되어 있습니다.
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = 닉네임에는 특수문자를 사용할 수 없습니다. 시각 장애가 있거나 시력이 낮은 분들을 포함해 더 많은 사람이 알아볼 수 있도록 하기 위해서입니다.
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = 닉네임 길이가 올바르지 않습니다.
    .detailed = 닉네임은 { NUMBER($min) }~{ NUMBER($max) }자여야 합니다.
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = 닉네임이 최소 길이보다 짧습니다.
    .detailed = 닉네임이 너무 짧습니다. { NUMBER($min) }~{ NUMBER($max) }자로 입력해 주세요.
nickname-blocked-words = 닉네임에 금지어가 포함되어 있습니다.
nickname-taken = 이미 사용 중인 닉네임입니다. 다른 닉네임을 선택해 주세요.

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = 현재 사용자가 존재하지 않거나 현재 계정에 속하지 않습니다.
# The administrator has disabled this user.
user-banned = 이용이 정지된 사용자입니다.
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = 탈퇴한 사용자입니다.
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = 비밀번호가 올바르지 않습니다.

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = 현재 사용자에게는 요청 권한이 없습니다.
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = 사용자 이용 기간이 만료되어 이 기능을 사용할 수 없습니다.
user-expired-content = 사용자 이용 기간이 만료되어 이 콘텐츠를 볼 수 없습니다.
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = 이용 기간 만료일 이후에 게시된 콘텐츠입니다. 현재 사용자는 이용 기간이 만료되어 볼 수 없습니다.
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = 특정 사용자의 게시물이나 댓글을 모아 볼 수 없습니다.
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = 사이트가 비공개 모드로 운영 중이며, 현재 사용자에게는 접근 권한이 없습니다.
