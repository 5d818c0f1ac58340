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
interface-disabled = Этот метод API или его версия отключены системой, запросы к ним невозможны
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = В приватном режиме запросы к этому методу API запрещены
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = Ошибка настройки режима сайта

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = Шаблон кода подтверждения недоступен или не существует
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = Код подтверждения запрашивался слишком часто. Повторите попытку позже
    .detailed = Код подтверждения запрашивался слишком часто. Повторите попытку позже (время ожидания: { DURATION($wait) })
verify-code-empty = Не указан код подтверждения
verify-code-incorrect = Неверный код подтверждения или срок его действия истёк

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = Контент содержит запрещённые слова. Исправьте его перед отправкой
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = Длина контента превышает системное ограничение. Сократите его и отправьте снова
    .detailed =
        Контент превышает системное ограничение в { $max ->
            [one] { NUMBER($max) } символ
            [few] { NUMBER($max) } символа
            [many] { NUMBER($max) } символов
           *[other] { NUMBER($max) } символа
        }. Сократите его и отправьте снова

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = Ошибка IP: недопустимый IP-адрес
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = Ошибка IP-адреса: сведения о нём недоступны
ip-details-unavailable = Не удалось получить сведения об этом IP-адресе
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = Этот IP-адрес заблокирован, обслуживание невозможно
# The location (region) of the IP address is unknown.
ip-unknown = Местоположение IP-адреса неизвестно
