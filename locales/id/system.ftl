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
interface-disabled = Antarmuka atau versi ini telah dinonaktifkan oleh sistem dan tidak dapat diakses
# In private mode only signed-in members can use the site.
private-mode-request-forbidden = Antarmuka ini tidak dapat diakses dalam mode privat
# The site mode is public or private; it is set in the admin panel.
site-mode-config-error = Kesalahan konfigurasi mode situs

## Verify codes

# Verify codes are sent by SMS or email using a template set up in the admin panel.
verify-code-template-unavailable = Templat kode verifikasi tidak tersedia atau tidak ada
# $wait (duration, use DURATION()): time until a new verify code may be sent.
verify-code-sent-too-often = Anda terlalu sering meminta kode verifikasi. Silakan coba lagi nanti
    .detailed = Anda terlalu sering meminta kode verifikasi. Silakan coba lagi setelah { DURATION($wait) }
verify-code-empty = Kode verifikasi tidak boleh kosong
verify-code-incorrect = Kode verifikasi salah atau sudah kedaluwarsa

## Content rules

# The administrator keeps a list of banned words. Raised for profile texts such as the bio.
system-banned-words = Konten mengandung kata terlarang sistem. Silakan ubah sebelum mengirim
# The text submitted for a profile field (such as the bio) is longer than the site allows.
# $max (number, use NUMBER() and plural variants): the most characters allowed.
content-length-exceeded = Panjang konten melebihi batas sistem. Silakan persingkat lalu kirim ulang
    .detailed = Konten melebihi batas sistem, yaitu { NUMBER($max) } karakter. Silakan persingkat lalu kirim ulang

## IP addresses

# 33400–33404 come from IP lookups (a service that finds where an IP address is located).
ip-invalid = Kesalahan IP: bukan alamat IP yang valid
# Something is wrong with the IP address, so its details (such as its location) cannot be looked up.
# It does not accuse the user of anything.
ip-abnormal = IP tidak normal sehingga detailnya tidak tersedia
ip-details-unavailable = Detail IP ini tidak dapat diperoleh
# The administrator has blocked this IP address; the site serves no requests from it.
ip-blocked = IP ini telah diblokir sehingga sistem tidak dapat memberikan layanan
# The location (region) of the IP address is unknown.
ip-unknown = Lokasi IP tidak diketahui
