### Request headers (31xxx)
###
### Errors about the headers every Fresns API request carries: the platform, the client version,
### the App ID and its key, the signature, the language and time zone, login tokens and device info.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Headers

# Generic error about the request headers.
headers-error = Erro nos cabeçalhos da solicitação

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = O ID da plataforma não existe
platform-id-key-mismatch = O ID da plataforma não corresponde à chave
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = O ID da plataforma não corresponde à conta ou ao usuário

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = A versão não existe
version-key-mismatch = A versão não corresponde à chave

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = O App ID não existe ou está desativado
signature-invalid = Assinatura inválida
signature-expired = Assinatura expirada
# "Key" is the App ID's API key.
key-not-authorized = A chave não tem permissão para acessar esta interface
# A read-only key may only call read endpoints.
read-only-key-not-authorized = Chaves somente leitura não têm permissão para acessar esta interface

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = Tag de idioma inválida
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = Fuso horário inválido

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = Você não fez login na conta e não pode continuar (AID vazio)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = A conta não existe ou é inválida
# A login token proves that the client is signed in.
account-token-missing = O token de login está ausente. Faça login novamente (token vazio)
account-token-expired = O token de login não é mais válido. Faça login novamente (token desativado ou expirado)
account-token-incorrect = O token de login da conta está incorreto ou não existe (token da conta incorreto)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = Você não fez login com um usuário e não pode continuar (UID vazio)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = O usuário não existe ou é inválido
user-token-incorrect = O token de login do usuário está incorreto ou não existe (token do usuário incorreto)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = As informações do dispositivo não estão disponíveis (informações do dispositivo vazias)
device-info-malformed = Formato inválido das informações do dispositivo
device-info-missing-ip = O IP não consta nas informações do dispositivo
