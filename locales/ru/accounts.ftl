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
    .detailed = Пароль должен содержать от { NUMBER($min) } до { $max ->
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
# The account and either its password or a verify code must be given.
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
account-password-incorrect = Неверный пароль аккаунта
account-or-password-incorrect = Неверный аккаунт или пароль
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Слишком много неудачных попыток входа. Повторите попытку позже (время ожидания: { DURATION($wait) })
account-banned = Этот аккаунт заблокирован
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Этот аккаунт удалён

## Bound email, phone and connects

email-already-bound = Адрес электронной почты уже привязан
phone-already-bound = Номер телефона уже привязан
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
connect-token-exists = Ошибка привязки стороннего аккаунта (токен стороннего аккаунта уже существует)
# The third-party login service has been disabled by the administrator.
connect-token-disabled = Вход через этот сторонний сервис отключён
# The third-party login is already linked to an account.
account-already-connected = Этот сторонний аккаунт уже привязан, повторная привязка невозможна
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = К вашему аккаунту не привязаны ни электронная почта, ни номер телефона. Если отвязать сторонний аккаунт, вы не сможете войти, поэтому отвязка недоступна

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
wallet-unavailable = Кошелёк аккаунта не существует или заблокирован
wallet-password-incorrect = Неверный пароль кошелька
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = Кошелёк другой стороны не существует или заблокирован
# The wallet balance cannot be used to pay (for example it is frozen).
wallet-payment-not-allowed = Баланс кошелька нельзя использовать для оплаты
counterparty-payment-not-allowed = Баланс кошелька другой стороны нельзя использовать для оплаты
# After the transaction the balance would break the wallet's limits.
wallet-closing-balance-mismatch = После операции баланс выйдет за пределы ограничений кошелька
counterparty-closing-balance-mismatch = После операции баланс кошелька другой стороны выйдет за пределы его ограничений
