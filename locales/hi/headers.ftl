### Request headers (31xxx)
###
### Errors about the headers every Fresns API request carries: the platform, the client version,
### the App ID and its key, the signature, the language and time zone, login tokens and device info.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Headers

# Generic error about the request headers.
headers-error = हेडर त्रुटि

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = प्लेटफ़ॉर्म ID मौजूद नहीं है
platform-id-key-mismatch = प्लेटफ़ॉर्म ID और कुंजी मेल नहीं खाते
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = प्लेटफ़ॉर्म ID खाते या उपयोगकर्ता से मेल नहीं खाता

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = क्लाइंट संस्करण मौजूद नहीं है
version-key-mismatch = क्लाइंट संस्करण और कुंजी मेल नहीं खाते

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = App ID मौजूद नहीं है या अक्षम है
signature-invalid = हस्ताक्षर अमान्य है
signature-expired = हस्ताक्षर की समय-सीमा समाप्त हो गई है
# "Key" is the App ID's API key.
key-not-authorized = इस कुंजी को इस इंटरफ़ेस पर अनुरोध करने की अनुमति नहीं है
# A read-only key may only call read endpoints.
read-only-key-not-authorized = केवल-पठन कुंजी को इस इंटरफ़ेस पर अनुरोध करने की अनुमति नहीं है

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = भाषा टैग गलत है
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = समय क्षेत्र गलत है

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = खाते में लॉग इन नहीं है, इसलिए उपयोग नहीं किया जा सकता (AID खाली है)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = खाता गलत है या मौजूद नहीं है
# A login token proves that the client is signed in.
account-token-missing = लॉगिन टोकन नहीं मिला, कृपया फिर से लॉग इन करें (टोकन खाली है)
account-token-expired = लॉगिन टोकन अब मान्य नहीं है, कृपया फिर से लॉग इन करें (टोकन सक्षम नहीं है या उसकी समय-सीमा समाप्त हो गई है)
account-token-incorrect = खाते का लॉगिन टोकन गलत है या मौजूद नहीं है (खाता टोकन गलत है)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = उपयोगकर्ता लॉग इन नहीं है, इसलिए उपयोग नहीं किया जा सकता (UID खाली है)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = उपयोगकर्ता गलत है या मौजूद नहीं है
user-token-incorrect = उपयोगकर्ता का लॉगिन टोकन गलत है या मौजूद नहीं है (उपयोगकर्ता टोकन गलत है)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = डिवाइस की जानकारी उपलब्ध नहीं है (डिवाइस जानकारी खाली है)
device-info-malformed = डिवाइस की जानकारी का फ़ॉर्मैट गलत है
device-info-missing-ip = डिवाइस की जानकारी में IP पता मौजूद नहीं है
