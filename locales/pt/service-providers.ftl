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
service-provider-config-empty = Os parâmetros de configuração do provedor de serviço estão vazios
# The storage service provider is the plugin that stores uploaded files.
storage-provider-unavailable = Erro na configuração do provedor de armazenamento. No momento, não é possível enviar arquivos

## Records

# A record is a stored item such as a one-time token or a verify code.
record-not-found = ID incorreto ou registro inexistente
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Dados inconsistentes: a consulta falhou ou há registros duplicados
record-expired = O registro expirou e não é mais válido. Tente novamente
# The one-time record was already used; the client may request a new one.
record-used-retry = Este registro já foi usado. Tente novamente
# The one-time record was already used and cannot be used again.
record-used-up = Este registro já foi usado e não pode ser usado de novo
record-content-empty = O conteúdo do registro está vazio

## Service provider execution

service-provider-no-response = O provedor de serviço não respondeu
service-provider-failed = Falha no processamento pelo provedor de serviço
# A plugin called back into Fresns with missing or wrong data.
callback-data-lost = Erro de callback: dados perdidos ou registro incorreto
# A plugin task failed because a file or record was missing.
execution-file-lost = Erro na execução: arquivo perdido ou registro incorreto
