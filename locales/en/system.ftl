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
interface-disabled = This interface or version has been disabled by the system and cannot be requested
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = Request for the interface is forbidden under private mode
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = Site mode configuration error

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = Verify code template unavailable or not exist
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = Send the Verify code too often, please try again later
    .detailed = Verify codes were requested too often, please try again in { DURATION($wait) }
verify-code-empty = Verify code cannot be empty
verify-code-incorrect = Verify code incorrect or expired

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = Content contains system banned words, please modify before submitting
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = The length of the content exceeds the system limit, please reduce it and submit again
    .detailed =
        The content exceeds the system limit of { $max ->
            [one] { NUMBER($max) } character
           *[other] { NUMBER($max) } characters
        }, please shorten it and submit again

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = IP error, not a valid IP address
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = The IP is abnormal and the details are not available
ip-details-unavailable = The IP cannot be queried for details
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = The IP has been disabled and the system cannot provide service
# The location (region) of the IP address is unknown.
ip-unknown = The IP is unknown.
