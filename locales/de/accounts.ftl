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

email-format-incorrect = Das Format der E-Mail-Adresse ist ungültig
phone-format-incorrect = Das Format der Telefonnummer ist ungültig
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = Die Ländervorwahl ist ungültig
new-password-mismatch = Die beiden eingegebenen neuen Passwörter stimmen nicht überein
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = Die Länge des Passworts ist ungültig
    .detailed =
        Das Passwort muss zwischen { NUMBER($min) } und { $max ->
            [one] { NUMBER($max) } Zeichen
           *[other] { NUMBER($max) } Zeichen
        } lang sein
password-needs-number = Das Passwort muss mindestens eine Ziffer enthalten
password-needs-lowercase = Das Passwort muss mindestens einen Kleinbuchstaben enthalten
password-needs-uppercase = Das Passwort muss mindestens einen Großbuchstaben enthalten
password-needs-symbol = Das Passwort muss mindestens ein Sonderzeichen enthalten
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = E-Mail-Adressen dieser Domain werden nicht unterstützt
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = Konto und Passwort bzw. Bestätigungscode dürfen nicht leer sein

## Registration

# The administrator closed this way of signing up.
registration-closed = Diese Registrierungsmethode wurde deaktiviert. Eine Registrierung auf diesem Weg ist nicht möglich
email-registration-not-supported = Die Registrierung per E-Mail wird nicht unterstützt
phone-registration-not-supported = Die Registrierung per Telefonnummer wird nicht unterstützt
account-already-registered = Dieses Konto ist bereits registriert
email-already-used = Diese E-Mail-Adresse wird bereits verwendet
phone-already-used = Diese Telefonnummer wird bereits verwendet

## Login

account-not-found = Das Konto existiert nicht
email-not-found = Zu dieser E-Mail-Adresse gibt es kein Konto
phone-not-found = Zu dieser Telefonnummer gibt es kein Konto
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = Das Kontopasswort ist falsch
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = Das Konto oder das Passwort ist falsch
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie { DURATION($wait) } und melden Sie sich dann erneut an
# The administrator has disabled this account.
account-banned = Dieses Konto wurde gesperrt
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Dieses Konto wurde gelöscht

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = Es ist bereits eine E-Mail-Adresse hinterlegt
# The account already has a phone number bound to it.
phone-already-bound = Es ist bereits eine Telefonnummer hinterlegt
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = Fehler bei der Kontoverknüpfung (Connect-Token ist bereits vorhanden)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = Die Anmeldung über diesen Drittanbieter wurde deaktiviert
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = Diese Drittanbieter-Anmeldung ist bereits mit einem Konto verknüpft und kann nicht erneut verknüpft werden
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = Für Ihr Konto ist weder eine E-Mail-Adresse noch eine Telefonnummer hinterlegt. Ohne diese Verknüpfung könnten Sie sich nicht mehr anmelden, deshalb kann sie nicht aufgehoben werden

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = Die Wallet des Kontos existiert nicht oder wurde gesperrt
wallet-password-incorrect = Das Wallet-Passwort ist falsch
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = Die Wallet des Transaktionspartners existiert nicht oder wurde gesperrt
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = Das verfügbare Wallet-Guthaben reicht nicht aus
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = Das verfügbare Wallet-Guthaben des Transaktionspartners reicht nicht aus
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = Das Wallet-Guthaben stimmt nicht mit dem Saldo nach der letzten Transaktion überein
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = Das Wallet-Guthaben des Transaktionspartners stimmt nicht mit dem Saldo nach seiner letzten Transaktion überein
