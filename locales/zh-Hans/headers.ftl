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
headers-error = 请求头错误

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = 平台 ID 不存在
platform-id-key-mismatch = 平台 ID 与密钥不匹配
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = 平台 ID 与账号或用户不匹配

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = 版本不存在
version-key-mismatch = 版本与密钥不匹配

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = App ID 不存在或已停用
signature-invalid = 签名错误
signature-expired = 签名已过期
# "Key" is the App ID's API key.
key-not-authorized = 该密钥无权请求此接口
# A read-only key may only call read endpoints.
read-only-key-not-authorized = 只读密钥无权请求此接口

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = 语言标签不正确
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = 时区不正确

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = 账号未登录，无法使用（AID 为空）
# The account given in the request is wrong, or no such account exists.
account-record-not-found = 账号有误或不存在
# A login token proves that the client is signed in.
account-token-missing = 登录凭证缺失，请重新登录（Token 为空）
account-token-expired = 登录凭证已失效，请重新登录（Token 未启用或已过期）
account-token-incorrect = 账号登录凭证错误或不存在（账号 Token 有误）

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = 用户未登录，无法使用（UID 为空）
# The user given in the request is wrong, or no such user exists.
user-record-not-found = 用户有误或不存在
user-token-incorrect = 用户登录凭证错误或不存在（用户 Token 有误）

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = 缺少设备信息（Device Info 为空）
device-info-malformed = 设备信息格式错误
device-info-missing-ip = 设备信息中缺少 IP 信息
