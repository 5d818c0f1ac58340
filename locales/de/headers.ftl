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
headers-error = Fehler in den Anfrage-Headern

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = Die Plattform-ID existiert nicht
platform-id-key-mismatch = Plattform-ID und Schlüssel passen nicht zusammen
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = Die Plattform-ID passt nicht zum Konto oder Benutzer

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = Die Version existiert nicht
version-key-mismatch = Version und Schlüssel passen nicht zusammen

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = Die App-ID existiert nicht oder ist deaktiviert
signature-invalid = Die Signatur ist ungültig
signature-expired = Die Signatur ist abgelaufen
# "Key" is the App ID's API key.
key-not-authorized = Dieser Schlüssel ist nicht berechtigt, diese Schnittstelle aufzurufen
# A read-only key may only call read endpoints.
read-only-key-not-authorized = Schlüssel mit reinem Lesezugriff dürfen diese Schnittstelle nicht aufrufen

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = Der Sprachcode ist ungültig
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = Die Zeitzone ist ungültig

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = Sie sind mit keinem Konto angemeldet. Die Nutzung ist nicht möglich (AID ist leer)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = Das Konto existiert nicht oder ist ungültig
# A login token proves that the client is signed in.
account-token-missing = Das Anmelde-Token fehlt. Bitte melden Sie sich erneut an (Token ist leer)
account-token-expired = Das Anmelde-Token ist nicht mehr gültig. Bitte melden Sie sich erneut an (Token deaktiviert oder abgelaufen)
account-token-incorrect = Das Anmelde-Token des Kontos ist falsch oder existiert nicht (Konto-Token ist falsch)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = Sie sind mit keinem Benutzer angemeldet. Die Nutzung ist nicht möglich (UID ist leer)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = Der Benutzer existiert nicht oder ist ungültig
user-token-incorrect = Das Anmelde-Token des Benutzers ist falsch oder existiert nicht (Benutzer-Token ist falsch)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = Keine Geräteinformationen vorhanden (Device Info ist leer)
device-info-malformed = Die Geräteinformationen haben ein ungültiges Format
device-info-missing-ip = In den Geräteinformationen fehlt die IP-Adresse
