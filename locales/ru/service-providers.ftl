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
service-provider-not-configured = Поставщик услуг не настроен
service-provider-not-found = Поставщик услуг не найден
service-provider-disabled = Поставщик услуг не включён
service-provider-config-empty = Параметры конфигурации поставщика услуг не заданы
# The storage service provider is the plugin that stores uploaded files.
storage-provider-unavailable = Ошибка настройки поставщика услуг хранения, загрузка файлов временно недоступна

## Records

# A record is a stored item such as a one-time token or a verify code.
record-not-found = Неверный ID или запись не найдена
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Ошибка данных: не удалось выполнить запрос или найдены дубликаты
record-expired = Срок действия записи истёк. Повторите попытку
# The one-time record was already used; the client may request a new one.
record-used-retry = Запись уже использована. Повторите попытку
# The one-time record was already used and cannot be used again.
record-used-up = Запись уже использована и больше недействительна
record-content-empty = Содержимое записи пусто

## Service provider execution

service-provider-no-response = Поставщик услуг не отвечает
service-provider-failed = Поставщику услуг не удалось обработать запрос
# A plugin called back into Fresns with missing or wrong data.
callback-data-lost = Ошибка обратного вызова: данные потеряны или запись неверна
# A plugin task failed because a file or record was missing.
execution-file-lost = Ошибка выполнения: файл потерян или запись неверна
