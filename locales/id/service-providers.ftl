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
service-provider-not-configured = Belum ada penyedia layanan yang dikonfigurasi
service-provider-not-found = Penyedia layanan tidak ditemukan
service-provider-disabled = Penyedia layanan belum diaktifkan
service-provider-config-empty = Parameter konfigurasi penyedia layanan kosong
# The storage service provider is the plugin that stores uploaded files.
storage-provider-unavailable = Konfigurasi penyedia layanan penyimpanan bermasalah. Untuk sementara, file tidak dapat diunggah

## Records

# A record is a stored item such as a one-time token or a verify code.
record-not-found = ID salah atau data tidak ditemukan
# The lookup failed, or returned duplicates where one record was expected.
data-abnormal = Data tidak normal: kueri gagal atau terdapat data ganda
record-expired = Data sudah kedaluwarsa dan tidak berlaku lagi. Silakan coba lagi
# The one-time record was already used; the client may request a new one.
record-used-retry = Data ini sudah digunakan. Silakan coba lagi
# The one-time record was already used and cannot be used again.
record-used-up = Data ini sudah digunakan dan tidak dapat digunakan lagi
record-content-empty = Isi data kosong

## Service provider execution

service-provider-no-response = Penyedia layanan tidak merespons
service-provider-failed = Pemrosesan oleh penyedia layanan gagal
# A plugin called back into Fresns with missing or wrong data.
callback-data-lost = Kesalahan callback: data hilang atau tidak sesuai
# A plugin task failed because a file or record was missing.
execution-file-lost = Eksekusi tidak normal: file hilang atau data tidak sesuai
