### Request headers (31xxx)
###
### Errors about the headers every Fresns API request carries: the platform, the client version,
### the App ID and its key, the signature, the language and time zone, login tokens and device info.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Headers

# Generic error about the request headers.
headers-error = خطأ في ترويسات الطلب

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = معرّف المنصة غير موجود
platform-id-key-mismatch = معرّف المنصة والمفتاح غير متطابقين
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = معرّف المنصة لا يتطابق مع الحساب أو المستخدم

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = الإصدار غير موجود
version-key-mismatch = الإصدار والمفتاح غير متطابقين

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = معرّف التطبيق (App ID) غير موجود أو معطّل
signature-invalid = التوقيع غير صحيح
signature-expired = انتهت صلاحية التوقيع
# "Key" is the App ID's API key.
key-not-authorized = لا يملك المفتاح صلاحية طلب هذه الواجهة
# A read-only key may only call read endpoints.
read-only-key-not-authorized = لا يملك المفتاح المخصص للقراءة فقط صلاحية طلب هذه الواجهة

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = رمز اللغة غير صحيح
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = المنطقة الزمنية غير صحيحة

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = لم يتم تسجيل الدخول إلى الحساب، ولا يمكن المتابعة (AID فارغ)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = الحساب غير صحيح أو غير موجود
# A login token proves that the client is signed in.
account-token-missing = رمز تسجيل الدخول مفقود، يُرجى تسجيل الدخول مرة أخرى (Token فارغ)
account-token-expired = لم يعد رمز تسجيل الدخول صالحًا، يُرجى تسجيل الدخول مرة أخرى (Token غير مفعّل أو منتهي الصلاحية)
account-token-incorrect = رمز تسجيل الدخول إلى الحساب غير صحيح أو غير موجود (Account Token غير صحيح)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = لم يتم تسجيل دخول المستخدم، ولا يمكن المتابعة (UID فارغ)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = المستخدم غير صحيح أو غير موجود
user-token-incorrect = رمز تسجيل دخول المستخدم غير صحيح أو غير موجود (User Token غير صحيح)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = معلومات الجهاز غير متوفرة (حقل معلومات الجهاز فارغ)
device-info-malformed = تنسيق معلومات الجهاز غير صحيح
device-info-missing-ip = معلومات الجهاز لا تتضمن عنوان IP
