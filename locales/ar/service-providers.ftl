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
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = معلمات إعداد مزوّد الخدمة فارغة
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = خلل في إعداد مزوّد خدمة التخزين، يتعذّر رفع الملفات مؤقتًا

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = المعرّف غير صحيح أو غير موجود
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = بيانات غير طبيعية: فشل الاستعلام أو توجد بيانات مكررة
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = انتهت صلاحية السجل ولم يعد صالحًا. يُرجى المحاولة مرة أخرى
# The one-time record was already used; the client may request a new one.
record-used-retry = سبق استخدام هذا السجل. يُرجى المحاولة مرة أخرى
# The one-time record was already used and cannot be used again.
record-used-up = سبق استخدام هذا السجل، ولا يمكن استخدامه مجددًا
# The one-time record exists but holds no data.
record-content-empty = محتوى السجل فارغ

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = لا توجد استجابة من مزوّد الخدمة
service-provider-failed = فشلت المعالجة لدى مزوّد الخدمة
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = خطأ في الاستدعاء الراجع: البيانات مفقودة أو السجل غير صحيح
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = خلل في التنفيذ: الملف مفقود أو السجل غير صحيح
