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
parameter-error = Parameter error
# A required request parameter was not sent.
parameter-missing = Parameter missing error (mandatory parameters not passed)
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = Parameter values do not meet the requirements (The parameter value is not the specified parameter value)
parameter-not-json-array = The parameter value is not in a valid Json array format
parameter-not-json-object = The parameter value is not in a valid Json object format
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = The two-choice parameter value cannot be passed to both parameters
