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
headers-error = 請求標頭錯誤

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = 平台 ID 不存在
platform-id-key-mismatch = 平台 ID 與金鑰不相符
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = 平台 ID 與帳號或使用者不相符

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = 版本不存在
version-key-mismatch = 版本與金鑰不相符

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = App ID 不存在或已停用
signature-invalid = 簽章錯誤
signature-expired = 簽章已過期
# "Key" is the App ID's API key.
key-not-authorized = 此金鑰無權請求此 API
# A read-only key may only call read endpoints.
read-only-key-not-authorized = 唯讀金鑰無權請求此 API

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = 語言標籤不正確
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = 時區不正確

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = 帳號尚未登入，無法使用（AID 為空）
# The account given in the request is wrong, or no such account exists.
account-record-not-found = 帳號有誤或不存在
# A login token proves that the client is signed in.
account-token-missing = 找不到登入憑證，請重新登入（Token 為空）
account-token-expired = 登入憑證已失效，請重新登入（Token 未啟用或已過期）
account-token-incorrect = 帳號登入憑證錯誤或不存在（帳號 Token 有誤）

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = 使用者尚未登入，無法使用（UID 為空）
# The user given in the request is wrong, or no such user exists.
user-record-not-found = 使用者有誤或不存在
user-token-incorrect = 使用者登入憑證錯誤或不存在（使用者 Token 有誤）

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = 缺少裝置資訊（Device Info 為空）
device-info-malformed = 裝置資訊格式錯誤
device-info-missing-ip = 裝置資訊中缺少 IP 資訊
