### Users (35xxx)
###
### Errors about users: the profiles inside an account, with their usernames, nicknames and permissions.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Usernames and nicknames

# Some profile fields (such as the username) may be changed only once within a set number of days.
# $days (number, use NUMBER() and plural variants): the number of days between two changes.
change-too-frequent = لا يمكن التعديل إلا مرة واحدة خلال عدد محدد من الأيام
    .detailed =
        لا يمكن التعديل إلا مرة واحدة كل { $days ->
            [zero] { NUMBER($days) } يوم
            [one] يوم
            [two] يومين
            [few] { NUMBER($days) } أيام
            [many] { NUMBER($days) } يومًا
           *[other] { NUMBER($days) } يوم
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = لا يمكن أن يحتوي اسم المستخدم إلا على أحرف لاتينية وأرقام وشرطة واحدة على الأكثر، لا تكون في بدايته أو نهايته
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = طول اسم المستخدم غير صحيح
    .detailed = يجب أن يتراوح عدد أحرف اسم المستخدم بين { NUMBER($min) } و{ NUMBER($max) }
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = اسم المستخدم أقصر من الحد الأدنى المطلوب
    .detailed = اسم المستخدم قصير جدًا: يجب أن يتراوح عدد أحرفه بين { NUMBER($min) } و{ NUMBER($max) }
username-taken = اسم المستخدم هذا مأخوذ بالفعل. يُرجى اختيار اسم آخر
# Block words are the administrator's list of words that may not appear.
username-blocked-words = يحتوي اسم المستخدم على كلمات محظورة
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = لا يمكن أن يحتوي الاسم المستعار على رموز خاصة، ليتمكّن عدد أكبر من الأشخاص من قراءته، بمن فيهم المكفوفون وضعاف البصر
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = طول الاسم المستعار غير صحيح
    .detailed = يجب أن يتراوح عدد أحرف الاسم المستعار بين { NUMBER($min) } و{ NUMBER($max) }
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = الاسم المستعار أقصر من الحد الأدنى المطلوب
    .detailed = الاسم المستعار قصير جدًا: يجب أن يتراوح عدد أحرفه بين { NUMBER($min) } و{ NUMBER($max) }
nickname-blocked-words = يحتوي الاسم المستعار على كلمات محظورة
nickname-taken = هذا الاسم المستعار مأخوذ بالفعل. يُرجى اختيار اسم آخر

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = المستخدم الحالي غير موجود أو لا ينتمي إلى الحساب الحالي
# The administrator has disabled this user.
user-banned = تم حظر المستخدم الحالي
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = تم حذف هذا المستخدم
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = كلمة المرور غير صحيحة

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = لا يملك المستخدم الحالي صلاحية إرسال الطلب
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = انتهت صلاحية عضوية المستخدم، ولا يحق له استخدام هذه الميزة
user-expired-content = انتهت صلاحية عضوية المستخدم، ولا يحق له عرض هذا المحتوى
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = نُشر هذا المحتوى بعد انتهاء صلاحية عضوية المستخدم الحالي، لذا لا يحق له عرضه
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = عرض منشورات مستخدم بعينه أو تعليقاته غير متاح
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = الموقع يعمل في الوضع الخاص، ولا يملك المستخدم الحالي تصريحًا بالوصول
