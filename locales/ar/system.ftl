### System and site (33xxx)
###
### Errors from site-wide settings: disabled interfaces, private mode, verify codes, banned words and IP checks.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Interfaces and site mode

# The administrator turned this API endpoint (a function of the site, such as deleting one's account)
# or this API version off.
interface-disabled = عطّل النظام هذه الواجهة أو هذا الإصدار، ولا يمكن إرسال الطلب إليه
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = لا يُسمح بطلب هذه الواجهة في الوضع الخاص
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = خطأ في إعداد وضع الموقع

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = قالب رمز التحقق غير متاح أو غير موجود
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = طُلب رمز التحقق مرات كثيرة جدًا، يُرجى المحاولة لاحقًا
    .detailed = طُلب رمز التحقق مرات كثيرة جدًا، يُرجى المحاولة مرة أخرى بعد مدة قدرها { DURATION($wait) }
verify-code-empty = لا يمكن ترك رمز التحقق فارغًا
verify-code-incorrect = رمز التحقق غير صحيح أو منتهي الصلاحية

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = يحتوي المحتوى على كلمات محظورة في النظام، يُرجى تعديله قبل الإرسال
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = يتجاوز طول المحتوى الحد المسموح به في النظام، يُرجى اختصاره ثم إرساله مرة أخرى
    .detailed =
        يتجاوز المحتوى الحد الأقصى المسموح به في النظام، وهو { $max ->
            [zero] { NUMBER($max) } حرف
            [one] حرف واحد
            [two] حرفان
            [few] { NUMBER($max) } أحرف
            [many] { NUMBER($max) } حرفًا
           *[other] { NUMBER($max) } حرف
        }، يُرجى اختصاره ثم إرساله مرة أخرى

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = خطأ في عنوان IP، فهو ليس عنوانًا صالحًا
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = عنوان IP غير طبيعي، وتفاصيله غير متوفرة
ip-details-unavailable = يتعذّر الاستعلام عن تفاصيل عنوان IP
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = تم حظر عنوان IP هذا، ولا يمكن للنظام تقديم الخدمة
# The location (region) of the IP address is unknown.
ip-unknown = موقع عنوان IP غير معروف
