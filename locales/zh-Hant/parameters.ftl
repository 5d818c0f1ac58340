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
parameter-error = 參數錯誤
# A required request parameter was not sent.
parameter-missing = 缺少參數（未傳入必填參數）
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = 參數值不符合要求（不是指定的參數值）
parameter-not-json-array = 參數值不是有效的 JSON 陣列格式
parameter-not-json-object = 參數值不是有效的 JSON 物件格式
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = 二選一的參數不能同時傳入
