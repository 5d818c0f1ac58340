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
interface-disabled = El sistema ha desactivado esta interfaz o versión y no se puede llamar
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = Esta interfaz no está disponible en modo privado
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = Error en la configuración del modo del sitio

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = La plantilla del código de verificación no está disponible o no existe
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = Ha solicitado códigos de verificación con demasiada frecuencia. Inténtelo de nuevo más tarde
    .detailed = Ha solicitado códigos de verificación con demasiada frecuencia. Inténtelo de nuevo dentro de { DURATION($wait) }
verify-code-empty = El código de verificación no puede estar vacío
verify-code-incorrect = El código de verificación es incorrecto o ha caducado

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = El contenido incluye palabras prohibidas. Modifíquelo antes de enviarlo
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = El contenido supera la longitud máxima permitida. Acórtelo y vuelva a enviarlo
    .detailed =
        El contenido supera el límite de { $max ->
            [one] { NUMBER($max) } carácter
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        }. Acórtelo y vuelva a enviarlo

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = Error de IP: la dirección IP no es válida
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = La dirección IP es anómala y no se pueden obtener sus detalles
ip-details-unavailable = No se pueden consultar los detalles de esta dirección IP
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = Esta dirección IP ha sido bloqueada y el sistema no puede prestarle servicio
# The location (region) of the IP address is unknown.
ip-unknown = Se desconoce la ubicación de la dirección IP
