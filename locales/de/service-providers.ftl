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
service-provider-not-configured = Es ist kein Dienstanbieter konfiguriert
service-provider-not-found = Der Dienstanbieter existiert nicht
service-provider-disabled = Der Dienstanbieter ist nicht aktiviert
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = Die Konfigurationsparameter des Dienstanbieters sind leer
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = Der Speicheranbieter ist fehlerhaft konfiguriert. Dateien können vorübergehend nicht hochgeladen werden

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = Die ID ist falsch oder der Datensatz existiert nicht
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Datenfehler: Die Abfrage ist fehlgeschlagen oder die Daten sind doppelt vorhanden
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = Der Datensatz ist abgelaufen und ungültig. Bitte versuchen Sie es erneut
# The one-time record was already used; the client may request a new one.
record-used-retry = Der Datensatz wurde bereits verwendet. Bitte versuchen Sie es erneut
# The one-time record was already used and cannot be used again.
record-used-up = Der Datensatz wurde bereits verwendet und kann nicht erneut verwendet werden
# The one-time record exists but holds no data.
record-content-empty = Der Inhalt des Datensatzes ist leer

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = Der Dienstanbieter antwortet nicht
service-provider-failed = Die Verarbeitung durch den Dienstanbieter ist fehlgeschlagen
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = Callback-Fehler: Daten fehlen oder der Datensatz ist falsch
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = Ausführungsfehler: Datei fehlt oder der Datensatz ist falsch
