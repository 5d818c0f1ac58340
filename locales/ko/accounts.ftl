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

email-format-incorrect = 이메일 형식이 올바르지 않습니다.
phone-format-incorrect = 휴대폰 번호 형식이 올바르지 않습니다.
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = 국가 번호가 올바르지 않습니다.
new-password-mismatch = 두 번 입력한 새 비밀번호가 일치하지 않습니다.
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = 비밀번호 길이가 올바르지 않습니다.
    .detailed = 비밀번호는 { NUMBER($min) }~{ NUMBER($max) }자여야 합니다.
password-needs-number = 비밀번호에 숫자를 포함해야 합니다.
password-needs-lowercase = 비밀번호에 영문 소문자를 포함해야 합니다.
password-needs-uppercase = 비밀번호에 영문 대문자를 포함해야 합니다.
password-needs-symbol = 비밀번호에 특수문자를 포함해야 합니다.
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = 지원하지 않는 이메일 도메인입니다.
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = 계정과 비밀번호 또는 인증 코드를 입력해 주세요.

## Registration

# The administrator closed this way of signing up.
registration-closed = 관리자가 이 가입 방식을 중지하여 계정을 만들 수 없습니다.
email-registration-not-supported = 이메일로는 가입할 수 없습니다.
phone-registration-not-supported = 휴대폰 번호로는 가입할 수 없습니다.
account-already-registered = 이미 가입된 계정입니다.
email-already-used = 이미 사용 중인 이메일입니다.
phone-already-used = 이미 사용 중인 휴대폰 번호입니다.

## Login

account-not-found = 존재하지 않는 계정입니다.
email-not-found = 등록되지 않은 이메일입니다.
phone-not-found = 등록되지 않은 휴대폰 번호입니다.
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = 계정 비밀번호가 올바르지 않습니다.
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = 계정 또는 비밀번호가 올바르지 않습니다.
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = 로그인 실패 횟수가 시스템 제한을 초과했습니다. { DURATION($wait) } 후에 다시 로그인해 주세요.
# The administrator has disabled this account.
account-banned = 이용이 정지된 계정입니다.
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = 탈퇴한 계정입니다.

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = 이미 이메일이 등록되어 있습니다.
# The account already has a phone number bound to it.
phone-already-bound = 이미 휴대폰 번호가 등록되어 있습니다.
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = 계정 연동 중 오류가 발생했습니다(Connected Token이 이미 존재함).
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = 이 연동 로그인은 비활성화되어 있습니다.
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = 이 외부 계정은 이미 연동되어 있어 다시 연동할 수 없습니다.
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = 계정에 이메일과 휴대폰 번호가 등록되어 있지 않아 연동을 해제하면 더 이상 로그인할 수 없습니다. 따라서 연동을 해제할 수 없습니다.

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = 계정 지갑이 존재하지 않거나 정지되었습니다.
wallet-password-incorrect = 지갑 비밀번호가 올바르지 않습니다.
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = 상대방 지갑이 존재하지 않거나 정지되었습니다.
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = 지갑의 사용 가능 잔액이 부족합니다.
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = 상대방 지갑의 사용 가능 잔액이 부족합니다.
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = 지갑 잔액이 최근 거래 후 잔액과 일치하지 않습니다.
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = 상대방 지갑 잔액이 최근 거래 후 잔액과 일치하지 않습니다.
