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
service-provider-not-configured = Aucun fournisseur de services n’est configuré
service-provider-not-found = Ce fournisseur de services n’existe pas
service-provider-disabled = Ce fournisseur de services n’est pas activé
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = Les paramètres de configuration du fournisseur de services sont vides
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = La configuration du fournisseur de stockage est incorrecte : l’importation de fichiers est temporairement impossible

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = ID incorrect ou enregistrement inexistant
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Données anormales : la requête a échoué ou des doublons ont été trouvés
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = Cet enregistrement a expiré et n’est plus valide. Veuillez réessayer
# The one-time record was already used; the client may request a new one.
record-used-retry = Cet enregistrement a déjà été utilisé. Veuillez réessayer
# The one-time record was already used and cannot be used again.
record-used-up = Cet enregistrement a déjà été utilisé et ne peut plus servir
# The one-time record exists but holds no data.
record-content-empty = Le contenu de l’enregistrement est vide

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = Le fournisseur de services ne répond pas
service-provider-failed = Le traitement par le fournisseur de services a échoué
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = Erreur de rappel : données perdues ou enregistrement incorrect
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = Erreur d’exécution : fichier perdu ou enregistrement incorrect
