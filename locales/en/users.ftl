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
change-too-frequent = Could only be modified once within the specified number of days
    .detailed =
        Could only be modified once every { $days ->
            [one] day
           *[other] { NUMBER($days) } days
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = Your username can only contain letters, numbers and single hyphens
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Username length incorrect
    .detailed = Username must be { NUMBER($min) } to { NUMBER($max) } characters long
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = Username does not meet the minimum length requirement
    .detailed = Username is too short: it must be { NUMBER($min) } to { NUMBER($max) } characters long
username-taken = That username has been taken. Please choose another.
# Block words are the administrator's list of words that may not appear.
username-blocked-words = The username contains block words
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = Consider using a nickname without special characters so it’s accessible to even more people, including people who are blind or have low vision.
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Nickname length incorrect
    .detailed = Nickname must be { NUMBER($min) } to { NUMBER($max) } characters long
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = Nickname does not meet the minimum length requirement
    .detailed = Nickname is too short: it must be { NUMBER($min) } to { NUMBER($max) } characters long
nickname-blocked-words = The nickname contains block words
nickname-taken = That nickname has been taken. Please choose another.

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = Current user not exist or not belong to the current account
# The administrator has disabled this user.
user-banned = Current user has been banned
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = The user has been logged out
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Incorrect password

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = Current user has no right to request
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = The user has expired and has no right to use the function
user-expired-content = User has expired and is not entitled to view current content
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = The content belongs to the new content after the expiration date, the current user has expired and does not have the right to view
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = You cannot specify a user to view the content
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = The system has been opened in private mode, the current user has no authorization information
