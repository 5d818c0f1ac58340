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
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = Los parámetros de configuración del proveedor de servicios están vacíos
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = La configuración del proveedor de almacenamiento es incorrecta: de momento no se pueden subir archivos

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = El ID es incorrecto o el registro no existe
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Datos anómalos: la consulta ha fallado o hay datos duplicados
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = El registro ha caducado y ya no es válido. Inténtelo de nuevo
# The one-time record was already used; the client may request a new one.
record-used-retry = El registro ya se ha utilizado. Inténtelo de nuevo
# The one-time record was already used and cannot be used again.
record-used-up = El registro ya se ha utilizado y no puede volver a usarse
# The one-time record exists but holds no data.
record-content-empty = El contenido del registro está vacío

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = El proveedor de servicios no responde
service-provider-failed = El proveedor de servicios no ha podido procesar la solicitud
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = Error de devolución de llamada: faltan datos o el registro es incorrecto
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = Error de ejecución: falta un archivo o el registro es incorrecto
