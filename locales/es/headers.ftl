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
headers-error = Error en los encabezados de la solicitud

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = El ID de plataforma no existe
platform-id-key-mismatch = El ID de plataforma y la clave no coinciden
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = El ID de plataforma no coincide con la cuenta o el usuario

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = La versión no existe
version-key-mismatch = La versión y la clave no coinciden

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = El App ID no existe o está desactivado
signature-invalid = Firma no válida
signature-expired = La firma ha caducado
# "Key" is the App ID's API key.
key-not-authorized = Esta clave no tiene permiso para llamar a esta interfaz
# A read-only key may only call read endpoints.
read-only-key-not-authorized = Una clave de solo lectura no tiene permiso para llamar a esta interfaz

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = Etiqueta de idioma incorrecta
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = Zona horaria incorrecta

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = No ha iniciado sesión en su cuenta; no se puede continuar (AID vacío)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = La cuenta es incorrecta o no existe
# A login token proves that the client is signed in.
account-token-missing = Falta el token de inicio de sesión. Vuelva a iniciar sesión (token vacío)
account-token-expired = El token de inicio de sesión ya no es válido. Vuelva a iniciar sesión (token desactivado o caducado)
account-token-incorrect = El token de inicio de sesión de la cuenta es incorrecto o no existe (token de cuenta incorrecto)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = No ha iniciado sesión con ningún usuario; no se puede continuar (UID vacío)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = El usuario es incorrecto o no existe
user-token-incorrect = El token de inicio de sesión del usuario es incorrecto o no existe (token de usuario incorrecto)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = Falta la información del dispositivo (Device info vacío)
device-info-malformed = El formato de la información del dispositivo es incorrecto
device-info-missing-ip = Falta la dirección IP en la información del dispositivo
