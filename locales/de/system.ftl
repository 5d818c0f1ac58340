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
interface-disabled = Diese Schnittstelle oder Version wurde vom System deaktiviert und kann nicht aufgerufen werden
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = Im Privatmodus darf diese Schnittstelle nicht aufgerufen werden
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = Der Website-Modus ist fehlerhaft konfiguriert

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = Die Vorlage für Bestätigungscodes ist nicht verfügbar oder existiert nicht
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = Es wurden zu oft Bestätigungscodes angefordert. Bitte versuchen Sie es später erneut
    .detailed = Es wurden zu oft Bestätigungscodes angefordert. Bitte warten Sie { DURATION($wait) } und versuchen Sie es dann erneut
verify-code-empty = Der Bestätigungscode darf nicht leer sein
verify-code-incorrect = Der Bestätigungscode ist falsch oder abgelaufen

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = Der Inhalt enthält gesperrte Wörter. Bitte überarbeiten Sie ihn vor dem Absenden
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = Der Inhalt überschreitet die zulässige Länge. Bitte kürzen Sie ihn und senden Sie ihn erneut ab
    .detailed =
        Der Inhalt überschreitet die zulässige Länge von { $max ->
            [one] { NUMBER($max) } Zeichen
           *[other] { NUMBER($max) } Zeichen
        }. Bitte kürzen Sie ihn und senden Sie ihn erneut ab

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = IP-Fehler: keine gültige IP-Adresse
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = Die IP-Adresse ist fehlerhaft, Details sind nicht verfügbar
ip-details-unavailable = Zu dieser IP-Adresse können keine Details abgerufen werden
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = Diese IP-Adresse wurde gesperrt, der Dienst steht nicht zur Verfügung
# The location (region) of the IP address is unknown.
ip-unknown = Der Standort der IP-Adresse ist unbekannt
