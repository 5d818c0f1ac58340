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
parameter-error = خطأ في المعلمات
# A required request parameter was not sent.
parameter-missing = معلمات مفقودة (لم تُمرَّر المعلمات الإلزامية)
# A parameter was sent, but its value is not one the endpoint accepts.
parameter-value-invalid = قيم المعلمات لا تستوفي المتطلبات (قيمة المعلمة ليست من القيم المحددة)
parameter-not-json-array = قيمة المعلمة ليست مصفوفة JSON صالحة
parameter-not-json-object = قيمة المعلمة ليست كائن JSON صالحًا
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = لا يمكن تمرير المعلمتين البديلتين معًا، يجب تمرير إحداهما فقط
