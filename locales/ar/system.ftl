### System and site (33xxx)
###
### Errors from site-wide settings: disabled interfaces, private mode, verify codes, banned words and IP checks.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Interfaces and site mode

# The administrator disabled this API endpoint or API version.
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

# The administrator keeps a list of banned words.
system-banned-words = يحتوي المحتوى على كلمات محظورة في النظام، يُرجى تعديله قبل الإرسال
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = يتجاوز طول المحتوى الحد المسموح به في النظام، يُرجى اختصاره ثم إرساله مرة أخرى
    .detailed = يتجاوز المحتوى الحد الأقصى المسموح به في النظام، وهو { $max ->
        [zero] { NUMBER($max) } حرف
        [one] حرف واحد
        [two] حرفان
        [few] { NUMBER($max) } أحرف
        [many] { NUMBER($max) } حرفًا
       *[other] { NUMBER($max) } حرف
    }، يُرجى اختصاره ثم إرساله مرة أخرى

## IP addresses

ip-invalid = خطأ في عنوان IP، فهو ليس عنوانًا صالحًا
ip-abnormal = عنوان IP غير طبيعي، وتفاصيله غير متوفرة
ip-details-unavailable = يتعذّر الاستعلام عن تفاصيل عنوان IP
ip-blocked = تم حظر عنوان IP هذا، ولا يمكن للنظام تقديم الخدمة
ip-unknown = عنوان IP غير معروف
