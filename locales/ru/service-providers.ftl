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
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = Параметры конфигурации поставщика услуг не заданы
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = Ошибка настройки поставщика услуг хранения, загрузка файлов временно недоступна

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = Неверный ID или запись не найдена
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Ошибка данных: не удалось выполнить запрос или найдены дубликаты
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = Срок действия записи истёк. Повторите попытку
# The one-time record was already used; the client may request a new one.
record-used-retry = Запись уже использована. Повторите попытку
# The one-time record was already used and cannot be used again.
record-used-up = Запись уже использована и больше недействительна
# The one-time record exists but holds no data.
record-content-empty = Содержимое записи пусто

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = Поставщик услуг не отвечает
service-provider-failed = Поставщику услуг не удалось обработать запрос
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = Ошибка обратного вызова: данные потеряны или запись неверна
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = Ошибка выполнения: файл потерян или запись неверна
