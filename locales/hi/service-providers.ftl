### Service providers and records (32xxx)
###
### Errors from service providers (plugins that send SMS, store files, take payments, and so on)
### and about stored records such as one-time tokens.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Service providers

# A service provider is a plugin that provides a service: SMS, email, file storage, payment, …
service-provider-not-configured = कोई सेवा प्रदाता कॉन्फ़िगर नहीं किया गया है
service-provider-not-found = सेवा प्रदाता मौजूद नहीं है
service-provider-disabled = सेवा प्रदाता सक्षम नहीं है
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = सेवा प्रदाता के कॉन्फ़िगरेशन पैरामीटर खाली हैं
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = स्टोरेज सेवा प्रदाता के कॉन्फ़िगरेशन में समस्या है, फ़िलहाल फ़ाइल अपलोड नहीं की जा सकती

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = ID गलत है या रिकॉर्ड मौजूद नहीं है
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = डेटा में गड़बड़ी: क्वेरी विफल रही या डुप्लिकेट डेटा मिला
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = रिकॉर्ड की समय-सीमा समाप्त हो गई है और यह अब मान्य नहीं है। कृपया फिर से प्रयास करें
# The one-time record was already used; the client may request a new one.
record-used-retry = इस रिकॉर्ड का उपयोग हो चुका है। कृपया फिर से प्रयास करें
# The one-time record was already used and cannot be used again.
record-used-up = इस रिकॉर्ड का उपयोग हो चुका है। इसे दोबारा उपयोग नहीं किया जा सकता
# The one-time record exists but holds no data.
record-content-empty = रिकॉर्ड की सामग्री खाली है

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = सेवा प्रदाता से कोई प्रतिक्रिया नहीं मिली
service-provider-failed = सेवा प्रदाता अनुरोध को प्रोसेस नहीं कर सका
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = कॉलबैक त्रुटि: डेटा खो गया है या रिकॉर्ड गलत है
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = निष्पादन में त्रुटि: फ़ाइल खो गई है या रिकॉर्ड गलत है
