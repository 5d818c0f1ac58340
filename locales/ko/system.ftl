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
interface-disabled = 시스템에서 비활성화한 API 또는 버전이므로 요청할 수 없습니다.
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = 비공개 모드에서는 이 API를 요청할 수 없습니다.
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = 사이트 모드 설정에 오류가 있습니다.

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = 인증 코드 템플릿을 사용할 수 없거나 존재하지 않습니다.
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = 인증 코드를 너무 자주 요청했습니다. 잠시 후 다시 시도해 주세요.
    .detailed = 인증 코드를 너무 자주 요청했습니다. { DURATION($wait) } 후에 다시 시도해 주세요.
verify-code-empty = 인증 코드를 입력해 주세요.
verify-code-incorrect = 인증 코드가 올바르지 않거나 만료되었습니다.

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = 내용에 금지어가 포함되어 있습니다. 수정한 후 다시 제출해 주세요.
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = 내용이 시스템 길이 제한을 초과했습니다. 내용을 줄인 후 다시 제출해 주세요.
    .detailed = 내용이 시스템 제한({ NUMBER($max) }자)을 초과했습니다. 내용을 줄인 후 다시 제출해 주세요.

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = 유효한 IP 주소가 아닙니다.
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = 비정상적인 IP이므로 상세 정보를 확인할 수 없습니다.
ip-details-unavailable = IP 상세 정보를 조회할 수 없습니다.
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = 차단된 IP이므로 서비스를 제공할 수 없습니다.
# The location (region) of the IP address is unknown.
ip-unknown = IP 위치를 알 수 없습니다.
