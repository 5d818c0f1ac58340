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
parameter-error = Errore nei parametri
# A required request parameter was not sent.
parameter-missing = Parametro mancante (non sono stati passati i parametri obbligatori)
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = Valore del parametro non valido (il valore non è tra quelli consentiti)
parameter-not-json-array = Il valore del parametro non è un array JSON valido
parameter-not-json-object = Il valore del parametro non è un oggetto JSON valido
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = Dei due parametri alternativi se ne può passare solo uno
