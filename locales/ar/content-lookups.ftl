### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Groups

# The group given in the request is wrong, or no such group exists (or it was deleted).
group-record-not-found = المجموعة غير صحيحة أو غير موجودة
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = تم تعطيل المجموعة
# The group is private.
group-members-only = هذه المجموعة متاحة لأعضائها فقط
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = لا يمكن إلا لأعضاء المجموعة معرفة من ينتمي إليها وما يُنشر فيها
# This user has been barred from viewing this group's content.
group-user-banned = تم حظر المستخدم الحالي من عرض محتوى هذه المجموعة
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = انتهت صلاحية عضويتك في هذه المجموعة، ولا يمكنك عرض محتواها أو التفاعل فيها
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = انتهت صلاحية عضويتك، ولا يمكنك عرض المحتوى الجديد

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = الوسم غير صحيح أو غير موجود
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = تم تعطيل الوسم

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = المنشور غير صحيح أو غير موجود
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = تم تعطيل المنشور
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = نسخة المنشور غير صحيحة أو غير موجودة
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = لا يمكن الوصول إلى هذا المحتوى دون تصريح

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = التعليق غير صحيح أو غير موجود
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = تم تعطيل التعليق
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = نسخة التعليق غير صحيحة أو غير موجودة
# The post's author chose to keep comments visible to themselves only.
comments-author-only = التعليقات مرئية لصاحب المنشور فقط
# Comments on old posts are hidden after a set time.
post-comments-expired = مضى وقت طويل على نشر هذا المنشور، ولم تعد تعليقاته معروضة

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = الملف غير صحيح أو غير موجود
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = تم تعطيل الملف

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = المحتوى الموسّع غير صحيح أو غير موجود
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = تم تعطيل المحتوى الموسّع
