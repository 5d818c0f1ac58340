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
headers-error = リクエストヘッダーにエラーがあります。

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = プラットフォームIDが存在しません。
platform-id-key-mismatch = プラットフォームIDとキーが一致しません。
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = プラットフォームIDがアカウントまたはユーザーと一致しません。

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = バージョンが存在しません。
version-key-mismatch = バージョンとキーが一致しません。

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = App IDが存在しないか、無効になっています。
signature-invalid = 署名が正しくありません。
signature-expired = 署名の有効期限が切れています。
# "Key" is the App ID's API key.
key-not-authorized = このキーには、このインターフェースへのリクエスト権限がありません。
# A read-only key may only call read endpoints.
read-only-key-not-authorized = 読み取り専用のキーには、このインターフェースへのリクエスト権限がありません。

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = 言語タグが正しくありません。
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = タイムゾーンが正しくありません。

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = アカウントにログインしていないため、利用できません（AIDが空です）。
# The account given in the request is wrong, or no such account exists.
account-record-not-found = アカウントの指定が誤っているか、存在しません。
# A login token proves that the client is signed in.
account-token-missing = ログイントークンが見つかりません。もう一度ログインしてください（Tokenが空です）。
account-token-expired = ログイントークンが無効です。もう一度ログインしてください（Tokenが無効か、有効期限が切れています）。
account-token-incorrect = アカウントのログイントークンが正しくないか、存在しません（Account Tokenが正しくありません）。

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = ユーザーとしてログインしていないため、利用できません（UIDが空です）。
# The user given in the request is wrong, or no such user exists.
user-record-not-found = ユーザーの指定が誤っているか、存在しません。
user-token-incorrect = ユーザーのログイントークンが正しくないか、存在しません（User Tokenが正しくありません）。

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = デバイス情報がありません（Device infoが空です）。
device-info-malformed = デバイス情報の形式が正しくありません。
device-info-missing-ip = デバイス情報にIP情報が含まれていません。
