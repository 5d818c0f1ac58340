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
service-provider-not-configured = Nenhum provedor de serviço configurado
service-provider-not-found = O provedor de serviço não existe
service-provider-disabled = O provedor de serviço não está ativado
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = Os parâmetros de configuração do provedor de serviço estão vazios
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = Erro na configuração do provedor de armazenamento. No momento, não é possível enviar arquivos

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = O ID não existe ou é inválido
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Dados inconsistentes: a consulta falhou ou há registros duplicados
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = O registro expirou e não é mais válido. Tente novamente
# The one-time record was already used; the client may request a new one.
record-used-retry = Este registro já foi usado. Tente novamente
# The one-time record was already used and cannot be used again.
record-used-up = Este registro já foi usado e não pode ser usado de novo
# The one-time record exists but holds no data.
record-content-empty = O conteúdo do registro está vazio

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = O provedor de serviço não respondeu
service-provider-failed = Falha no processamento pelo provedor de serviço
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = Erro de callback: dados perdidos ou registro incorreto
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = Erro na execução: arquivo perdido ou registro incorreto
