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
change-too-frequent = 指定された日数内に変更できるのは1回のみです。
    .detailed = 変更できるのは{ NUMBER($days) }日に1回のみです。
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = ユーザー名に使用できるのは英字、数字、ハイフンのみです（ハイフンは1つまでで、先頭と末尾には使用できません）。
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = ユーザー名の長さが正しくありません。
    .detailed = ユーザー名は{ NUMBER($min) }文字以上{ NUMBER($max) }文字以下で入力してください。
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = ユーザー名が短すぎます。
    .detailed = ユーザー名が短すぎます。{ NUMBER($min) }文字以上{ NUMBER($max) }文字以下で入力してください。
username-taken = このユーザー名はすでに使用されています。別のユーザー名をお選びください。
# Block words are the administrator's list of words that may not appear.
username-blocked-words = ユーザー名に禁止ワードが含まれています。
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = ニックネームに特殊文字は使用できません。目の見えない方や見えにくい方を含め、より多くの方が読めるようにするためです。
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = ニックネームの長さが正しくありません。
    .detailed = ニックネームは{ NUMBER($min) }文字以上{ NUMBER($max) }文字以下で入力してください。
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = ニックネームが短すぎます。
    .detailed = ニックネームが短すぎます。{ NUMBER($min) }文字以上{ NUMBER($max) }文字以下で入力してください。
nickname-blocked-words = ニックネームに禁止ワードが含まれています。
nickname-taken = このニックネームはすでに使用されています。別のニックネームをお選びください。

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = 現在のユーザーが存在しないか、現在のアカウントに属していません。
# The administrator has disabled this user.
user-banned = このユーザーは凍結されています。
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = このユーザーは削除されています。
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = パスワードが正しくありません。

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = 現在のユーザーにはリクエストの権限がありません。
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = ユーザーの有効期限が切れているため、この機能を利用できません。
user-expired-content = ユーザーの有効期限が切れているため、このコンテンツを閲覧できません。
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = このコンテンツは有効期限切れ後に公開されたものです。現在のユーザーは有効期限が切れているため、閲覧できません。
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = 特定のユーザーの投稿やコメントを一覧表示することはできません。
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = サイトはプライベートモードで運用されており、現在のユーザーには閲覧権限がありません。
