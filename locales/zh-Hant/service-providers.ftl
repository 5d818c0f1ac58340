### Service providers and records (32xxx)
###
### Errors from service providers (plugins that send SMS, store files, take payments, and so on)
### and about stored records such as one-time tokens.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Service providers

# A service provider is a plugin that provides a service: SMS, email, file storage, payment, …
service-provider-not-configured = 尚未設定服務供應商
service-provider-not-found = 此服務供應商不存在
service-provider-disabled = 此服務供應商未啟用
service-provider-config-empty = 服務供應商的設定參數為空
# The storage service provider is the plugin that stores uploaded files.
storage-provider-unavailable = 儲存服務供應商設定異常，暫時無法上傳檔案

## Records

# A record is a stored item such as a one-time token or a verify code.
record-not-found = ID 有誤或紀錄不存在
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = 資料異常：查詢失敗或資料重複
record-expired = 紀錄已過期失效，請再試一次
# The one-time record was already used; the client may request a new one.
record-used-retry = 紀錄已使用過，請再試一次
# The one-time record was already used and cannot be used again.
record-used-up = 紀錄已使用過，無法再次使用
record-content-empty = 紀錄內容為空

## Service provider execution

service-provider-no-response = 服務供應商沒有回應
service-provider-failed = 服務供應商處理失敗
# A plugin called back into Fresns with missing or wrong data.
callback-data-lost = 回呼錯誤：資料遺失或紀錄有誤
# A plugin task failed because a file or record was missing.
execution-file-lost = 執行異常：檔案遺失或紀錄有誤
