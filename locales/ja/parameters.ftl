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
parameter-error = パラメーターにエラーがあります。
# A required request parameter was not sent.
parameter-missing = パラメーターが不足しています（必須パラメーターが渡されていません）。
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = パラメーターの値が要件を満たしていません（指定された値のいずれでもありません）。
parameter-not-json-array = パラメーターの値が有効なJSON配列の形式ではありません。
parameter-not-json-object = パラメーターの値が有効なJSONオブジェクトの形式ではありません。
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = 二者択一のパラメーターに、両方の値を同時に渡すことはできません。
