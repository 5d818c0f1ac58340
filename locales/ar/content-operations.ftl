### Roles and content operations (36xxx)
###
### Errors about what a role allows and about operations on content: publishing, uploading, editing,
### deleting, reviews, conversations (private messages) and notifications.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Role permissions

# A role is a permission group given to users (member, VIP, moderator, …).
# The role ID given in the request is wrong, or no such role exists.
role-record-not-found = الدور غير صحيح أو غير موجود
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = لم تُضبط صلاحيات الدور الحالي. يُرجى التواصل مع المسؤول للتأكد من ذلك
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = لا يملك الدور الحالي صلاحية إرسال الطلب
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = لا يملك الدور الحالي صلاحية التصفح
role-publish-not-allowed = لا يملك الدور الحالي صلاحية نشر المحتوى
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = النشر متاح للدور الحالي في أوقات محددة فقط. يُرجى المحاولة مرة أخرى ضمن الوقت المسموح به
    .detailed = النشر متاح للدور الحالي في أوقات محددة فقط. يُرجى المحاولة مرة أخرى بعد مدة قدرها { DURATION($wait) }
role-publish-requires-email = يشترط الدور الحالي ربط بريد إلكتروني قبل نشر المحتوى
role-publish-requires-phone = يشترط الدور الحالي ربط رقم هاتف قبل نشر المحتوى
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = يشترط الدور الحالي إتمام التحقق من الهوية الحقيقية قبل نشر المحتوى
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = لا يملك الدور الحالي صلاحية رفع الصور
role-upload-video-not-allowed = لا يملك الدور الحالي صلاحية رفع مقاطع الفيديو
role-upload-audio-not-allowed = لا يملك الدور الحالي صلاحية رفع الملفات الصوتية
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = لا يملك الدور الحالي صلاحية رفع المستندات
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = يتجاوز حجم الملف الحد المسموح به
    .detailed = يتجاوز حجم الملف الحد الأقصى المسموح به، وهو { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = تتجاوز مدة الملف الحد المسموح به
    .detailed = تتجاوز مدة الملف الحد الأقصى المسموح به، وهو { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = يتجاوز عدد الملفات الحد المسموح به
    .detailed = يتجاوز عدد الملفات الحد الأقصى المسموح به، وهو { NUMBER($max) }
# Conversations are private messages between users.
role-conversation-not-allowed = لا يملك الدور الحالي صلاحية إرسال رسائل المحادثات
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = بلغ الدور الحالي الحد الأقصى للتنزيلات اليومية، يُرجى التنزيل مرة أخرى غدًا
    .detailed =
        يمكن للدور الحالي تنزيل ما يصل إلى { $max ->
            [zero] { NUMBER($max) } ملف
            [one] ملف واحد
            [two] ملفين
            [few] { NUMBER($max) } ملفات
            [many] { NUMBER($max) } ملفًا
           *[other] { NUMBER($max) } ملف
        } يوميًا، يُرجى التنزيل مرة أخرى غدًا
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = بلغ الدور الحالي الحد الأقصى لعدد المستخدمين الذين يمكن متابعتهم أو حظرهم، ولا يمكن إضافة المزيد
    .detailed =
        بلغ الدور الحالي الحد الأقصى لعدد المستخدمين الذين يمكن متابعتهم أو حظرهم، وهو { $max ->
            [zero] { NUMBER($max) } مستخدم
            [one] مستخدم واحد
            [two] مستخدمان
            [few] { NUMBER($max) } مستخدمين
            [many] { NUMBER($max) } مستخدمًا
           *[other] { NUMBER($max) } مستخدم
        }، ولا يمكن إضافة المزيد
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = تنشر بوتيرة سريعة جدًا، يُرجى ترك فاصل زمني بين المنشورات. للاطلاع على التفاصيل يُرجى مراجعة إعدادات الدور الحالي
    .detailed = تنشر بوتيرة سريعة جدًا، فالحد الأدنى للفاصل بين منشور وآخر هو { DURATION($wait) }. للاطلاع على التفاصيل يُرجى مراجعة إعدادات الدور الحالي
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = تم بلوغ الحد اليومي للنشر، يُرجى النشر مرة أخرى غدًا
    .detailed =
        تم بلوغ الحد اليومي للنشر وهو { $max ->
            [zero] { NUMBER($max) } منشور
            [one] منشور واحد
            [two] منشوران
            [few] { NUMBER($max) } منشورات
            [many] { NUMBER($max) } منشورًا
           *[other] { NUMBER($max) } منشور
        }، يُرجى النشر مرة أخرى غدًا

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = هذه الميزة غير متاحة ولا يمكن استخدامها
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = هذا المحتوى غير متاح ولا يمكن عرضه
# For example, liking or following yourself.
self-operation-not-allowed = لا يمكن تنفيذ هذا الإجراء على نفسك أو على محتوى نشرته

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = لا يُسمح بالنشر إلا بالطريقة المحددة، ولا تقبل هذه الواجهة الطلبات
publish-requires-email = يُرجى ربط بريد إلكتروني قبل نشر المحتوى
publish-requires-phone = يُرجى ربط رقم هاتف قبل نشر المحتوى
publish-requires-real-name = يُرجى إتمام التحقق من الهوية الحقيقية قبل نشر المحتوى
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = النشر متاح في أوقات محددة فقط. يُرجى المحاولة مرة أخرى ضمن الوقت المسموح به
    .detailed = النشر متاح في أوقات محددة فقط. يُرجى المحاولة مرة أخرى بعد مدة قدرها { DURATION($wait) }
post-not-editable = لا يمكن تعديل المنشور بعد نشره
comment-not-editable = لا يمكن تعديل التعليق بعد نشره
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = لا يُسمح بتعديل المحتوى المثبّت
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = لا يُسمح بتعديل المحتوى المميّز
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = انتهت المهلة المسموح بها للتعديل
    .detailed = انتهت المهلة المسموح بها للتعديل: يمكن تعديل المحتوى خلال مهلة أقصاها { DURATION($limit) } من نشره
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = لا يمكن رفع هذا النوع من الملفات
    .detailed = لا يمكن رفع الملفات من النوع { $extension }
# Groups can restrict who may post in them.
group-post-not-allowed = لا يملك المستخدم الحالي صلاحية النشر في هذه المجموعة
group-comment-not-allowed = لا يملك المستخدم الحالي صلاحية التعليق في هذه المجموعة
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = لا يمكن تعديل هذا النوع من التعليقات

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = فشل الحذف: المحتوى غير صحيح أو غير موجود
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = لا يمكن حذف هذا المحتوى
# The file or other resource is still attached to content.
resource-in-use = هذا المورد قيد الاستخدام، ولا يُسمح بحذفه
delete-own-content-only = يمكنك حذف المحتوى الخاص بك فقط
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = لا يمكن حذف المحتوى أثناء مراجعته، يُرجى سحبه من المراجعة ثم حذفه
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = تم نشر المحتوى ولم يعد بالإمكان إجراء أي عملية على المسودة. إذا كنت ترغب في الحذف، فيُرجى حذف المحتوى المنشور

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = فشلت العملية. يُرجى التأكد من أنك صاحب المحتوى
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = لا حاجة إلى سحب المحتوى، فهو ليس قيد المراجعة

## Conversations

conversation-disabled = ميزة المحادثات غير مفعّلة ولا يمكن استخدامها
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = حدث خلل في المحادثة أو أنها غير موجودة
conversation-not-owned = هذه المحادثة لا تخص المستخدم الحالي
message-to-self = لا يمكنك إرسال رسائل إلى نفسك
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = يجب أن تكون كل رسالة إما [ملفًا] أو [نصًا]
message-blocked-words = تعذّر إرسال الرسالة لأنها تحتوي على كلمات محظورة
# The recipient only accepts messages from people they follow.
recipient-followed-only = لا يستقبل هذا المستخدم الرسائل إلا من المستخدمين الذين يتابعهم
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = لا يستقبل هذا المستخدم الرسائل إلا من المستخدمين الذين يتابعهم والمستخدمين الموثّقين
# The recipient has turned off conversations.
recipient-conversation-off = عطّل هذا المستخدم ميزة المحادثات
message-delete-own-only = يمكنك حذف رسائلك في المحادثة فقط

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = حدث خلل في الإشعار أو أنه غير موجود
notification-not-owned = هذا الإشعار لا يخص المستخدم الحالي
notification-delete-own-only = يمكنك حذف إشعاراتك فقط
