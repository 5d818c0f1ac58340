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
interface-disabled = 此 API 或版本已被系統停用，無法請求
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = 私人模式下禁止請求此 API
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = 網站模式設定錯誤

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = 驗證碼範本無法使用或不存在
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = 驗證碼傳送過於頻繁，請稍後再試
    .detailed = 驗證碼傳送過於頻繁，請於 { DURATION($wait) }後再試
verify-code-empty = 驗證碼不能為空
verify-code-incorrect = 驗證碼錯誤或已過期

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = 內容含有系統禁用字詞，請修改後再送出
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = 內容長度超過系統限制，請刪減後重新送出
    .detailed = 內容長度超過系統限制（最多 { NUMBER($max) } 個字），請刪減後重新送出

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = IP 錯誤，不是有效的 IP 位址
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = IP 異常，無法取得詳細資訊
ip-details-unavailable = 無法查詢此 IP 的詳細資訊
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = 此 IP 已被封鎖，系統無法提供服務
# The location (region) of the IP address is unknown.
ip-unknown = IP 位置不明
