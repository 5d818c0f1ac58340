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
parameter-error = Error de parámetro
# A required request parameter was not sent.
parameter-missing = Falta un parámetro (no se ha enviado un parámetro obligatorio)
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = El valor del parámetro no cumple los requisitos (no es uno de los valores admitidos)
parameter-not-json-array = El valor del parámetro no es un array JSON válido
parameter-not-json-object = El valor del parámetro no es un objeto JSON válido
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = Estos dos parámetros son excluyentes: envíe solo uno de ellos
