### Request parameters (30xxx)
###
### Errors about the parameters of an API request: missing, malformed or conflicting values.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Parameters

# A request parameter failed validation (wrong type or format).
parameter-error = 参数错误
# A required request parameter was not sent.
parameter-missing = 缺少参数（必填参数未传入）
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = 参数值不符合要求（不是指定的参数值）
parameter-not-json-array = 参数值不是有效的 JSON 数组格式
parameter-not-json-object = 参数值不是有效的 JSON 对象格式
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = 二选一参数不能同时传入
