### Request headers (31xxx)
###
### Errors about the headers every Fresns API request carries: the platform, the client version,
### the App ID and its key, the signature, the language and time zone, login tokens and device info.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Headers

# Generic error about the request headers.
headers-error = Ошибка в заголовках запроса

## Platform

# The platform ID identifies the client platform (web, iOS, Android, …) in the X-Fresns-Client-Platform-Id header.
platform-id-not-found = ID платформы не найден
platform-id-key-mismatch = ID платформы и ключ не соответствуют друг другу
# The login token was issued to a client on another platform than the one this request names.
platform-id-account-mismatch = ID платформы не соответствует аккаунту или пользователю

## Client version

# "Version" is the client app's version, sent in a request header.
version-not-found = Версия клиента не найдена
version-key-mismatch = Версия клиента и ключ не соответствуют друг другу

## App ID, keys and signatures

# The App ID and its key are issued to each client app in the Fresns admin panel.
app-id-unavailable = App ID не существует или отключён
signature-invalid = Неверная подпись
signature-expired = Срок действия подписи истёк
# "Key" is the App ID's API key.
key-not-authorized = У этого ключа нет доступа к данному методу API
# A read-only key may only call read endpoints.
read-only-key-not-authorized = Ключ только для чтения не даёт доступа к данному методу API

## Language and time zone

# The client sent a language tag (X-Fresns-Client-Lang-Tag) that is not well-formed or not enabled.
language-tag-incorrect = Неверный языковой тег
# The client sent a time zone (X-Fresns-Client-Timezone) that is not a valid UTC offset such as +8.
timezone-incorrect = Неверный часовой пояс

## Account login

# AID is the account ID. Keep "AID" untranslated.
account-not-logged-in = Вход в аккаунт не выполнен, действие недоступно (пустой AID)
# The account given in the request is wrong, or no such account exists.
account-record-not-found = Аккаунт не найден или указан неверно
# A login token proves that the client is signed in.
account-token-missing = Токен входа отсутствует, войдите снова (пустой токен)
account-token-expired = Токен входа больше не действителен, войдите снова (токен отключён или истёк срок его действия)
account-token-incorrect = Токен входа в аккаунт неверен или не существует (неверный токен аккаунта)

## User login

# UID is the user ID. Keep "UID" untranslated.
user-not-logged-in = Вход от имени пользователя не выполнен, действие недоступно (пустой UID)
# The user given in the request is wrong, or no such user exists.
user-record-not-found = Пользователь не найден или указан неверно
user-token-incorrect = Токен входа пользователя неверен или не существует (неверный токен пользователя)

## Device information

# Device information is a JSON header the client sends about the device.
device-info-missing = Сведения об устройстве недоступны (сведения об устройстве не переданы)
device-info-malformed = Неверный формат сведений об устройстве
device-info-missing-ip = В сведениях об устройстве отсутствует IP-адрес
