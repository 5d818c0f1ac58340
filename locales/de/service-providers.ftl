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
service-provider-config-empty = Die Konfigurationsparameter des Dienstanbieters sind leer
# The storage service provider is the plugin that stores uploaded files.
storage-provider-unavailable = Der Speicheranbieter ist fehlerhaft konfiguriert. Dateien können vorübergehend nicht hochgeladen werden

## Records

# A record is a stored item such as a one-time token or a verify code.
record-not-found = Die ID ist falsch oder der Datensatz existiert nicht
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Datenfehler: Die Abfrage ist fehlgeschlagen oder die Daten sind doppelt vorhanden
record-expired = Der Datensatz ist abgelaufen und ungültig. Bitte versuchen Sie es erneut
# The one-time record was already used; the client may request a new one.
record-used-retry = Der Datensatz wurde bereits verwendet. Bitte versuchen Sie es erneut
# The one-time record was already used and cannot be used again.
record-used-up = Der Datensatz wurde bereits verwendet und kann nicht erneut verwendet werden
record-content-empty = Der Inhalt des Datensatzes ist leer

## Service provider execution

service-provider-no-response = Der Dienstanbieter antwortet nicht
service-provider-failed = Die Verarbeitung durch den Dienstanbieter ist fehlgeschlagen
# A plugin called back into Fresns with missing or wrong data.
callback-data-lost = Callback-Fehler: Daten fehlen oder der Datensatz ist falsch
# A plugin task failed because a file or record was missing.
execution-file-lost = Ausführungsfehler: Datei fehlt oder der Datensatz ist falsch
