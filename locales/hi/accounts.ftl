### Accounts (34xxx)
###
### Errors about accounts: sign-up, login, bound email and phone, connected third-party logins and wallets.
### In Fresns an *account* is the login identity (email or phone); one account can hold several *users*.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Email, phone and password

email-format-incorrect = ईमेल का फ़ॉर्मैट गलत है
phone-format-incorrect = फ़ोन नंबर का फ़ॉर्मैट गलत है
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = देश का कॉलिंग कोड गलत है
new-password-mismatch = दोनों बार दर्ज किए गए नए पासवर्ड मेल नहीं खाते
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = पासवर्ड की लंबाई सही नहीं है
    .detailed =
        पासवर्ड { NUMBER($min) } से { $max ->
            [one] { NUMBER($max) } वर्ण
           *[other] { NUMBER($max) } वर्णों
        } का होना चाहिए
password-needs-number = पासवर्ड में अंक होने चाहिए
password-needs-lowercase = पासवर्ड में छोटे अक्षर (लोअरकेस) होने चाहिए
password-needs-uppercase = पासवर्ड में बड़े अक्षर (अपरकेस) होने चाहिए
password-needs-symbol = पासवर्ड में विशेष चिह्न होने चाहिए
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = इस डोमेन के ईमेल पते समर्थित नहीं हैं
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
credentials-empty = खाता और पासवर्ड या सत्यापन कोड खाली नहीं हो सकते

## Registration

# The administrator closed this way of signing up.
registration-closed = पंजीकरण का यह तरीका बंद कर दिया गया है, इसके ज़रिए खाता पंजीकृत नहीं किया जा सकता
email-registration-not-supported = ईमेल से पंजीकरण समर्थित नहीं है
phone-registration-not-supported = फ़ोन नंबर से पंजीकरण समर्थित नहीं है
account-already-registered = यह खाता पहले से पंजीकृत है
email-already-used = यह ईमेल पहले से उपयोग में है
phone-already-used = यह फ़ोन नंबर पहले से उपयोग में है

## Login

account-not-found = खाता मौजूद नहीं है
email-not-found = इस ईमेल से कोई खाता मौजूद नहीं है
phone-not-found = इस फ़ोन नंबर से कोई खाता मौजूद नहीं है
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = खाते का पासवर्ड गलत है
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = खाता या पासवर्ड गलत है
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = लॉगिन के असफल प्रयासों की संख्या सीमा से अधिक हो गई है। कृपया { DURATION($wait) } प्रतीक्षा करने के बाद फिर से लॉग इन करें
# The administrator has disabled this account.
account-banned = यह खाता प्रतिबंधित कर दिया गया है
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = यह खाता हटा दिया गया है

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = ईमेल पहले से लिंक है
# The account already has a phone number bound to it.
phone-already-bound = फ़ोन नंबर पहले से लिंक है
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = तृतीय-पक्ष खाता कनेक्ट करने में त्रुटि (कनेक्ट टोकन पहले से मौजूद है)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = इस तृतीय-पक्ष सेवा से लॉग इन अक्षम कर दिया गया है
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = यह तृतीय-पक्ष खाता पहले से कनेक्ट है, इसे दोबारा कनेक्ट नहीं किया जा सकता
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = आपके खाते से कोई ईमेल या फ़ोन नंबर लिंक नहीं है। डिस्कनेक्ट करने के बाद आप लॉग इन नहीं कर पाएँगे, इसलिए डिस्कनेक्ट करने की सुविधा अक्षम है

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = खाते का वॉलेट मौजूद नहीं है या प्रतिबंधित कर दिया गया है
wallet-password-incorrect = वॉलेट का पासवर्ड गलत है
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = दूसरे पक्ष का वॉलेट मौजूद नहीं है या प्रतिबंधित कर दिया गया है
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = वॉलेट में उपलब्ध बैलेंस पर्याप्त नहीं है
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = दूसरे पक्ष के वॉलेट में उपलब्ध बैलेंस पर्याप्त नहीं है
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = वॉलेट का बैलेंस पिछले लेन-देन के बाद दर्ज बैलेंस से मेल नहीं खाता
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = दूसरे पक्ष के वॉलेट का बैलेंस उसके पिछले लेन-देन के बाद दर्ज बैलेंस से मेल नहीं खाता
