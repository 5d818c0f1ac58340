### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = المجموعة غير صحيحة أو السجل غير موجود
group-banned = تم حظر المجموعة
group-members-only = هذه المجموعة متاحة لأعضائها فقط
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = لا يمكن إلا لأعضاء المجموعة معرفة من ينتمي إليها وما يُنشر فيها
group-user-banned = تم حظر المستخدم الحالي من عرض محتوى هذه المجموعة
# The user's paid membership for this group has expired.
group-service-expired = انتهت صلاحية عضويتك في هذه المجموعة، ولا يمكنك عرض محتواها أو التفاعل فيها
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = انتهت صلاحية عضويتك، ولا يمكنك عرض المحتوى الجديد

## Hashtags

hashtag-record-not-found = الوسم غير صحيح أو السجل غير موجود
hashtag-banned = تم حظر الوسم

## Posts

post-record-not-found = المنشور غير صحيح أو السجل غير موجود
post-banned = تم حظر المنشور
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = نسخة المنشور غير صحيحة أو السجل غير موجود
content-unauthorized = لا يمكن الوصول إلى هذا المحتوى دون تصريح

## Comments

comment-record-not-found = التعليق غير صحيح أو السجل غير موجود
comment-banned = تم حظر التعليق
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = نسخة التعليق غير صحيحة أو السجل غير موجود
# The post's author chose to keep comments visible to themselves only.
comments-author-only = التعليقات مرئية لصاحب المنشور فقط
# Comments on old posts are hidden after a set time.
post-comments-expired = مضى وقت طويل على نشر هذا المنشور، ولم تعد تعليقاته معروضة

## Files

file-record-not-found = الملف غير صحيح أو السجل غير موجود
file-banned = تم حظر الملف

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = المحتوى الموسّع غير صحيح أو السجل غير موجود
extend-banned = تم حظر المحتوى الموسّع
