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

email-format-incorrect = El formato del correo electrónico es incorrecto
phone-format-incorrect = El formato del número de teléfono es incorrecto
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = El prefijo telefónico del país es incorrecto
new-password-mismatch = Las dos contraseñas nuevas introducidas no coinciden
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = La longitud de la contraseña es incorrecta
    .detailed =
        La contraseña debe tener entre { NUMBER($min) } y { $max ->
            [one] { NUMBER($max) } carácter
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
password-needs-number = La contraseña debe incluir números
password-needs-lowercase = La contraseña debe incluir letras minúsculas
password-needs-uppercase = La contraseña debe incluir letras mayúsculas
password-needs-symbol = La contraseña debe incluir símbolos
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = No se admiten correos electrónicos de este dominio
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = Debe indicar la cuenta y la contraseña o el código de verificación

## Registration

# The administrator closed this way of signing up.
registration-closed = Esta vía de registro se ha cerrado y ya no se pueden crear cuentas a través de ella
email-registration-not-supported = No se admite el registro con correo electrónico
phone-registration-not-supported = No se admite el registro con número de teléfono
account-already-registered = Esta cuenta ya está registrada
email-already-used = Este correo electrónico ya está en uso
phone-already-used = Este número de teléfono ya está en uso

## Login

account-not-found = La cuenta no existe
email-not-found = Este correo electrónico no está asociado a ninguna cuenta
phone-not-found = Este número de teléfono no está asociado a ninguna cuenta
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = La contraseña de la cuenta es incorrecta
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = La cuenta o la contraseña son incorrectas
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Ha superado el número máximo de intentos fallidos. Vuelva a iniciar sesión dentro de { DURATION($wait) }
# The administrator has disabled this account.
account-banned = Esta cuenta ha sido suspendida
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Esta cuenta ha sido eliminada

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = La cuenta ya tiene un correo electrónico vinculado
# The account already has a phone number bound to it.
phone-already-bound = La cuenta ya tiene un número de teléfono vinculado
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = Error de conexión de terceros (el token de conexión ya existe)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = La conexión de terceros con este servicio está desactivada
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = Esta conexión de terceros ya está vinculada a una cuenta y no se puede volver a vincular
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = Su cuenta no tiene correo electrónico ni número de teléfono: si desvincula esta conexión de terceros, no podrá volver a iniciar sesión. Por eso no se permite desvincularla

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = La cartera de la cuenta no existe o ha sido bloqueada
wallet-password-incorrect = La contraseña de la cartera es incorrecta
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = La cartera de la otra parte no existe o ha sido bloqueada
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = El saldo disponible de la cartera es insuficiente
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = El saldo disponible de la cartera de la otra parte es insuficiente
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = El saldo de la cartera no coincide con el saldo final de su última transacción
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = El saldo de la cartera de la otra parte no coincide con el saldo final de su última transacción
