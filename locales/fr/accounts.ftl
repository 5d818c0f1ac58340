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

email-format-incorrect = Format d’adresse e-mail incorrect
phone-format-incorrect = Format de numéro de téléphone incorrect
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = Indicatif pays incorrect
new-password-mismatch = Les deux nouveaux mots de passe saisis ne correspondent pas
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = Longueur du mot de passe incorrecte
    .detailed =
        Le mot de passe doit contenir entre { NUMBER($min) } et { $max ->
            [one] { NUMBER($max) } caractère
            [many] { NUMBER($max) } de caractères
           *[other] { NUMBER($max) } caractères
        }
password-needs-number = Le mot de passe doit contenir des chiffres
password-needs-lowercase = Le mot de passe doit contenir des lettres minuscules
password-needs-uppercase = Le mot de passe doit contenir des lettres majuscules
password-needs-symbol = Le mot de passe doit contenir des caractères spéciaux
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = Les adresses e-mail de ce domaine ne sont pas acceptées
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = Le compte et le mot de passe ou le code de vérification sont obligatoires

## Registration

# The administrator closed this way of signing up.
registration-closed = Ce mode d’inscription a été fermé : il n’est plus possible de créer un compte par ce moyen
email-registration-not-supported = L’inscription par adresse e-mail n’est pas prise en charge
phone-registration-not-supported = L’inscription par numéro de téléphone n’est pas prise en charge
account-already-registered = Ce compte existe déjà
email-already-used = Cette adresse e-mail est déjà utilisée
phone-already-used = Ce numéro de téléphone est déjà utilisé

## Login

account-not-found = Ce compte n’existe pas
email-not-found = Cette adresse e-mail n’est associée à aucun compte
phone-not-found = Ce numéro de téléphone n’est associé à aucun compte
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = Mot de passe du compte incorrect
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = Compte ou mot de passe incorrect
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Trop de tentatives de connexion infructueuses. Veuillez réessayer dans { DURATION($wait) }
# The administrator has disabled this account.
account-banned = Ce compte a été suspendu
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Ce compte a été supprimé

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = Une adresse e-mail est déjà associée à ce compte
# The account already has a phone number bound to it.
phone-already-bound = Un numéro de téléphone est déjà associé à ce compte
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = Erreur de connexion tierce (ce Token tiers existe déjà)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = Ce service de connexion tierce a été désactivé
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = Cette connexion tierce est déjà associée à un compte et ne peut pas être associée une seconde fois
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = Votre compte n’a ni adresse e-mail ni numéro de téléphone : sans cette connexion tierce, vous ne pourriez plus vous connecter. Il n’est donc pas possible de la dissocier

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = Le portefeuille du compte n’existe pas ou a été bloqué
wallet-password-incorrect = Mot de passe du portefeuille incorrect
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = Le portefeuille de l’autre partie n’existe pas ou a été bloqué
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = Le solde disponible du portefeuille est insuffisant
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = Le solde disponible du portefeuille de l’autre partie est insuffisant
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = Le solde du portefeuille ne correspond pas au solde final de sa dernière transaction
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = Le solde du portefeuille de l’autre partie ne correspond pas au solde final de sa dernière transaction
