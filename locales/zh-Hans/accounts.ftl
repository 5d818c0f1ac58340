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

email-format-incorrect = 邮箱格式不正确
phone-format-incorrect = 手机号格式不正确
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = 国际区号不正确
new-password-mismatch = 两次输入的新密码不一致
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = 密码长度不符合要求
    .detailed = 密码长度须为{ NUMBER($min) }至{ NUMBER($max) }个字符
password-needs-number = 密码须包含数字
password-needs-lowercase = 密码须包含小写字母
password-needs-uppercase = 密码须包含大写字母
password-needs-symbol = 密码须包含特殊符号
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = 不支持该邮箱域名
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = 账号和密码（或验证码）不能为空

## Registration

# The administrator closed this way of signing up.
registration-closed = 该注册渠道已关闭，暂不支持通过此方式注册账号
email-registration-not-supported = 不支持使用邮箱注册
phone-registration-not-supported = 不支持使用手机号注册
account-already-registered = 该账号已注册
email-already-used = 该邮箱已被使用
phone-already-used = 该手机号已被使用

## Login

account-not-found = 账号不存在
email-not-found = 该邮箱未注册
phone-not-found = 该手机号未注册
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = 账号密码错误
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = 账号或密码错误
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = 登录失败次数已超过系统限制，请{ DURATION($wait) }后重新登录
# The administrator has disabled this account.
account-banned = 当前账号已被封禁
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = 该账号已注销

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = 邮箱已绑定
# The account already has a phone number bound to it.
phone-already-bound = 手机号已绑定
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = 关联账号出错（关联 Token 已存在）
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = 该第三方登录方式已停用
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = 该第三方账号已被关联，无法重复关联
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = 您的账号未绑定邮箱和手机号，解除关联后将无法登录，因此不能解除关联

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = 账号钱包不存在或已被禁用
wallet-password-incorrect = 钱包密码错误
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = 对方钱包不存在或已被禁用
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = 钱包可用余额不足
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = 对方钱包可用余额不足
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = 钱包余额与最近一笔交易后的余额不一致
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = 对方钱包余额与其最近一笔交易后的余额不一致
