### Accounts (34xxx)
###
### Errors about accounts: sign-up, login, bound email and phone, connected third-party logins and wallets.
### In Fresns an *account* is the login identity (email or phone); one account can hold several *users*.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Email, phone and password

email-format-incorrect = Format email salah
phone-format-incorrect = Format nomor telepon salah
# The international dialing prefix, such as +1 or +86.
country-code-incorrect = Kode negara salah
new-password-mismatch = Kedua kata sandi baru yang dimasukkan tidak cocok
# $min (number, use NUMBER() and plural variants): the shortest password allowed, in characters.
# $max (number, use NUMBER() and plural variants): the longest password allowed, in characters.
password-length-incorrect = Panjang kata sandi tidak sesuai
    .detailed = Kata sandi harus terdiri dari { NUMBER($min) } hingga { NUMBER($max) } karakter
password-needs-number = Kata sandi harus mengandung angka
password-needs-lowercase = Kata sandi harus mengandung huruf kecil
password-needs-uppercase = Kata sandi harus mengandung huruf besar
password-needs-symbol = Kata sandi harus mengandung simbol
# The email address belongs to a domain the site does not accept for sign-up.
email-domain-not-supported = Domain email ini tidak didukung
# The account and either its password or a verify code must be given.
credentials-empty = Akun serta kata sandi atau kode verifikasi tidak boleh kosong

## Registration

# The administrator closed this way of signing up.
registration-closed = Metode pendaftaran ini telah ditutup dan tidak dapat digunakan untuk membuat akun
email-registration-not-supported = Pendaftaran dengan email tidak didukung
phone-registration-not-supported = Pendaftaran dengan nomor telepon tidak didukung
account-already-registered = Akun ini sudah terdaftar
email-already-used = Email ini sudah digunakan
phone-already-used = Nomor telepon ini sudah digunakan

## Login

account-not-found = Akun tidak ditemukan
email-not-found = Email tidak ditemukan
phone-not-found = Nomor telepon tidak ditemukan
account-password-incorrect = Kata sandi akun salah
account-or-password-incorrect = Akun atau kata sandi salah
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Anda telah melampaui batas percobaan masuk. Silakan masuk kembali setelah { DURATION($wait) }
account-banned = Akun ini telah diblokir
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Akun ini telah dihapus

## Bound email, phone and connects

email-already-bound = Email sudah ditautkan
phone-already-bound = Nomor telepon sudah ditautkan
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
connect-token-exists = Gagal menghubungkan akun (token koneksi sudah ada)
# The third-party login service has been disabled by the administrator.
connect-token-disabled = Login melalui layanan pihak ketiga ini telah dinonaktifkan
# The third-party login is already linked to an account.
account-already-connected = Akun pihak ketiga ini sudah terhubung dan tidak dapat dihubungkan lagi
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = Akun Anda belum ditautkan dengan email maupun nomor telepon. Jika koneksi ini diputus, Anda tidak akan bisa masuk lagi, sehingga koneksi tidak dapat diputus

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
wallet-unavailable = Dompet akun tidak ada atau telah diblokir
wallet-password-incorrect = Kata sandi dompet salah
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = Dompet pihak lain tidak ada atau telah diblokir
# The wallet balance cannot be used to pay (for example it is frozen).
wallet-payment-not-allowed = Saldo dompet tidak dapat digunakan untuk pembayaran
counterparty-payment-not-allowed = Saldo dompet pihak lain tidak dapat digunakan untuk pembayaran
# After the transaction the balance would break the wallet's limits.
wallet-closing-balance-mismatch = Saldo akhir setelah transaksi akan melampaui batas dompet
counterparty-closing-balance-mismatch = Saldo akhir pihak lain setelah transaksi akan melampaui batas dompetnya
