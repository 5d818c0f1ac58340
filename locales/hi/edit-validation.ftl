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
draft-not-found = ड्राफ़्ट ID गलत है या मौजूद नहीं है
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = सामग्री की समीक्षा चल रही है, इसलिए इसे संपादित नहीं किया जा सकता
# The draft has already been published.
draft-published = सामग्री प्रकाशित हो चुकी है, इसलिए इसे संपादित नहीं किया जा सकता
review-resubmit-not-allowed = समीक्षाधीन सामग्री को दोबारा सबमिट नहीं किया जा सकता
publish-resubmit-not-allowed = प्रकाशित की जा रही सामग्री को दोबारा सबमिट नहीं किया जा सकता
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = टिप्पणी का ड्राफ़्ट नहीं बनाया जा सका। ड्राफ़्ट केवल पहले स्तर की टिप्पणियों के लिए बनाया जा सकता है
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = ड्राफ़्ट नहीं बनाया जा सका, ड्राफ़्ट बॉक्स भरा हुआ है। कृपया कुछ ड्राफ़्ट हटाकर फिर से प्रयास करें
    .detailed =
        ड्राफ़्ट नहीं बनाया जा सका, ड्राफ़्ट बॉक्स भरा हुआ है (अधिकतम { $max ->
            [one] { NUMBER($max) } ड्राफ़्ट
           *[other] { NUMBER($max) } ड्राफ़्ट
        })। कृपया कुछ ड्राफ़्ट हटाकर फिर से प्रयास करें
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = टिप्पणी नहीं की जा सकी, संबंधित पोस्ट मौजूद नहीं है या हटा दी गई है
# Comments are turned off for the post the comment would belong to.
comment-post-closed = टिप्पणी नहीं की जा सकी, इस पोस्ट पर टिप्पणियाँ बंद कर दी गई हैं

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = सामग्री सबमिट हो गई है और समीक्षा में स्वीकृत होने के बाद प्रकाशित होगी
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = आपकी सामग्री पहले से समीक्षा में है। एक समय में केवल एक ही सामग्री समीक्षा के लिए भेजी जा सकती है, कृपया समीक्षा पूरी होने के बाद सबमिट करें
title-empty = शीर्षक खाली नहीं हो सकता
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = शीर्षक बहुत लंबा है और लंबाई की सीमा से अधिक है
    .detailed =
        शीर्षक बहुत लंबा है: इसमें अधिकतम { $max ->
            [one] { NUMBER($max) } वर्ण हो सकता है
           *[other] { NUMBER($max) } वर्ण हो सकते हैं
        }
content-empty = सामग्री खाली नहीं हो सकती, कृपया सामग्री लिखकर प्रकाशित करें
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = सामग्री बहुत लंबी है और लंबाई की सीमा से अधिक है
    .detailed =
        सामग्री बहुत लंबी है: इसमें अधिकतम { $max ->
            [one] { NUMBER($max) } वर्ण हो सकता है
           *[other] { NUMBER($max) } वर्ण हो सकते हैं
        }
title-banned-words = शीर्षक में प्रतिबंधित शब्द हैं, कृपया प्रकाशित करने से पहले इसे बदलें
content-banned-words = सामग्री में प्रतिबंधित शब्द हैं, कृपया प्रकाशित करने से पहले इसे बदलें
# The site requires every post to be in a group, and none was chosen.
group-required = समूह चुनना आवश्यक है, कृपया एक समूह चुनें
# The post's author only allows comments from people they follow.
comment-followed-only = लेखक ने केवल उन्हीं लोगों को टिप्पणी करने की अनुमति दी है जिन्हें वह फ़ॉलो करता है
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = लेखक ने केवल उन लोगों को, जिन्हें वह फ़ॉलो करता है, और सत्यापित उपयोगकर्ताओं को टिप्पणी करने की अनुमति दी है
# The post's author has turned comments off for this post.
comment-disabled = लेखक ने टिप्पणियाँ बंद कर दी हैं
