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
headers-error = Erreur dans les en-têtes de la requête

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = Cet ID de plateforme n’existe pas
platform-id-key-mismatch = L’ID de plateforme et la clé ne correspondent pas
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = L’ID de plateforme ne correspond pas au compte ou à l’utilisateur

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = Cette version n’existe pas
version-key-mismatch = La version et la clé ne correspondent pas

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = Cet App ID n’existe pas ou a été désactivé
signature-invalid = Signature non valide
signature-expired = La signature a expiré
# "Key" is the App ID's API key.
key-not-authorized = Cette clé n’est pas autorisée à appeler cette interface
# A read-only key may only call read endpoints.
read-only-key-not-authorized = Une clé en lecture seule n’est pas autorisée à appeler cette interface

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = Étiquette de langue incorrecte
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = Fuseau horaire incorrect

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = Compte non connecté : action impossible (AID vide)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = Compte incorrect ou inexistant
# A login token proves that the client is signed in.
account-token-missing = Jeton de connexion manquant. Veuillez vous reconnecter (Token vide)
account-token-expired = Ce jeton de connexion n’est plus valide. Veuillez vous reconnecter (Token désactivé ou expiré)
account-token-incorrect = Le jeton de connexion du compte est incorrect ou n’existe pas (Token de compte incorrect)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = Utilisateur non connecté : action impossible (UID vide)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = Utilisateur incorrect ou inexistant
user-token-incorrect = Le jeton de connexion de l’utilisateur est incorrect ou n’existe pas (Token d’utilisateur incorrect)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = Informations sur l’appareil manquantes (Device info vide)
device-info-malformed = Format des informations sur l’appareil incorrect
device-info-missing-ip = L’adresse IP est absente des informations sur l’appareil
