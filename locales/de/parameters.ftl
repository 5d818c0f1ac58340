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
parameter-error = Parameterfehler
# A required request parameter was not sent.
parameter-missing = Fehlender Parameter (Pflichtparameter wurden nicht übergeben)
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = Ungültiger Parameterwert (der Wert gehört nicht zu den zulässigen Werten)
parameter-not-json-array = Der Parameterwert ist kein gültiges JSON-Array
parameter-not-json-object = Der Parameterwert ist kein gültiges JSON-Objekt
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = Von zwei alternativen Parametern darf nur einer übergeben werden
