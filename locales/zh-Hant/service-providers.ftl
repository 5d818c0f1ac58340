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
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = 服務供應商的設定參數為空
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = 儲存服務供應商設定異常，暫時無法上傳檔案

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = ID 有誤或紀錄不存在
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = 資料異常：查詢失敗或資料重複
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = 紀錄已過期失效，請再試一次
# The one-time record was already used; the client may request a new one.
record-used-retry = 紀錄已使用過，請再試一次
# The one-time record was already used and cannot be used again.
record-used-up = 紀錄已使用過，無法再次使用
# The one-time record exists but holds no data.
record-content-empty = 紀錄內容為空

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = 服務供應商沒有回應
service-provider-failed = 服務供應商處理失敗
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = 回呼錯誤：資料遺失或紀錄有誤
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = 執行異常：檔案遺失或紀錄有誤
