### Accounts (34xxx)
###
### Errors about accounts: sign-up, login, bound email and phone, connected third-party logins and wallets.
### In Fresns an *account* is the login identity (email or phone); one account can hold several *users*.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Email, phone and password

email-format-incorrect = メールアドレスの形式が正しくありません。
phone-format-incorrect = 電話番号の形式が正しくありません。
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = 国番号が正しくありません。
new-password-mismatch = 新しいパスワードと確認用パスワードが一致しません。
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = パスワードの長さが正しくありません。
    .detailed = パスワードは{ NUMBER($min) }文字以上{ NUMBER($max) }文字以下で入力してください。
password-needs-number = パスワードには数字を含めてください。
password-needs-lowercase = パスワードには英小文字を含めてください。
password-needs-uppercase = パスワードには英大文字を含めてください。
password-needs-symbol = パスワードには記号を含めてください。
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = このドメインのメールアドレスはご利用いただけません。
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = アカウントと、パスワードまたは認証コードを入力してください。

## Registration

# The administrator closed this way of signing up.
registration-closed = この登録方法は停止されているため、アカウントを登録できません。
email-registration-not-supported = メールアドレスでの登録には対応していません。
phone-registration-not-supported = 電話番号での登録には対応していません。
account-already-registered = このアカウントはすでに登録されています。
email-already-used = このメールアドレスはすでに使用されています。
phone-already-used = この電話番号はすでに使用されています。

## Login

account-not-found = アカウントが存在しません。
email-not-found = このメールアドレスは登録されていません。
phone-not-found = この電話番号は登録されていません。
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = アカウントのパスワードが正しくありません。
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = アカウントまたはパスワードが正しくありません。
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = ログインの失敗回数が上限を超えました。{ DURATION($wait) }後にもう一度ログインしてください。
# The administrator has disabled this account.
account-banned = このアカウントは凍結されています。
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = このアカウントは削除されています。

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = このアカウントにはすでにメールアドレスが登録されています。
# The account already has a phone number bound to it.
phone-already-bound = このアカウントにはすでに電話番号が登録されています。
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = 外部アカウント連携でエラーが発生しました（連携Tokenがすでに存在します）。
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = この外部アカウント連携は無効になっています。
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = この外部アカウントはすでに連携済みのため、再度連携することはできません。
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = アカウントにメールアドレスも電話番号も登録されていないため、連携を解除するとログインできなくなります。そのため、連携を解除することはできません。

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = アカウントのウォレットが存在しないか、凍結されています。
wallet-password-incorrect = ウォレットのパスワードが正しくありません。
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = 取引相手のウォレットが存在しないか、凍結されています。
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = ウォレットの利用可能残高が不足しています。
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = 取引相手のウォレットの利用可能残高が不足しています。
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = ウォレットの残高が直近の取引後の残高と一致しません。
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = 取引相手のウォレットの残高が直近の取引後の残高と一致しません。
