### Service providers and records (32xxx)
###
### Errors from service providers (plugins that send SMS, store files, take payments, and so on)
### and about stored records such as one-time tokens.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Service providers

# A service provider is a plugin that provides a service: SMS, email, file storage, payment, …
service-provider-not-configured = لم يتم إعداد مزوّد خدمة
service-provider-not-found = مزوّد الخدمة غير موجود
service-provider-disabled = مزوّد الخدمة غير مفعّل
service-provider-config-empty = معاملات إعداد مزوّد الخدمة فارغة
# The storage service provider is the plugin that stores uploaded files.
storage-provider-unavailable = خلل في إعداد مزوّد خدمة التخزين، يتعذّر رفع الملفات مؤقتًا

## Records

# A record is a stored item such as a one-time token or a verify code.
record-not-found = المعرّف غير صحيح أو السجل غير موجود
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = بيانات غير طبيعية: فشل الاستعلام أو توجد بيانات مكررة
record-expired = انتهت صلاحية السجل ولم يعد صالحًا. يُرجى المحاولة مرة أخرى
# The one-time record was already used; the client may request a new one.
record-used-retry = سبق استخدام هذا السجل. يُرجى المحاولة مرة أخرى
# The one-time record was already used and cannot be used again.
record-used-up = سبق استخدام هذا السجل، ولا يمكن استخدامه مجددًا
record-content-empty = محتوى السجل فارغ

## Service provider execution

service-provider-no-response = لا توجد استجابة من مزوّد الخدمة
service-provider-failed = فشلت المعالجة لدى مزوّد الخدمة
# A plugin called back into Fresns with missing or wrong data.
callback-data-lost = خطأ في الاستدعاء الراجع: البيانات مفقودة أو السجل غير صحيح
# A plugin task failed because a file or record was missing.
execution-file-lost = خلل في التنفيذ: الملف مفقود أو السجل غير صحيح
