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
interface-disabled = Questa interfaccia o versione è stata disattivata dal sistema e non può essere chiamata
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = In modalità privata non è consentito chiamare questa interfaccia
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = Errore di configurazione della modalità del sito

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = Il modello del codice di verifica non è disponibile o non esiste
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = Sono stati richiesti troppi codici di verifica. Riprovare più tardi
    .detailed = Sono stati richiesti troppi codici di verifica. Riprovare tra { DURATION($wait) }
verify-code-empty = Il codice di verifica non può essere vuoto
verify-code-incorrect = Il codice di verifica è errato o scaduto

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = Il contenuto contiene parole vietate. Modificarlo prima di inviarlo
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = Il contenuto supera la lunghezza massima consentita. Accorciarlo e inviarlo di nuovo
    .detailed =
        Il contenuto supera il limite massimo di { $max ->
            [one] { NUMBER($max) } carattere
            [many] { NUMBER($max) } di caratteri
           *[other] { NUMBER($max) } caratteri
        }. Accorciarlo e inviarlo di nuovo

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = Errore IP: l'indirizzo IP non è valido
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = L'indirizzo IP è anomalo e non è possibile ottenerne i dettagli
ip-details-unavailable = Impossibile recuperare i dettagli dell'indirizzo IP
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = Questo indirizzo IP è stato bloccato: il servizio non è disponibile
# The location (region) of the IP address is unknown.
ip-unknown = La posizione dell'indirizzo IP è sconosciuta
