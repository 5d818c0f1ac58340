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
parameter-error = 매개변수 오류가 발생했습니다.
# A required request parameter was not sent.
parameter-missing = 매개변수가 누락되었습니다(필수 매개변수가 전달되지 않음).
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = 매개변수 값이 요구 사항에 맞지 않습니다(지정된 값이 아님).
parameter-not-json-array = 매개변수 값이 올바른 JSON 배열 형식이 아닙니다.
parameter-not-json-object = 매개변수 값이 올바른 JSON 객체 형식이 아닙니다.
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = 둘 중 하나만 전달해야 하는 매개변수에 두 값이 모두 전달되었습니다.
