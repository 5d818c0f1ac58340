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
    .detailed = La contraseña debe tener entre { NUMBER($min) } y { $max ->
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
# The account and either its password or a verify code must be given.
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
account-password-incorrect = La contraseña de la cuenta es incorrecta
account-or-password-incorrect = La cuenta o la contraseña son incorrectas
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Ha superado el número máximo de intentos fallidos. Vuelva a iniciar sesión dentro de { DURATION($wait) }
account-banned = Esta cuenta ha sido suspendida
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Esta cuenta ha sido eliminada

## Bound email, phone and connects

email-already-bound = La cuenta ya tiene un correo electrónico vinculado
phone-already-bound = La cuenta ya tiene un número de teléfono vinculado
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
connect-token-exists = Error de conexión de terceros (el token de conexión ya existe)
# The third-party login service has been disabled by the administrator.
connect-token-disabled = La conexión de terceros con este servicio está desactivada
# The third-party login is already linked to an account.
account-already-connected = Esta conexión de terceros ya está vinculada a una cuenta y no se puede volver a vincular
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = Su cuenta no tiene correo electrónico ni número de teléfono: si desvincula esta conexión de terceros, no podrá volver a iniciar sesión. Por eso no se permite desvincularla

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
wallet-unavailable = La cartera de la cuenta no existe o ha sido bloqueada
wallet-password-incorrect = La contraseña de la cartera es incorrecta
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = La cartera de la otra parte no existe o ha sido bloqueada
# The wallet balance cannot be used to pay (for example it is frozen).
wallet-payment-not-allowed = El saldo de la cartera no se puede usar para realizar pagos
counterparty-payment-not-allowed = El saldo de la cartera de la otra parte no se puede usar para realizar pagos
# After the transaction the balance would break the wallet's limits.
wallet-closing-balance-mismatch = El saldo final no respetaría los límites de la cartera
counterparty-closing-balance-mismatch = El saldo final de la otra parte no respetaría los límites de su cartera
