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
parameter-error = Erro de parâmetro
# A required request parameter was not sent.
parameter-missing = Parâmetro ausente (parâmetros obrigatórios não foram enviados)
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = O valor do parâmetro não atende aos requisitos (não é um dos valores permitidos)
parameter-not-json-array = O valor do parâmetro não é um array JSON válido
parameter-not-json-object = O valor do parâmetro não é um objeto JSON válido
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = Informe apenas um dos dois parâmetros alternativos, não ambos
