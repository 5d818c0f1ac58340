### Users (35xxx)
###
### Errors about users: the profiles inside an account, with their usernames, nicknames and permissions.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Usernames and nicknames

# Some profile fields (such as the username) may be changed only once within a set number of days.
# $days (number, use NUMBER() and plural variants): the number of days between two changes.
change-too-frequent = इसे निर्धारित दिनों में केवल एक बार बदला जा सकता है
    .detailed =
        इसे { $days ->
            [1] दिन
            [one] { NUMBER($days) } दिन
           *[other] { NUMBER($days) } दिनों
        } में केवल एक बार बदला जा सकता है
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = उपयोगकर्ता नाम में केवल अंग्रेज़ी अक्षर, अंक और अधिकतम एक हाइफ़न हो सकता है, जो शुरुआत या अंत में नहीं हो सकता
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = उपयोगकर्ता नाम की लंबाई सही नहीं है
    .detailed =
        उपयोगकर्ता नाम { NUMBER($min) } से { $max ->
            [one] { NUMBER($max) } वर्ण
           *[other] { NUMBER($max) } वर्णों
        } का होना चाहिए
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = उपयोगकर्ता नाम न्यूनतम लंबाई की शर्त पूरी नहीं करता
    .detailed =
        उपयोगकर्ता नाम बहुत छोटा है: यह { NUMBER($min) } से { $max ->
            [one] { NUMBER($max) } वर्ण
           *[other] { NUMBER($max) } वर्णों
        } का होना चाहिए
username-taken = यह उपयोगकर्ता नाम पहले ही लिया जा चुका है। कृपया कोई दूसरा चुनें
# Block words are the administrator's list of words that may not appear.
username-blocked-words = उपयोगकर्ता नाम में प्रतिबंधित शब्द हैं
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = प्रदर्शित नाम में विशेष चिह्न नहीं हो सकते, ताकि दृष्टिहीन या कम दृष्टि वाले लोगों सहित ज़्यादा से ज़्यादा लोग इसे आसानी से पढ़ सकें
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = प्रदर्शित नाम की लंबाई सही नहीं है
    .detailed =
        प्रदर्शित नाम { NUMBER($min) } से { $max ->
            [one] { NUMBER($max) } वर्ण
           *[other] { NUMBER($max) } वर्णों
        } का होना चाहिए
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = प्रदर्शित नाम न्यूनतम लंबाई की शर्त पूरी नहीं करता
    .detailed =
        प्रदर्शित नाम बहुत छोटा है: यह { NUMBER($min) } से { $max ->
            [one] { NUMBER($max) } वर्ण
           *[other] { NUMBER($max) } वर्णों
        } का होना चाहिए
nickname-blocked-words = प्रदर्शित नाम में प्रतिबंधित शब्द हैं
nickname-taken = यह प्रदर्शित नाम पहले ही लिया जा चुका है। कृपया कोई दूसरा चुनें

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = वर्तमान उपयोगकर्ता मौजूद नहीं है या इस खाते से संबंधित नहीं है
# The administrator has disabled this user.
user-banned = यह उपयोगकर्ता प्रतिबंधित कर दिया गया है
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = यह उपयोगकर्ता हटा दिया गया है
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = पासवर्ड गलत है

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = वर्तमान उपयोगकर्ता को अनुरोध करने की अनुमति नहीं है
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = उपयोगकर्ता की सदस्यता समाप्त हो गई है, इसलिए इस सुविधा का उपयोग करने की अनुमति नहीं है
user-expired-content = उपयोगकर्ता की सदस्यता समाप्त हो गई है, इसलिए यह सामग्री देखने की अनुमति नहीं है
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = यह सामग्री सदस्यता समाप्त होने के बाद प्रकाशित हुई है। वर्तमान उपयोगकर्ता की सदस्यता समाप्त हो चुकी है, इसलिए इसे देखने की अनुमति नहीं है
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = किसी एक उपयोगकर्ता की पोस्ट या टिप्पणियाँ देखने की सुविधा बंद है
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = साइट निजी मोड में चल रही है, वर्तमान उपयोगकर्ता के पास पहुँच की अनुमति नहीं है
