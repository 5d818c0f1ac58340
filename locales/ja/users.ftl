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
username-invalid-characters = ユーザー名に使用できるのは英字、数字、ハイフンのみです（ハイフンは連続して使用できません）。
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
# Advice shown when a nickname contains special characters.
nickname-special-characters = 特殊文字を含まないニックネームをおすすめします。目の見えない方や見えにくい方を含め、より多くの方にとって読みやすくなります。
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
user-banned = このユーザーは凍結されています。
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = このユーザーは削除されています。
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = パスワードが正しくありません。

## User permissions

user-request-not-allowed = 現在のユーザーにはリクエストの権限がありません。
# "Expired" means the user's paid membership or role has ended.
user-expired-function = ユーザーの有効期限が切れているため、この機能を利用できません。
user-expired-content = ユーザーの有効期限が切れているため、このコンテンツを閲覧できません。
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = このコンテンツは有効期限切れ後に公開されたものです。現在のユーザーは有効期限が切れているため、閲覧できません。
# The request asked to see content as another user, which is not allowed.
user-view-target-not-allowed = 他のユーザーとしてコンテンツを閲覧することはできません。
# In private mode only members with a valid membership can see content.
private-mode-user-unauthorized = サイトはプライベートモードで運用されており、現在のユーザーには閲覧権限がありません。
