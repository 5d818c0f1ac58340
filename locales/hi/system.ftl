### System and site (33xxx)
###
### Errors from site-wide settings: disabled interfaces, private mode, verify codes, banned words and IP checks.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Interfaces and site mode

# The administrator turned this API endpoint (a function of the site, such as deleting one's account)
# or this API version off.
interface-disabled = यह इंटरफ़ेस या संस्करण सिस्टम द्वारा अक्षम कर दिया गया है, इस पर अनुरोध नहीं किया जा सकता
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = निजी मोड में इस इंटरफ़ेस पर अनुरोध करने की अनुमति नहीं है
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = साइट मोड का कॉन्फ़िगरेशन गलत है

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = सत्यापन कोड टेम्पलेट उपलब्ध नहीं है या मौजूद नहीं है
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = सत्यापन कोड बहुत बार माँगा गया है, कृपया कुछ देर बाद फिर से प्रयास करें
    .detailed = सत्यापन कोड बहुत बार माँगा गया है, कृपया { DURATION($wait) } प्रतीक्षा करने के बाद फिर से प्रयास करें
verify-code-empty = सत्यापन कोड खाली नहीं हो सकता
verify-code-incorrect = सत्यापन कोड गलत है या उसकी समय-सीमा समाप्त हो गई है

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = सामग्री में प्रतिबंधित शब्द हैं, कृपया सबमिट करने से पहले उन्हें बदलें
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = सामग्री की लंबाई सिस्टम की सीमा से अधिक है, कृपया इसे छोटा करके फिर से सबमिट करें
    .detailed =
        सामग्री सिस्टम की { $max ->
            [one] { NUMBER($max) } वर्ण
           *[other] { NUMBER($max) } वर्णों
        } की सीमा से अधिक है, कृपया इसे छोटा करके फिर से सबमिट करें

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = IP त्रुटि: यह मान्य IP पता नहीं है
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = IP पता असामान्य है, इसका विवरण उपलब्ध नहीं है
ip-details-unavailable = इस IP पते का विवरण प्राप्त नहीं किया जा सका
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = यह IP पता ब्लॉक कर दिया गया है, इसलिए सिस्टम सेवा प्रदान नहीं कर सकता
# The location (region) of the IP address is unknown.
ip-unknown = IP पते का स्थान अज्ञात है
