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
role-record-not-found = भूमिका गलत है या मौजूद नहीं है
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = वर्तमान भूमिका के लिए अनुमतियाँ कॉन्फ़िगर नहीं की गई हैं। कृपया पुष्टि के लिए व्यवस्थापक से संपर्क करें
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = वर्तमान भूमिका को अनुरोध करने की अनुमति नहीं है
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = वर्तमान भूमिका को ब्राउज़ करने की अनुमति नहीं है
role-publish-not-allowed = वर्तमान भूमिका को सामग्री प्रकाशित करने की अनुमति नहीं है
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = वर्तमान भूमिका केवल निर्धारित समय में सामग्री प्रकाशित कर सकती है। कृपया निर्धारित समय में फिर से प्रयास करें
    .detailed = वर्तमान भूमिका केवल निर्धारित समय में सामग्री प्रकाशित कर सकती है। कृपया { DURATION($wait) } प्रतीक्षा करने के बाद फिर से प्रयास करें
role-publish-requires-email = वर्तमान भूमिका के साथ सामग्री प्रकाशित करने से पहले ईमेल लिंक करना आवश्यक है
role-publish-requires-phone = वर्तमान भूमिका के साथ सामग्री प्रकाशित करने से पहले फ़ोन नंबर लिंक करना आवश्यक है
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = वर्तमान भूमिका के साथ सामग्री प्रकाशित करने से पहले पहचान सत्यापन आवश्यक है
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = वर्तमान भूमिका को इमेज अपलोड करने की अनुमति नहीं है
role-upload-video-not-allowed = वर्तमान भूमिका को वीडियो अपलोड करने की अनुमति नहीं है
role-upload-audio-not-allowed = वर्तमान भूमिका को ऑडियो अपलोड करने की अनुमति नहीं है
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = वर्तमान भूमिका को दस्तावेज़ अपलोड करने की अनुमति नहीं है
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = फ़ाइल का आकार निर्धारित सीमा से अधिक है
    .detailed = फ़ाइल का आकार { SIZE($size) } की सीमा से अधिक है
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = फ़ाइल की अवधि निर्धारित सीमा से अधिक है
    .detailed = फ़ाइल बहुत लंबी है: अधिकतम अनुमत अवधि { DURATION($limit) } है
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = फ़ाइलों की संख्या निर्धारित सीमा से अधिक है
    .detailed = फ़ाइलों की संख्या { NUMBER($max) } की सीमा से अधिक है
# Conversations are private messages between users.
role-conversation-not-allowed = वर्तमान भूमिका को बातचीत में संदेश भेजने की अनुमति नहीं है
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = वर्तमान भूमिका आज की डाउनलोड सीमा तक पहुँच गई है, कृपया कल फिर से डाउनलोड करें
    .detailed =
        वर्तमान भूमिका एक दिन में अधिकतम { $max ->
            [one] { NUMBER($max) } फ़ाइल
           *[other] { NUMBER($max) } फ़ाइलें
        } डाउनलोड कर सकती है, कृपया कल फिर से डाउनलोड करें
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = वर्तमान भूमिका के लिए फ़ॉलो या ब्लॉक किए जा सकने वाले उपयोगकर्ताओं की सीमा पूरी हो चुकी है, अब और उपयोगकर्ता नहीं जोड़े जा सकते
    .detailed =
        वर्तमान भूमिका अधिकतम { $max ->
            [one] { NUMBER($max) } उपयोगकर्ता
           *[other] { NUMBER($max) } उपयोगकर्ताओं
        } को फ़ॉलो या ब्लॉक कर सकती है। यह सीमा पूरी हो चुकी है, अब और उपयोगकर्ता नहीं जोड़े जा सकते
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = आप बहुत जल्दी-जल्दी प्रकाशित कर रहे हैं, कृपया कुछ अंतराल के बाद फिर से पोस्ट करें। विवरण के लिए वर्तमान भूमिका की सेटिंग देखें
    .detailed = आप बहुत जल्दी-जल्दी प्रकाशित कर रहे हैं, कृपया दो पोस्ट के बीच { DURATION($wait) } प्रतीक्षा करें। विवरण के लिए वर्तमान भूमिका की सेटिंग देखें
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = आज की प्रकाशन सीमा पूरी हो गई है, कृपया कल फिर से प्रकाशित करें
    .detailed =
        प्रतिदिन { $max ->
            [one] { NUMBER($max) } पोस्ट
           *[other] { NUMBER($max) } पोस्ट
        } की प्रकाशन सीमा पूरी हो गई है, कृपया कल फिर से प्रकाशित करें

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = यह सुविधा उपलब्ध नहीं है, इसलिए इसका उपयोग नहीं किया जा सकता
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = यह सामग्री उपलब्ध नहीं है, इसलिए इसे देखा नहीं जा सकता
# For example, liking or following yourself.
self-operation-not-allowed = आप यह कार्रवाई खुद पर या अपनी प्रकाशित सामग्री पर नहीं कर सकते

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = केवल निर्दिष्ट तरीके से ही प्रकाशन समर्थित है, इस इंटरफ़ेस पर अनुरोध की अनुमति नहीं है
publish-requires-email = सामग्री प्रकाशित करने से पहले कृपया अपना ईमेल लिंक करें
publish-requires-phone = सामग्री प्रकाशित करने से पहले कृपया अपना फ़ोन नंबर लिंक करें
publish-requires-real-name = सामग्री प्रकाशित करने से पहले कृपया पहचान सत्यापन पूरा करें
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = सामग्री केवल सिस्टम द्वारा निर्धारित समय में प्रकाशित की जा सकती है। कृपया निर्धारित समय में फिर से प्रयास करें
    .detailed = सामग्री केवल सिस्टम द्वारा निर्धारित समय में प्रकाशित की जा सकती है। कृपया { DURATION($wait) } प्रतीक्षा करने के बाद फिर से प्रयास करें
