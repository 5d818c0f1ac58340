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
interface-disabled = Esta interface ou versão foi desativada pelo sistema e não aceita solicitações
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = Esta interface não pode ser acessada no modo privado
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = Erro na configuração do modo do site

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = O modelo do código de verificação está indisponível ou não existe
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = Você solicitou códigos de verificação com muita frequência. Tente novamente mais tarde
    .detailed = Você solicitou códigos de verificação com muita frequência. Tente novamente em { DURATION($wait) }
verify-code-empty = O código de verificação não pode ficar vazio
verify-code-incorrect = Código de verificação incorreto ou expirado

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = O conteúdo contém palavras proibidas pelo sistema. Altere-o antes de enviar
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = O conteúdo excede o limite de tamanho do sistema. Reduza o texto e envie novamente
    .detailed =
        O conteúdo excede o limite de { $max ->
            [one] { NUMBER($max) } caractere
            [many] { NUMBER($max) } de caracteres
           *[other] { NUMBER($max) } caracteres
        } definido pelo sistema. Reduza o texto e envie novamente

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = Erro de IP: este não é um endereço IP válido
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = O IP apresenta uma anomalia e não é possível obter os detalhes
ip-details-unavailable = Não foi possível consultar os detalhes deste IP
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = Este IP foi bloqueado e o sistema não pode atender à solicitação
# The location (region) of the IP address is unknown.
ip-unknown = A localização do IP é desconhecida
