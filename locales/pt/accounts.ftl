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
    .detailed = A senha deve ter de { NUMBER($min) } a { $max ->
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
# The account and either its password or a verify code must be given.
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
account-password-incorrect = Senha da conta incorreta
account-or-password-incorrect = Conta ou senha incorretas
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Você excedeu o limite de tentativas. Tente fazer login novamente em { DURATION($wait) }
account-banned = Esta conta foi banida
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Esta conta foi encerrada

## Bound email, phone and connects

email-already-bound = Já existe um e-mail vinculado a esta conta
phone-already-bound = Já existe um número de celular vinculado a esta conta
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
connect-token-exists = Erro ao conectar a conta (o token de conexão já existe)
# The third-party login service has been disabled by the administrator.
connect-token-disabled = A conexão com este serviço de terceiros foi desativada
# The third-party login is already linked to an account.
account-already-connected = Esta conexão já está vinculada a uma conta e não pode ser conectada novamente
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = Sua conta não tem e-mail nem número de celular vinculados. Se você remover esta conexão, não terá mais como fazer login, por isso não é possível removê-la

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
wallet-unavailable = A carteira da conta não existe ou foi bloqueada
wallet-password-incorrect = Senha da carteira incorreta
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = A carteira da outra parte não existe ou foi bloqueada
# The wallet balance cannot be used to pay (for example it is frozen).
wallet-payment-not-allowed = O saldo da carteira não pode ser usado para pagamentos
counterparty-payment-not-allowed = O saldo da carteira da outra parte não pode ser usado para pagamentos
# After the transaction the balance would break the wallet's limits.
wallet-closing-balance-mismatch = O saldo final não respeita os limites da carteira
counterparty-closing-balance-mismatch = O saldo final da outra parte não respeita os limites da carteira
