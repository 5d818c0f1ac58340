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
parameter-error = पैरामीटर त्रुटि
# A required request parameter was not sent.
parameter-missing = पैरामीटर मौजूद नहीं है (आवश्यक पैरामीटर नहीं भेजे गए)
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = पैरामीटर का मान आवश्यकताओं के अनुरूप नहीं है (मान अनुमत मानों में से नहीं है)
parameter-not-json-array = पैरामीटर का मान मान्य JSON ऐरे फ़ॉर्मैट में नहीं है
parameter-not-json-object = पैरामीटर का मान मान्य JSON ऑब्जेक्ट फ़ॉर्मैट में नहीं है
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = दो वैकल्पिक पैरामीटर में से केवल एक ही भेजा जा सकता है
