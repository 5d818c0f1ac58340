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
service-provider-not-configured = サービスプロバイダーが設定されていません。
service-provider-not-found = サービスプロバイダーが存在しません。
service-provider-disabled = サービスプロバイダーが有効になっていません。
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = サービスプロバイダーの設定パラメーターが空です。
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = ストレージサービスプロバイダーの設定に異常があるため、現在ファイルをアップロードできません。

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = IDが正しくないか、レコードが存在しません。
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = データに異常があります（取得に失敗したか、データが重複しています）。
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = レコードの有効期限が切れています。もう一度お試しください。
# The one-time record was already used; the client may request a new one.
record-used-retry = このレコードは使用済みです。もう一度お試しください。
# The one-time record was already used and cannot be used again.
record-used-up = このレコードは使用済みのため、再度使用することはできません。
# The one-time record exists but holds no data.
record-content-empty = レコードの内容が空です。

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = サービスプロバイダーから応答がありません。
service-provider-failed = サービスプロバイダーでの処理に失敗しました。
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = コールバックエラー：データが失われたか、レコードが正しくありません。
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = 実行エラー：ファイルが失われたか、レコードが正しくありません。
