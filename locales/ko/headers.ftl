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
headers-error = 요청 헤더에 오류가 있습니다.

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = 플랫폼 ID가 존재하지 않습니다.
platform-id-key-mismatch = 플랫폼 ID와 키가 일치하지 않습니다.
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = 플랫폼 ID가 계정 또는 사용자와 일치하지 않습니다.

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = 클라이언트 버전이 존재하지 않습니다.
version-key-mismatch = 클라이언트 버전과 키가 일치하지 않습니다.

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = App ID가 존재하지 않거나 비활성화되었습니다.
signature-invalid = 서명이 올바르지 않습니다.
signature-expired = 서명이 만료되었습니다.
# "Key" is the App ID's API key.
key-not-authorized = 이 키에는 해당 API를 요청할 권한이 없습니다.
# A read-only key may only call read endpoints.
read-only-key-not-authorized = 읽기 전용 키로는 해당 API를 요청할 수 없습니다.

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = 언어 태그가 올바르지 않습니다.
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = 시간대가 올바르지 않습니다.

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = 계정에 로그인되어 있지 않아 사용할 수 없습니다(AID가 비어 있음).
# The account given in the request is wrong, or no such account exists.
account-record-not-found = 계정이 올바르지 않거나 존재하지 않습니다.
# A login token proves that the client is signed in.
account-token-missing = 로그인 토큰이 없습니다(Token이 비어 있음). 다시 로그인해 주세요.
account-token-expired = 로그인 토큰이 더 이상 유효하지 않습니다(Token이 비활성화되었거나 만료됨). 다시 로그인해 주세요.
account-token-incorrect = 계정 로그인 토큰이 올바르지 않거나 존재하지 않습니다(Account Token 오류).

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = 사용자로 로그인되어 있지 않아 사용할 수 없습니다(UID가 비어 있음).
# The user given in the request is wrong, or no such user exists.
user-record-not-found = 사용자가 올바르지 않거나 존재하지 않습니다.
user-token-incorrect = 사용자 로그인 토큰이 올바르지 않거나 존재하지 않습니다(User Token 오류).

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = 기기 정보가 없습니다(Device Info가 비어 있음).
device-info-malformed = 기기 정보의 형식이 올바르지 않습니다.
device-info-missing-ip = 기기 정보에 IP 정보가 없습니다.
