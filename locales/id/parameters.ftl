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
parameter-error = Kesalahan parameter
# A required request parameter was not sent.
parameter-missing = Parameter tidak lengkap (parameter wajib tidak dikirim)
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = Nilai parameter tidak memenuhi syarat (bukan salah satu nilai yang ditentukan)
parameter-not-json-array = Nilai parameter bukan array JSON yang valid
parameter-not-json-object = Nilai parameter bukan objek JSON yang valid
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = Hanya salah satu dari dua parameter pilihan yang boleh dikirim, bukan keduanya
