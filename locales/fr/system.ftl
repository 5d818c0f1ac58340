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
interface-disabled = Cette interface ou cette version a été désactivée par le système et ne peut pas être appelée
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = Cette interface n’est pas accessible en mode privé
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = Erreur de configuration du mode du site

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = Le modèle de code de vérification est indisponible ou n’existe pas
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = Trop de demandes de code de vérification. Veuillez réessayer plus tard
    .detailed = Trop de demandes de code de vérification. Veuillez réessayer dans { DURATION($wait) }
verify-code-empty = Le code de vérification ne peut pas être vide
verify-code-incorrect = Code de vérification incorrect ou expiré

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = Le contenu contient des mots interdits. Veuillez le modifier avant de l’envoyer
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = Le contenu dépasse la longueur maximale autorisée. Veuillez le raccourcir et l’envoyer à nouveau
    .detailed =
        Le contenu dépasse la limite de { $max ->
            [one] { NUMBER($max) } caractère
            [many] { NUMBER($max) } de caractères
           *[other] { NUMBER($max) } caractères
        }. Veuillez le raccourcir et l’envoyer à nouveau

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = Erreur d’IP : cette adresse IP n’est pas valide
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = Cette adresse IP est anormale et ses détails ne sont pas disponibles
ip-details-unavailable = Impossible d’obtenir les détails de cette adresse IP
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = Cette adresse IP a été bloquée : le service ne peut pas être fourni
# The location (region) of the IP address is unknown.
ip-unknown = La localisation de l’adresse IP est inconnue
