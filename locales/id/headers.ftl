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
headers-error = Kesalahan header

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = ID platform tidak ditemukan
platform-id-key-mismatch = ID platform dan kunci tidak cocok
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = ID platform tidak cocok dengan akun atau pengguna

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = Versi tidak ditemukan
version-key-mismatch = Versi dan kunci tidak cocok

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = App ID tidak ada atau telah dinonaktifkan
signature-invalid = Tanda tangan tidak valid
signature-expired = Tanda tangan sudah kedaluwarsa
# "Key" is the App ID's API key.
key-not-authorized = Kunci ini tidak berhak mengakses antarmuka ini
# A read-only key may only call read endpoints.
read-only-key-not-authorized = Kunci hanya-baca tidak berhak mengakses antarmuka ini

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = Tag bahasa tidak valid
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = Zona waktu tidak valid

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = Anda belum masuk ke akun sehingga tidak dapat melanjutkan (AID kosong)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = Akun tidak valid atau tidak ditemukan
# A login token proves that the client is signed in.
account-token-missing = Token login hilang. Silakan masuk kembali (token kosong)
account-token-expired = Token login sudah tidak berlaku. Silakan masuk kembali (token dinonaktifkan atau kedaluwarsa)
account-token-incorrect = Token login akun salah atau tidak ada (token akun salah)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = Anda belum masuk sebagai pengguna sehingga tidak dapat melanjutkan (UID kosong)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = Pengguna tidak valid atau tidak ditemukan
user-token-incorrect = Token login pengguna salah atau tidak ada (token pengguna salah)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = Informasi perangkat tidak tersedia (info perangkat kosong)
device-info-malformed = Format informasi perangkat salah
device-info-missing-ip = Informasi perangkat tidak memuat IP
