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
group-record-not-found = समूह गलत है या मौजूद नहीं है
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = यह समूह प्रतिबंधित कर दिया गया है
# The group is private.
group-members-only = इस समूह को केवल सदस्य देख सकते हैं
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = समूह में कौन है और वे क्या पोस्ट करते हैं, यह केवल सदस्य देख सकते हैं
# This user has been barred from viewing this group's content.
group-user-banned = वर्तमान उपयोगकर्ता को इस समूह की सामग्री देखने से प्रतिबंधित किया गया है
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = इस समूह की सदस्यता समाप्त हो गई है, इसलिए आप न तो इसकी सामग्री देख सकते हैं और न ही इसमें भाग ले सकते हैं
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = सदस्यता समाप्त हो गई है, नई सामग्री नहीं देखी जा सकती

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = हैशटैग गलत है या मौजूद नहीं है
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = यह हैशटैग प्रतिबंधित कर दिया गया है

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = पोस्ट गलत है या मौजूद नहीं है
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = यह पोस्ट प्रतिबंधित कर दी गई है
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = पोस्ट का संस्करण गलत है या मौजूद नहीं है
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = अनुमति के बिना इस सामग्री तक पहुँचा नहीं जा सकता

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = टिप्पणी गलत है या मौजूद नहीं है
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = यह टिप्पणी प्रतिबंधित कर दी गई है
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = टिप्पणी का संस्करण गलत है या मौजूद नहीं है
# The post's author chose to keep comments visible to themselves only.
comments-author-only = टिप्पणियाँ केवल पोस्ट के लेखक को दिखाई देती हैं
# Comments on old posts are hidden after a set time.
post-comments-expired = यह पोस्ट पुरानी हो चुकी है, इसलिए अब इस पर टिप्पणियाँ नहीं दिखाई जातीं

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = फ़ाइल गलत है या मौजूद नहीं है
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = यह फ़ाइल प्रतिबंधित कर दी गई है

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = एक्सटेंशन ब्लॉक गलत है या मौजूद नहीं है
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = यह एक्सटेंशन ब्लॉक प्रतिबंधित कर दिया गया है