post-not-editable = प्रकाशित होने के बाद पोस्ट संपादित नहीं की जा सकती
comment-not-editable = प्रकाशित होने के बाद टिप्पणी संपादित नहीं की जा सकती
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = पिन की गई सामग्री संपादित नहीं की जा सकती
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = फ़ीचर की गई सामग्री संपादित नहीं की जा सकती
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = संपादन का समय समाप्त हो गया है
    .detailed = संपादन का समय समाप्त हो गया है: प्रकाशन के बाद सामग्री संपादित करने की अवधि { DURATION($limit) } है
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = इस प्रकार की फ़ाइल अपलोड नहीं की जा सकती
    .detailed = { $extension } प्रकार की फ़ाइलें अपलोड नहीं की जा सकतीं
# Groups can restrict who may post in them.
group-post-not-allowed = वर्तमान उपयोगकर्ता को इस समूह में पोस्ट करने की अनुमति नहीं है
group-comment-not-allowed = वर्तमान उपयोगकर्ता को इस समूह में टिप्पणी करने की अनुमति नहीं है
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = इस प्रकार की टिप्पणी संपादित नहीं की जा सकती

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = हटाया नहीं जा सका। सामग्री अमान्य है या मौजूद नहीं है
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = यह सामग्री हटाई नहीं जा सकती
# The file or other resource is still attached to content.
resource-in-use = यह संसाधन उपयोग में है, इसलिए इसे हटाया नहीं जा सकता
delete-own-content-only = आप केवल अपनी सामग्री हटा सकते हैं
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = समीक्षाधीन सामग्री हटाई नहीं जा सकती, कृपया पहले इसे समीक्षा से वापस लें और फिर हटाएँ
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = सामग्री प्रकाशित हो चुकी है, अब ड्राफ़्ट पर कोई कार्रवाई नहीं की जा सकती। हटाने के लिए कृपया प्रकाशित सामग्री को हटाएँ

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = कार्रवाई विफल रही। कृपया पुष्टि करें कि आप ही लेखक हैं
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = सामग्री को वापस लेने की आवश्यकता नहीं है, क्योंकि वह समीक्षा में नहीं है

## Conversations

conversation-disabled = बातचीत की सुविधा सक्षम नहीं है, इसलिए इसका उपयोग नहीं किया जा सकता
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = बातचीत में समस्या है या वह मौजूद नहीं है
conversation-not-owned = यह बातचीत वर्तमान उपयोगकर्ता की नहीं है
message-to-self = आप खुद को संदेश नहीं भेज सकते
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = हर संदेश या तो [फ़ाइल] होना चाहिए या [टेक्स्ट]
message-blocked-words = संदेश में प्रतिबंधित शब्द हैं, इसलिए इसे भेजा नहीं जा सका
# The recipient only accepts messages from people they follow.
recipient-followed-only = यह उपयोगकर्ता केवल उन्हीं लोगों से संदेश स्वीकार करता है जिन्हें वह फ़ॉलो करता है
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = यह उपयोगकर्ता केवल उन लोगों से, जिन्हें वह फ़ॉलो करता है, और सत्यापित उपयोगकर्ताओं से संदेश स्वीकार करता है
# The recipient has turned off conversations.
recipient-conversation-off = इस उपयोगकर्ता ने बातचीत बंद कर रखी है
message-delete-own-only = आप केवल अपने बातचीत संदेश हटा सकते हैं

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = सूचना में समस्या है या वह मौजूद नहीं है
notification-not-owned = यह सूचना वर्तमान उपयोगकर्ता की नहीं है
notification-delete-own-only = आप केवल अपनी सूचनाएँ हटा सकते हैं
