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

email-format-incorrect = Formato dell'indirizzo email non valido
phone-format-incorrect = Formato del numero di telefono non valido
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = Prefisso internazionale non valido
new-password-mismatch = Le due nuove password inserite non corrispondono
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = Lunghezza della password non valida
    .detailed =
        La password deve contenere da { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } carattere
            [many] { NUMBER($max) } di caratteri
           *[other] { NUMBER($max) } caratteri
        }
password-needs-number = La password deve contenere almeno un numero
password-needs-lowercase = La password deve contenere almeno una lettera minuscola
password-needs-uppercase = La password deve contenere almeno una lettera maiuscola
password-needs-symbol = La password deve contenere almeno un simbolo
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = Gli indirizzi email di questo dominio non sono supportati
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = È necessario inserire l'account e la password o il codice di verifica

## Registration

# The administrator closed this way of signing up.
registration-closed = Questa modalità di registrazione è stata disattivata: non è possibile registrarsi in questo modo
email-registration-not-supported = La registrazione tramite email non è supportata
phone-registration-not-supported = La registrazione tramite numero di telefono non è supportata
account-already-registered = Questo account è già registrato
email-already-used = Questo indirizzo email è già in uso
phone-already-used = Questo numero di telefono è già in uso

## Login

account-not-found = L'account non esiste
email-not-found = Nessun account associato a questo indirizzo email
phone-not-found = Nessun account associato a questo numero di telefono
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = Password dell'account errata
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = Account o password errati
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Troppi tentativi di accesso non riusciti. Riprovare ad accedere tra { DURATION($wait) }
# The administrator has disabled this account.
account-banned = Questo account è stato bloccato
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Questo account è stato eliminato

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = All'account è già associato un indirizzo email
# The account already has a phone number bound to it.
phone-already-bound = All'account è già associato un numero di telefono
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = Errore di collegamento dell'account (il token di collegamento esiste già)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = Il collegamento con questo servizio di terze parti è disattivato
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = Questo accesso di terze parti è già collegato a un account e non può essere collegato di nuovo
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = All'account non è associato né un indirizzo email né un numero di telefono: senza questo collegamento non sarebbe più possibile accedere, pertanto non può essere rimosso

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = Il portafoglio dell'account non esiste o è stato bloccato
wallet-password-incorrect = Password del portafoglio errata
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = Il portafoglio della controparte non esiste o è stato bloccato
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = Il saldo disponibile del portafoglio non è sufficiente
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = Il saldo disponibile del portafoglio della controparte non è sufficiente
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = Il saldo del portafoglio non corrisponde al saldo finale dell'ultima transazione
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = Il saldo del portafoglio della controparte non corrisponde al saldo finale della sua ultima transazione
