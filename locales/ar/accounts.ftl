### Accounts (34xxx)
###
### Errors about accounts: sign-up, login, bound email and phone, connected third-party logins and wallets.
### In Fresns an *account* is the login identity (email or phone); one account can hold several *users*.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Email, phone and password

email-format-incorrect = تنسيق البريد الإلكتروني غير صحيح
phone-format-incorrect = تنسيق رقم الهاتف غير صحيح
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = رمز الاتصال الدولي غير صحيح
new-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = طول كلمة المرور غير صحيح
    .detailed = يجب أن يتراوح عدد أحرف كلمة المرور بين { NUMBER($min) } و{ NUMBER($max) }
password-needs-number = يجب أن تحتوي كلمة المرور على أرقام
password-needs-lowercase = يجب أن تحتوي كلمة المرور على أحرف لاتينية صغيرة
password-needs-uppercase = يجب أن تحتوي كلمة المرور على أحرف لاتينية كبيرة
password-needs-symbol = يجب أن تحتوي كلمة المرور على رموز
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = نطاق هذا البريد الإلكتروني غير مدعوم
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = يجب إدخال الحساب مع كلمة المرور أو رمز التحقق

## Registration

# The administrator closed this way of signing up.
registration-closed = تم إغلاق طريقة التسجيل هذه، ولا يمكن إنشاء حساب من خلالها
email-registration-not-supported = التسجيل باستخدام البريد الإلكتروني غير مدعوم
phone-registration-not-supported = التسجيل باستخدام رقم الهاتف غير مدعوم
account-already-registered = هذا الحساب مسجّل بالفعل
email-already-used = البريد الإلكتروني مستخدم بالفعل
phone-already-used = رقم الهاتف مستخدم بالفعل

## Login

account-not-found = الحساب غير موجود
email-not-found = البريد الإلكتروني غير موجود
phone-not-found = رقم الهاتف غير موجود
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = كلمة مرور الحساب غير صحيحة
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = الحساب أو كلمة المرور غير صحيحة
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = تجاوز عدد محاولات تسجيل الدخول الخاطئة الحد المسموح به. يُرجى تسجيل الدخول مرة أخرى بعد مدة قدرها { DURATION($wait) }
# The administrator has disabled this account.
account-banned = تم حظر هذا الحساب
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = تم حذف هذا الحساب

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = البريد الإلكتروني مربوط بالفعل
# The account already has a phone number bound to it.
phone-already-bound = رقم الهاتف مربوط بالفعل
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = خطأ في ربط الحساب الخارجي (Connected Token موجود بالفعل)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = تم تعطيل تسجيل الدخول عبر هذه الخدمة الخارجية
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = هذا الحساب الخارجي مربوط بالفعل، ولا يمكن ربطه مرة أخرى
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = لم يُربط بحسابك بريد إلكتروني أو رقم هاتف، وبعد إلغاء ربط الحساب الخارجي لن تبقى لديك أي وسيلة لتسجيل الدخول، لذا لا يمكن إلغاء الربط

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = محفظة الحساب غير موجودة أو محظورة
wallet-password-incorrect = كلمة مرور محفظة الحساب غير صحيحة
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = محفظة الطرف الآخر غير موجودة أو محظورة
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = الرصيد المتاح في المحفظة غير كافٍ
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = الرصيد المتاح في محفظة الطرف الآخر غير كافٍ
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = رصيد المحفظة لا يطابق الرصيد المسجَّل بعد آخر معاملة
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = رصيد محفظة الطرف الآخر لا يطابق الرصيد المسجَّل بعد آخر معاملة لها
