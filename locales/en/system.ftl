### System and site (33xxx)
###
### Errors from site-wide settings: disabled interfaces, private mode, verify codes, banned words and IP checks.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Interfaces and site mode

# The administrator disabled this API endpoint or API version.
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

# The administrator keeps a list of banned words.
system-banned-words = Content contains system banned words, please modify before submitting
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = The length of the content exceeds the system limit, please reduce it and submit again
    .detailed = The content exceeds the system limit of { $max ->
        [one] { NUMBER($max) } character
       *[other] { NUMBER($max) } characters
    }, please shorten it and submit again

## IP addresses

ip-invalid = IP error, not a valid IP address
ip-abnormal = The IP is abnormal and the details are not available
ip-details-unavailable = The IP cannot be queried for details
ip-blocked = The IP has been disabled and the system cannot provide service
ip-unknown = The IP is unknown.
