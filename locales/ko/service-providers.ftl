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
service-provider-not-configured = 설정된 서비스 제공자가 없습니다.
service-provider-not-found = 서비스 제공자가 존재하지 않습니다.
service-provider-disabled = 서비스 제공자가 활성화되어 있지 않습니다.
# A service provider plugin is chosen, but its settings are empty.
service-provider-config-empty = 서비스 제공자의 설정 매개변수가 비어 있습니다.
# The storage service provider is the plugin that stores uploaded files. It is missing or not fully
# configured for this kind of file, so nothing can be uploaded for now.
storage-provider-unavailable = 스토리지 서비스 제공자 설정에 문제가 있어 지금은 파일을 업로드할 수 없습니다.

## Records

# The ID given in the request (of a post, comment, user, file, wallet transaction, …) is wrong, or
# nothing with that ID exists.
record-not-found = ID가 올바르지 않거나 레코드가 존재하지 않습니다.
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = 데이터 이상: 조회에 실패했거나 데이터가 중복되었습니다.
# 32203–32206 are about one-time records: data that a plugin hands back to the client after a task
# (such as a third-party login), or a login token waiting to be used. Each can be used once, within a
# set time (30 minutes for plugin data). This one is past its time limit.
record-expired = 레코드가 만료되어 유효하지 않습니다. 다시 시도해 주세요.
# The one-time record was already used; the client may request a new one.
record-used-retry = 이미 사용된 레코드입니다. 다시 시도해 주세요.
# The one-time record was already used and cannot be used again.
record-used-up = 이미 사용된 레코드이므로 더 이상 사용할 수 없습니다.
# The one-time record exists but holds no data.
record-content-empty = 레코드 내용이 비어 있습니다.

## Service provider execution

# The service provider plugin did not answer.
service-provider-no-response = 서비스 제공자가 응답하지 않습니다.
service-provider-failed = 서비스 제공자가 요청을 처리하지 못했습니다.
# The data a plugin left for the client (found by a key) cannot be found, or the key is wrong.
callback-data-lost = 콜백 오류: 데이터가 유실되었거나 레코드가 올바르지 않습니다.
# The file, or the content it is attached to, has been deleted or cannot be found (for example when
# asking for a file's download link).
execution-file-lost = 실행 오류: 파일이 유실되었거나 레코드가 올바르지 않습니다.
