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
headers-error = Headers Error

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = Platform ID not exist
platform-id-key-mismatch = Platform ID and Key do not match
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = Platform ID does not match the account or user

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = Version not exist
version-key-mismatch = Version and key do not match

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = App ID does not exist or is disabled
signature-invalid = Signature error
signature-expired = Signature expired
# "Key" is the App ID's API key.
key-not-authorized = The key does not have the right to request for the interface
# A read-only key may only call read endpoints.
read-only-key-not-authorized = Read-only key are not entitled to request for the interface

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = Language tag incorrect
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = Timezone incorrect

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = Account not logged in, Unable to use (AID is empty)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = Wrong account or record not exist
# A login token proves that the client is signed in.
account-token-missing = Lost login token, Please login again (Token is empty)
account-token-expired = Login token is no longer valid, please login again (Token not enabled or expired)
account-token-incorrect = Account login token are incorrect or do not exist (Account Token is incorrect)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = User not logged in, Unable to use (UID is empty)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = Wrong user or record not exist
user-token-incorrect = User login token are incorrect or do not exist (User Token is incorrect)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = Device information is not available (Device info is empty)
device-info-malformed = Wrong format of device information
device-info-missing-ip = Missing IP information in device information
