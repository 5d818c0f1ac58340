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

email-format-incorrect = Email format incorrect
phone-format-incorrect = Phone number format incorrect
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = Country calling code error
new-password-mismatch = The new password entered twice does not match
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = Password length incorrect
    .detailed = Password must be { NUMBER($min) } to { NUMBER($max) } characters long
password-needs-number = Password should contain numbers
password-needs-lowercase = Password should contain lowercase letters
password-needs-uppercase = Password should contain uppercase letters
password-needs-symbol = Password should contain symbols
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = Email that do not support the domain
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = Account password or verification code cannot be empty

## Registration

# The administrator closed this way of signing up.
registration-closed = This registration channel has been closed and account registration through this function is prohibited
email-registration-not-supported = Registration with Email not supported
phone-registration-not-supported = Registration with mobile phone number not supported
account-already-registered = The account has registered
email-already-used = Email has been used
phone-already-used = Phone number has been used

## Login

account-not-found = Account not exist
email-not-found = Email not exist
phone-not-found = Phone number not exist
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = Incorrect account password
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = Incorrect account or wrong password
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = The error has exceeded the system limit. Please log in again { DURATION($wait) } later
# The administrator has disabled this account.
account-banned = Current account has been banned
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = The account has been logged out

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = Email bound
# The account already has a phone number bound to it.
phone-already-bound = Phone bound
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = Connect account error (Connected Token already exists)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = Connect token is disabled
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = You have already connected an account and cannot connect it again.
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = Your account is not set up with an email and phone number, so after you are disconnected your account will be empty, and you will not be able to log in, so disconnect is disabled.

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = Account wallet not exist or has been banned
wallet-password-incorrect = Account wallet password is incorrect
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = The counterparty wallet not exist or has been banned
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = Wallet balance is not allowed to make payment
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = The counterparty wallet balance is not allowed to make payment
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = The closing balance not match with the wallet limit
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = The closing balance of the counterparty does not match with the wallet limit
