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
service-provider-not-configured = 未配置服务商
service-provider-not-found = 该服务商不存在
service-provider-disabled = 该服务商未启用
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = 服务商配置参数为空
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = 存储服务商配置异常，暂时无法上传文件

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = ID 有误或记录不存在
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = 数据异常：查询失败或数据重复
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = 记录已过期失效，请重试
# The one-time record was already used; the client may request a new one.
record-used-retry = 记录已被使用，请重试
# The one-time record was already used and cannot be used again.
record-used-up = 记录已被使用，无法再次使用
# The one-time record exists but holds no data.
record-content-empty = 记录内容为空

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = 服务商无响应
service-provider-failed = 服务商处理失败
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = 回调错误：数据丢失或记录有误
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = 执行异常：文件丢失或记录有误
