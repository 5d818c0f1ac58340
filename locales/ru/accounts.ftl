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

email-format-incorrect = Неверный формат адреса электронной почты
phone-format-incorrect = Неверный формат номера телефона
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = Неверный телефонный код страны
new-password-mismatch = Новые пароли не совпадают
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = Недопустимая длина пароля
    .detailed =
        Пароль должен содержать от { NUMBER($min) } до { $max ->
            [one] { NUMBER($max) } символа
            [few] { NUMBER($max) } символов
            [many] { NUMBER($max) } символов
           *[other] { NUMBER($max) } символа
        }
password-needs-number = Пароль должен содержать цифры
password-needs-lowercase = Пароль должен содержать строчные буквы
password-needs-uppercase = Пароль должен содержать заглавные буквы
password-needs-symbol = Пароль должен содержать специальные символы
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = Адреса электронной почты в этом домене не поддерживаются
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = Не указан аккаунт, пароль или код подтверждения

## Registration

# The administrator closed this way of signing up.
registration-closed = Этот способ регистрации закрыт, зарегистрировать аккаунт с его помощью нельзя
email-registration-not-supported = Регистрация по электронной почте не поддерживается
phone-registration-not-supported = Регистрация по номеру телефона не поддерживается
account-already-registered = Этот аккаунт уже зарегистрирован
email-already-used = Этот адрес электронной почты уже используется
phone-already-used = Этот номер телефона уже используется

## Login

account-not-found = Аккаунт не найден
email-not-found = Аккаунт с таким адресом электронной почты не найден
phone-not-found = Аккаунт с таким номером телефона не найден
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = Неверный пароль аккаунта
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = Неверный логин или пароль
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Слишком много неудачных попыток входа. Повторите попытку позже (время ожидания: { DURATION($wait) })
# The administrator has disabled this account.
account-banned = Этот аккаунт заблокирован
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Этот аккаунт удалён

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = Адрес электронной почты уже привязан
# The account already has a phone number bound to it.
phone-already-bound = Номер телефона уже привязан
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = Ошибка привязки стороннего аккаунта (токен стороннего аккаунта уже существует)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = Вход через этот сторонний сервис отключён
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = Этот сторонний аккаунт уже привязан, повторная привязка невозможна
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = К вашему аккаунту не привязаны ни электронная почта, ни номер телефона. Если отвязать сторонний аккаунт, вы не сможете войти, поэтому отвязка недоступна

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = Кошелёк аккаунта не существует или заблокирован
wallet-password-incorrect = Неверный пароль кошелька
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = Кошелёк другой стороны не существует или заблокирован
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = Недостаточно доступных средств в кошельке
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = Недостаточно доступных средств в кошельке другой стороны
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = Баланс кошелька не совпадает с остатком после последней операции
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = Баланс кошелька другой стороны не совпадает с остатком после её последней операции
