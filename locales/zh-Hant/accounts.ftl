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

email-format-incorrect = 電子郵件格式不正確
phone-format-incorrect = 手機號碼格式不正確
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = 國碼不正確
new-password-mismatch = 兩次輸入的新密碼不一致
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = 密碼長度不符合要求
    .detailed = 密碼長度須為 { NUMBER($min) } 至 { NUMBER($max) } 個字元
password-needs-number = 密碼須包含數字
password-needs-lowercase = 密碼須包含小寫字母
password-needs-uppercase = 密碼須包含大寫字母
password-needs-symbol = 密碼須包含特殊符號
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = 不支援此電子郵件網域
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = 帳號和密碼（或驗證碼）不能為空

## Registration

# The administrator closed this way of signing up.
registration-closed = 此註冊管道已關閉，暫不開放透過此方式註冊帳號
email-registration-not-supported = 不支援使用電子郵件註冊
phone-registration-not-supported = 不支援使用手機號碼註冊
account-already-registered = 此帳號已註冊
email-already-used = 此電子郵件已被使用
phone-already-used = 此手機號碼已被使用

## Login

account-not-found = 帳號不存在
email-not-found = 此電子郵件尚未註冊
phone-not-found = 此手機號碼尚未註冊
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = 帳號密碼錯誤
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = 帳號或密碼錯誤
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = 登入失敗次數已超過系統限制，請於 { DURATION($wait) }後重新登入
# The administrator has disabled this account.
account-banned = 目前的帳號已被停權
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = 此帳號已刪除

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = 電子郵件已綁定
# The account already has a phone number bound to it.
phone-already-bound = 手機號碼已綁定
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = 連結帳號時發生錯誤（連結 Token 已存在）
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = 此第三方登入方式已停用
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = 此第三方帳號已被連結，無法重複連結
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = 您的帳號尚未綁定電子郵件和手機號碼，解除連結後將無法登入，因此無法解除連結

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = 帳號錢包不存在或已被停用
wallet-password-incorrect = 錢包密碼錯誤
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = 對方的錢包不存在或已被停用
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = 錢包的可用餘額不足
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = 對方的錢包可用餘額不足
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = 錢包餘額與最近一筆交易後的餘額不一致
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = 對方的錢包餘額與其最近一筆交易後的餘額不一致
