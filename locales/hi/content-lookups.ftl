### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = समूह गलत है या मौजूद नहीं है
group-banned = यह समूह प्रतिबंधित कर दिया गया है
group-members-only = इस समूह को केवल सदस्य देख सकते हैं
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = समूह में कौन है और वे क्या पोस्ट करते हैं, यह केवल सदस्य देख सकते हैं
group-user-banned = वर्तमान उपयोगकर्ता को इस समूह की सामग्री देखने से प्रतिबंधित किया गया है
# The user's paid membership for this group has expired.
group-service-expired = इस समूह की सदस्यता समाप्त हो गई है, इसलिए इसमें सामग्री देखना और गतिविधि करना संभव नहीं है
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = सदस्यता समाप्त हो गई है, नई सामग्री नहीं देखी जा सकती

## Hashtags

hashtag-record-not-found = हैशटैग गलत है या मौजूद नहीं है
hashtag-banned = यह हैशटैग प्रतिबंधित कर दिया गया है

## Posts

post-record-not-found = पोस्ट गलत है या मौजूद नहीं है
post-banned = यह पोस्ट प्रतिबंधित कर दी गई है
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = पोस्ट का संस्करण गलत है या मौजूद नहीं है
content-unauthorized = अनुमति के बिना इस सामग्री तक पहुँचा नहीं जा सकता

## Comments

comment-record-not-found = टिप्पणी गलत है या मौजूद नहीं है
comment-banned = यह टिप्पणी प्रतिबंधित कर दी गई है
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = टिप्पणी का संस्करण गलत है या मौजूद नहीं है
# The post's author chose to keep comments visible to themselves only.
comments-author-only = टिप्पणियाँ केवल पोस्ट के लेखक को दिखाई देती हैं
# Comments on old posts are hidden after a set time.
post-comments-expired = यह पोस्ट पुरानी हो चुकी है, इसलिए अब इस पर टिप्पणियाँ नहीं दिखाई जातीं

## Files

file-record-not-found = फ़ाइल गलत है या मौजूद नहीं है
file-banned = यह फ़ाइल प्रतिबंधित कर दी गई है

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = एक्सटेंशन ब्लॉक गलत है या मौजूद नहीं है
extend-banned = यह एक्सटेंशन ब्लॉक प्रतिबंधित कर दिया गया है
