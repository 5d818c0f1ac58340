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
interface-disabled = 该接口或版本已被系统停用，无法请求
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = 私有模式下禁止请求该接口
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = 站点模式配置错误

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = 验证码模板不可用或不存在
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = 验证码发送过于频繁，请稍后再试
    .detailed = 验证码发送过于频繁，请{ DURATION($wait) }后再试
verify-code-empty = 验证码不能为空
verify-code-incorrect = 验证码错误或已过期

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = 内容包含系统违禁词，请修改后再提交
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = 内容长度超出系统限制，请删减后重新提交
    .detailed = 内容长度超出系统限制（最多{ NUMBER($max) }个字），请删减后重新提交

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = IP 错误，不是有效的 IP 地址
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = IP 异常，无法获取详细信息
ip-details-unavailable = 无法查询该 IP 的详细信息
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = 该 IP 已被封禁，系统无法提供服务
# The location (region) of the IP address is unknown.
ip-unknown = IP 属地未知
