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
headers-error = Errore nelle intestazioni della richiesta

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = L'ID piattaforma non esiste
platform-id-key-mismatch = L'ID piattaforma e la chiave non corrispondono
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = L'ID piattaforma non corrisponde all'account o all'utente

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = La versione non esiste
version-key-mismatch = La versione e la chiave non corrispondono

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = L'App ID non esiste o è disattivato
signature-invalid = Firma non valida
signature-expired = Firma scaduta
# "Key" is the App ID's API key.
key-not-authorized = La chiave non è autorizzata a chiamare questa interfaccia
# A read-only key may only call read endpoints.
read-only-key-not-authorized = Le chiavi di sola lettura non sono autorizzate a chiamare questa interfaccia

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = Codice lingua non valido
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = Fuso orario non valido

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = Accesso all'account non effettuato: impossibile procedere (AID vuoto)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = L'account non esiste o non è valido
# A login token proves that the client is signed in.
account-token-missing = Token di accesso mancante. Effettuare di nuovo l'accesso (Token vuoto)
account-token-expired = Il token di accesso non è più valido. Effettuare di nuovo l'accesso (Token non attivo o scaduto)
account-token-incorrect = Il token di accesso dell'account non è corretto o non esiste (Token dell'account non corretto)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = Accesso utente non effettuato: impossibile procedere (UID vuoto)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = L'utente non esiste o non è valido
user-token-incorrect = Il token di accesso dell'utente non è corretto o non esiste (Token dell'utente non corretto)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = Informazioni sul dispositivo non disponibili (Device info vuoto)
device-info-malformed = Formato delle informazioni sul dispositivo non valido
device-info-missing-ip = Nelle informazioni sul dispositivo manca l'indirizzo IP
