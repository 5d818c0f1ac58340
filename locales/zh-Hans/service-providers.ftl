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
service-provider-config-empty = 服务商配置参数为空
# The storage service provider is the plugin that stores uploaded files.
storage-provider-unavailable = 存储服务商配置异常，暂时无法上传文件

## Records

# A record is a stored item such as a one-time token or a verify code.
record-not-found = ID 有误或记录不存在
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = 数据异常：查询失败或数据重复
record-expired = 记录已过期失效，请重试
# The one-time record was already used; the client may request a new one.
record-used-retry = 记录已被使用，请重试
# The one-time record was already used and cannot be used again.
record-used-up = 记录已被使用，无法再次使用
record-content-empty = 记录内容为空

## Service provider execution

service-provider-no-response = 服务商无响应
service-provider-failed = 服务商处理失败
# A plugin called back into Fresns with missing or wrong data.
callback-data-lost = 回调错误：数据丢失或记录有误
# A plugin task failed because a file or record was missing.
execution-file-lost = 执行异常：文件丢失或记录有误
