### Service providers and records (32xxx)
###
### Errors from service providers (plugins that send SMS, store files, take payments, and so on)
### and about stored records such as one-time tokens.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Service providers

# A service provider is a plugin that provides a service: SMS, email, file storage, payment, …
service-provider-not-configured = No hay ningún proveedor de servicios configurado
service-provider-not-found = El proveedor de servicios no existe
service-provider-disabled = El proveedor de servicios no está activado
service-provider-config-empty = Los parámetros de configuración del proveedor de servicios están vacíos
# The storage service provider is the plugin that stores uploaded files.
storage-provider-unavailable = La configuración del proveedor de almacenamiento es incorrecta: de momento no se pueden subir archivos

## Records

# A record is a stored item such as a one-time token or a verify code.
record-not-found = El ID es incorrecto o el registro no existe
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Datos anómalos: la consulta ha fallado o hay datos duplicados
record-expired = El registro ha caducado y ya no es válido. Inténtelo de nuevo
# The one-time record was already used; the client may request a new one.
record-used-retry = El registro ya se ha utilizado. Inténtelo de nuevo
# The one-time record was already used and cannot be used again.
record-used-up = El registro ya se ha utilizado y no puede volver a usarse
record-content-empty = El contenido del registro está vacío

## Service provider execution

service-provider-no-response = El proveedor de servicios no responde
service-provider-failed = El proveedor de servicios no ha podido procesar la solicitud
# A plugin called back into Fresns with missing or wrong data.
callback-data-lost = Error de devolución de llamada: faltan datos o el registro es incorrecto
# A plugin task failed because a file or record was missing.
execution-file-lost = Error de ejecución: falta un archivo o el registro es incorrecto
