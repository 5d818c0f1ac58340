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

email-format-incorrect = Formato de e-mail inválido
phone-format-incorrect = Formato de número de celular inválido
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = Código de país (DDI) inválido
new-password-mismatch = As duas senhas novas digitadas não coincidem
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = Tamanho de senha inválido
    .detailed =
        A senha deve ter de { NUMBER($min) } a { $max ->
            [one] { NUMBER($max) } caractere
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }
password-needs-number = A senha deve conter números
password-needs-lowercase = A senha deve conter letras minúsculas
password-needs-uppercase = A senha deve conter letras maiúsculas
password-needs-symbol = A senha deve conter símbolos
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = Este domínio de e-mail não é aceito
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = Informe a conta e a senha ou o código de verificação

## Registration

# The administrator closed this way of signing up.
registration-closed = Esta forma de cadastro foi desativada e não é possível criar contas por ela
email-registration-not-supported = Não é possível se cadastrar com e-mail
phone-registration-not-supported = Não é possível se cadastrar com número de celular
account-already-registered = Esta conta já está cadastrada
email-already-used = Este e-mail já está em uso
phone-already-used = Este número de celular já está em uso

## Login

account-not-found = Conta não encontrada
email-not-found = E-mail não encontrado
phone-not-found = Número de celular não encontrado
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = Senha da conta incorreta
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = Conta ou senha incorretas
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Você excedeu o limite de tentativas. Tente fazer login novamente em { DURATION($wait) }
# The administrator has disabled this account.
account-banned = Esta conta foi banida
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Esta conta foi encerrada

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = Já existe um e-mail vinculado a esta conta
# The account already has a phone number bound to it.
phone-already-bound = Já existe um número de celular vinculado a esta conta
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = Erro ao conectar a conta (o token de conexão já existe)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = A conexão com este serviço de terceiros foi desativada
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = Esta conexão já está vinculada a uma conta e não pode ser conectada novamente
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = Sua conta não tem e-mail nem número de celular vinculados. Se você remover esta conexão, não terá mais como fazer login, por isso não é possível removê-la

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = A carteira da conta não existe ou foi bloqueada
wallet-password-incorrect = Senha da carteira incorreta
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = A carteira da outra parte não existe ou foi bloqueada
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = O saldo disponível da carteira é insuficiente
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = O saldo disponível da carteira da outra parte é insuficiente
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = O saldo da carteira não corresponde ao saldo final da última transação
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = O saldo da carteira da outra parte não corresponde ao saldo final da última transação dela
