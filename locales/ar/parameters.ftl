### Request parameters (30xxx)
###
### Errors about the parameters of an API request: missing, malformed or conflicting values.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Parameters

parameter-error = خطأ في المعاملات
parameter-missing = معاملات مفقودة (لم تُمرَّر المعاملات الإلزامية)
parameter-value-invalid = قيم المعاملات لا تستوفي المتطلبات (قيمة المعامل ليست من القيم المحددة)
parameter-not-json-array = قيمة المعامل ليست مصفوفة JSON صالحة
parameter-not-json-object = قيمة المعامل ليست كائن JSON صالحًا
# Some endpoints take either of two parameters (for example a group ID or a group name). This error means the client sent both.
parameter-both-choices-passed = لا يمكن تمرير المعاملين البديلين معًا، يجب تمرير أحدهما فقط
