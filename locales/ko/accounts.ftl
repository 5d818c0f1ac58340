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
# The account and either its password or a verify code must be given.
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
account-password-incorrect = 계정 비밀번호가 올바르지 않습니다.
account-or-password-incorrect = 계정 또는 비밀번호가 올바르지 않습니다.
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = 로그인 실패 횟수가 시스템 제한을 초과했습니다. { DURATION($wait) } 후에 다시 로그인해 주세요.
account-banned = 이용이 정지된 계정입니다.
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = 탈퇴한 계정입니다.

## Bound email, phone and connects

email-already-bound = 이미 이메일이 등록되어 있습니다.
phone-already-bound = 이미 휴대폰 번호가 등록되어 있습니다.
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
connect-token-exists = 계정 연동 중 오류가 발생했습니다(Connected Token이 이미 존재함).
# The third-party login service has been disabled by the administrator.
connect-token-disabled = 이 연동 로그인은 비활성화되어 있습니다.
# The third-party login is already linked to an account.
account-already-connected = 이 외부 계정은 이미 연동되어 있어 다시 연동할 수 없습니다.
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = 계정에 이메일과 휴대폰 번호가 등록되어 있지 않아 연동을 해제하면 더 이상 로그인할 수 없습니다. 따라서 연동을 해제할 수 없습니다.

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
wallet-unavailable = 계정 지갑이 존재하지 않거나 정지되었습니다.
wallet-password-incorrect = 지갑 비밀번호가 올바르지 않습니다.
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = 상대방 지갑이 존재하지 않거나 정지되었습니다.
# The wallet balance cannot be used to pay (for example it is frozen).
wallet-payment-not-allowed = 지갑 잔액으로 결제할 수 없습니다.
counterparty-payment-not-allowed = 상대방 지갑 잔액으로 결제할 수 없습니다.
# After the transaction the balance would break the wallet's limits.
wallet-closing-balance-mismatch = 거래 후 잔액이 지갑 한도에 맞지 않습니다.
counterparty-closing-balance-mismatch = 거래 후 상대방 잔액이 지갑 한도에 맞지 않습니다.
