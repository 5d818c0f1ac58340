### Edit validation (38xxx)
###
### Errors when editing and submitting content: drafts, reviews and the checks on title and body.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Drafts

# A draft is content being edited before it is published.
draft-not-found = معرّف المسودة غير صحيح أو المسودة غير موجودة
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = المحتوى قيد المراجعة ولا يمكن تعديله
# The draft has already been published.
draft-published = تم نشر المحتوى ولا يمكن تعديله
review-resubmit-not-allowed = المحتوى قيد المراجعة ولا يمكن إرساله مرة أخرى
publish-resubmit-not-allowed = المحتوى قيد النشر ولا يمكن إرساله مرة أخرى
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = تعذّر إنشاء مسودة التعليق، إذ لا يمكن إنشاء مسودات إلا للتعليقات من المستوى الأول
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = تعذّر إنشاء المسودة لأن صندوق المسودات ممتلئ، يُرجى تنظيمه ثم المحاولة مرة أخرى
    .detailed =
        تعذّر إنشاء المسودة لأن صندوق المسودات ممتلئ (الحد الأقصى { $max ->
            [zero] { NUMBER($max) } مسودة
            [one] مسودة واحدة
            [two] مسودتان
            [few] { NUMBER($max) } مسودات
            [many] { NUMBER($max) } مسودة
           *[other] { NUMBER($max) } مسودة
        })، يُرجى تنظيمه ثم المحاولة مرة أخرى
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = تعذّر التعليق لأن المنشور غير موجود أو تم حذفه
# Comments are turned off for the post the comment would belong to.
comment-post-closed = تعذّر التعليق لأن التعليقات على هذا المنشور مغلقة

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = تم إرسال المحتوى، وسيُنشر بعد مراجعته والموافقة عليه
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = لديك محتوى قيد المراجعة بالفعل، ولا يسمح النظام بإرسال محتويين للمراجعة في الوقت نفسه. يُرجى الإرسال بعد انتهاء المراجعة
title-empty = لا يمكن ترك العنوان فارغًا
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = العنوان طويل جدًا وقد تجاوز الحد المسموح به
    .detailed =
        العنوان طويل جدًا: يجب ألا يتجاوز { $max ->
            [zero] { NUMBER($max) } حرف
            [one] حرفًا واحدًا
            [two] حرفين
            [few] { NUMBER($max) } أحرف
            [many] { NUMBER($max) } حرفًا
           *[other] { NUMBER($max) } حرف
        }
content-empty = لا يمكن ترك المحتوى فارغًا، يُرجى كتابة المحتوى ثم النشر
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = المحتوى طويل جدًا وقد تجاوز الحد المسموح به
    .detailed =
        المحتوى طويل جدًا: يجب ألا يتجاوز { $max ->
            [zero] { NUMBER($max) } حرف
            [one] حرفًا واحدًا
            [two] حرفين
            [few] { NUMBER($max) } أحرف
            [many] { NUMBER($max) } حرفًا
           *[other] { NUMBER($max) } حرف
        }
title-banned-words = يحتوي العنوان على كلمات محظورة، يُرجى تعديله قبل النشر
content-banned-words = يحتوي المحتوى على كلمات محظورة، يُرجى تعديله قبل النشر
# The site requires every post to be in a group, and none was chosen.
group-required = لم تُحدَّد أي مجموعة، يُرجى اختيار مجموعة
# The post's author only allows comments from people they follow.
comment-followed-only = لا يسمح صاحب المنشور بالتعليق إلا للمستخدمين الذين يتابعهم
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = لا يسمح صاحب المنشور بالتعليق إلا للمستخدمين الذين يتابعهم والمستخدمين الموثّقين
# The post's author has turned comments off for this post.
comment-disabled = عطّل صاحب المنشور التعليقات
