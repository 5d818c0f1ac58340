### System and site (33xxx)
###
### Errors from site-wide settings: disabled interfaces, private mode, verify codes, banned words and IP checks.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Interfaces and site mode

# The administrator turned this API endpoint (a function of the site, such as deleting one's account)
# or this API version off.
interface-disabled = このインターフェースまたはバージョンはシステムにより無効化されているため、リクエストできません。
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = プライベートモードでは、このインターフェースへのリクエストは禁止されています。
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = サイトモードの設定にエラーがあります。

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = 認証コードのテンプレートが利用できないか、存在しません。
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = 認証コードのリクエストが多すぎます。しばらくしてからもう一度お試しください。
    .detailed = 認証コードのリクエストが多すぎます。{ DURATION($wait) }後にもう一度お試しください。
verify-code-empty = 認証コードを入力してください。
verify-code-incorrect = 認証コードが正しくないか、有効期限が切れています。

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = コンテンツにシステムの禁止ワードが含まれています。修正してから送信してください。
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = コンテンツの文字数がシステムの上限を超えています。短くしてからもう一度送信してください。
    .detailed = コンテンツの文字数がシステムの上限（{ NUMBER($max) }文字）を超えています。短くしてからもう一度送信してください。

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = IPエラー：有効なIPアドレスではありません。
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = IPに異常があるため、詳細情報を取得できません。
ip-details-unavailable = このIPの詳細情報を取得できません。
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = このIPはブロックされているため、サービスをご利用いただけません。
# The location (region) of the IP address is unknown.
ip-unknown = IPアドレスの所在地は不明です。
