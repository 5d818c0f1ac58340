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
# Neither a password nor a verify code was given, and one of them is needed (to log in, or to prove
# who you are before changing the password).
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
# The account's own password is wrong (a user profile can have a password of its own: see 35204).
account-password-incorrect = Kata sandi akun salah
# Login failed: the account (email or phone number) or the password is wrong; the message does not
# say which.
account-or-password-incorrect = Akun atau kata sandi salah
# The account is locked after too many failed logins.
# $wait (duration, use DURATION()): time until login is allowed again; 1 hour when the service gives none.
login-attempts-exceeded = Anda telah melampaui batas percobaan masuk. Silakan masuk kembali setelah { DURATION($wait) }
# The administrator has disabled this account.
account-banned = Akun ini telah diblokir
# "Logged out" here means the account was closed (deleted) by its owner, not that they signed out.
account-closed = Akun ini telah dihapus

## Bound email, phone and connects

# The account already has an email address bound to it.
email-already-bound = Email sudah ditautkan
# The account already has a phone number bound to it.
phone-already-bound = Nomor telepon sudah ditautkan
# A connect is a third-party login (WeChat, GitHub, Apple, …) linked to the account; the connected token is that service's ID for the person.
# Signing up with this third-party login failed because it is already linked to an account.
connect-token-exists = Gagal menghubungkan akun (token koneksi sudah ada)
# Logging in with this third-party login failed because its link to the account has been disabled.
connect-token-disabled = Login melalui layanan pihak ketiga ini telah dinonaktifkan
# This third-party login is already linked to an account, so it cannot be connected again.
account-already-connected = Akun pihak ketiga ini sudah terhubung dan tidak dapat dihubungkan lagi
# Disconnect means unlinking a third-party login. Without an email or phone the account would have no way to log in.
disconnect-would-lock-out = Akun Anda belum ditautkan dengan email maupun nomor telepon. Jika koneksi ini diputus, Anda tidak akan bisa masuk lagi, sehingga koneksi tidak dapat diputus

## Wallets

# The wallet holds the account's balance on the site (money or points), used for payments between members.
# "Banned" means the administrator disabled the wallet.
wallet-unavailable = Dompet akun tidak ada atau telah diblokir
wallet-password-incorrect = Kata sandi dompet salah
# The counterparty is the other side of a payment or transfer.
counterparty-wallet-unavailable = Dompet pihak lain tidak ada atau telah diblokir
# Insufficient funds: the wallet's available balance (its balance minus any frozen amount) is less
# than the amount to pay or withdraw. It is not a rule that forbids paying from the wallet: say that
# the available balance is too low.
wallet-payment-not-allowed = Saldo dompet yang tersedia tidak mencukupi
# Insufficient funds on the other side: the wallet of the party who pays in this transfer has an
# available balance (balance minus any frozen amount) lower than the amount. Say that the other
# party's available balance is too low.
counterparty-payment-not-allowed = Saldo dompet pihak lain yang tersedia tidak mencukupi
# A bookkeeping check before any transaction: the wallet's balance differs from the closing balance
# recorded with its last completed transaction, so the wallet's records are inconsistent and nothing
# is paid. There is no limit involved ("wallet limit" is a mistranslation of the Chinese for "wallet
# amount"). Say that the wallet balance does not match the balance after its last transaction.
wallet-closing-balance-mismatch = Saldo dompet tidak cocok dengan saldo akhir transaksi terakhirnya
# The same bookkeeping check for the other party's wallet: its balance differs from the closing
# balance recorded with its last completed transaction.
counterparty-closing-balance-mismatch = Saldo dompet pihak lain tidak cocok dengan saldo akhir transaksi terakhirnya
