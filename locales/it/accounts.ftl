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
    .detailed = La password deve contenere da { NUMBER($min) } a { $max ->
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
# The account and either its password or a verify code must be given.
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
account-password-incorrect = Password errata
account-or-password-incorrect = Account o password errati
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Troppi tentativi di accesso non riusciti. Riprovare ad accedere tra { DURATION($wait) }
account-banned = Questo account è stato bloccato
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Questo account è stato eliminato

## Bound email, phone and connects

email-already-bound = All'account è già associato un indirizzo email
phone-already-bound = All'account è già associato un numero di telefono
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
connect-token-exists = Errore di collegamento dell'account (il token di collegamento esiste già)
# The third-party login service has been disabled by the administrator.
connect-token-disabled = Il collegamento con questo servizio di terze parti è disattivato
# The third-party login is already linked to an account.
account-already-connected = Questo accesso di terze parti è già collegato a un account e non può essere collegato di nuovo
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = All'account non è associato né un indirizzo email né un numero di telefono: senza questo collegamento non sarebbe più possibile accedere, pertanto non può essere rimosso

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
wallet-unavailable = Il portafoglio dell'account non esiste o è stato bloccato
wallet-password-incorrect = Password del portafoglio errata
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = Il portafoglio della controparte non esiste o è stato bloccato
# The wallet balance cannot be used to pay (for example it is frozen).
wallet-payment-not-allowed = Il saldo del portafoglio non può essere usato per i pagamenti
counterparty-payment-not-allowed = Il saldo del portafoglio della controparte non può essere usato per i pagamenti
# After the transaction the balance would break the wallet's limits.
wallet-closing-balance-mismatch = Il saldo dopo la transazione non rientra nei limiti del portafoglio
counterparty-closing-balance-mismatch = Il saldo dopo la transazione non rientra nei limiti del portafoglio della controparte
