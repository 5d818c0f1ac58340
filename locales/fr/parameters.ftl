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
parameter-error = Erreur de paramètre
# A required request parameter was not sent.
parameter-missing = Paramètre manquant (un paramètre obligatoire n’a pas été transmis)
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = Valeur de paramètre non conforme (la valeur ne fait pas partie des valeurs autorisées)
parameter-not-json-array = La valeur du paramètre n’est pas un tableau JSON valide
parameter-not-json-object = La valeur du paramètre n’est pas un objet JSON valide
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = Ces deux paramètres s’excluent mutuellement : n’en transmettez qu’un seul
