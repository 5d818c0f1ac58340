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
service-provider-not-configured = No service provider configured
service-provider-not-found = The service provider not exist
service-provider-disabled = The service provider not enabled
service-provider-config-empty = Service provider config parameter is empty
# The storage service provider is the plugin that stores uploaded files.
storage-provider-unavailable = Storage service provider configuration exception, temporarily unable to upload file

## Records

# A record is a stored item such as a one-time token or a verify code.
record-not-found = Wrong ID or record not exist
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Abnormal data: failed to be queried or data duplicated.
record-expired = Record expired and invalid. Please try again.
# The one-time record was already used; the client may request a new one.
record-used-retry = Record used. Please try again.
# The one-time record was already used and cannot be used again.
record-used-up = Record used. Can no longer be used.
record-content-empty = Record content is empty

## Service provider execution

service-provider-no-response = No response from the service provider
service-provider-failed = Service provider processing failed
# A plugin called back into Fresns with missing or wrong data.
callback-data-lost = Callback error: data lost or wrong record
# A plugin task failed because a file or record was missing.
execution-file-lost = Abnormal execution: file lost or wrong record
