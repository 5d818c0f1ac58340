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
service-provider-not-configured = Nessun fornitore di servizi configurato
service-provider-not-found = Il fornitore di servizi non esiste
service-provider-disabled = Il fornitore di servizi non è attivo
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = I parametri di configurazione del fornitore di servizi sono vuoti
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = Configurazione del fornitore di archiviazione non valida: al momento non è possibile caricare file

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = ID errato o record inesistente
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Dati anomali: interrogazione non riuscita o dati duplicati
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = Il record è scaduto e non è più valido. Riprovare
# The one-time record was already used; the client may request a new one.
record-used-retry = Il record è già stato utilizzato. Riprovare
# The one-time record was already used and cannot be used again.
record-used-up = Il record è già stato utilizzato e non può essere usato di nuovo
# The one-time record exists but holds no data.
record-content-empty = Il contenuto del record è vuoto

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = Nessuna risposta dal fornitore di servizi
service-provider-failed = Elaborazione del fornitore di servizi non riuscita
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = Errore di callback: dati mancanti o record errato
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = Esecuzione anomala: file mancante o record errato
