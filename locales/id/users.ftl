### Users (35xxx)
###
### Errors about users: the profiles inside an account, with their usernames, nicknames and permissions.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Usernames and nicknames

# Some profile fields (such as the username) may be changed only once within a set number of days.
# $days (number, use NUMBER() and plural variants): the number of days between two changes.
change-too-frequent = Perubahan ini hanya dapat dilakukan sekali dalam jangka waktu yang ditentukan
    .detailed =
        Perubahan ini hanya dapat dilakukan { $days ->
            [1] sekali sehari
           *[other] sekali setiap { NUMBER($days) } hari
        }
# The username is the unique handle (@name) used in links; the nickname is the display name.
# The username was rejected. Fresns allows only Latin letters (A–Z, a–z), digits and at most one
# hyphen, which may not be the first or last character; an empty username, or one made only of
# digits, is rejected too. "Single hyphens" means one hyphen at most (not "no two hyphens in a row").
username-invalid-characters = Nama pengguna hanya boleh berisi huruf (A–Z), angka, dan paling banyak satu tanda hubung yang tidak berada di awal atau akhir
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-length-incorrect = Panjang nama pengguna tidak sesuai
    .detailed = Nama pengguna harus terdiri dari { NUMBER($min) } hingga { NUMBER($max) } karakter
# $min (number, use NUMBER() and plural variants): shortest username allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest username allowed, in characters.
username-too-short = Nama pengguna terlalu pendek
    .detailed = Nama pengguna terlalu pendek: harus terdiri dari { NUMBER($min) } hingga { NUMBER($max) } karakter
username-taken = Nama pengguna ini sudah dipakai. Silakan pilih yang lain
# Block words are the administrator's list of words that may not appear.
username-blocked-words = Nama pengguna mengandung kata terlarang
# The nickname was rejected and not saved: it is empty or contains characters that are not allowed.
# Fresns accepts only Latin letters (A–Z, a–z), digits, Chinese characters and at most one space in
# a nickname; anything else (symbols, emoji, accented letters, other scripts) counts as a special
# character. Word it as a rule that the nickname broke, not as optional advice; keep the reason.
nickname-special-characters = Nama panggilan tidak boleh berisi karakter khusus agar dapat diakses oleh lebih banyak orang, termasuk penyandang tunanetra atau orang dengan gangguan penglihatan
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-length-incorrect = Panjang nama panggilan tidak sesuai
    .detailed = Nama panggilan harus terdiri dari { NUMBER($min) } hingga { NUMBER($max) } karakter
# $min (number, use NUMBER() and plural variants): shortest nickname allowed, in characters.
# $max (number, use NUMBER() and plural variants): longest nickname allowed, in characters.
nickname-too-short = Nama panggilan terlalu pendek
    .detailed = Nama panggilan terlalu pendek: harus terdiri dari { NUMBER($min) } hingga { NUMBER($max) } karakter
nickname-blocked-words = Nama panggilan mengandung kata terlarang
nickname-taken = Nama panggilan ini sudah dipakai. Silakan pilih yang lain

## User status

# One account can hold several users (profiles); this user is missing or belongs to another account.
user-not-in-account = Pengguna saat ini tidak ada atau bukan bagian dari akun saat ini
# The administrator has disabled this user.
user-banned = Pengguna ini telah diblokir
# "Logged out" here means the user profile was closed (deleted), not signed out.
user-closed = Pengguna ini telah dihapus
# The user profile's own password (a user may have one besides the account password).
user-password-incorrect = Kata sandi salah

## User permissions

# The user may not make this request (for example, download a file from content they have not
# been given access to).
user-request-not-allowed = Pengguna saat ini tidak berhak melakukan permintaan ini
# In private mode each user can use the site until an expiry date (the end of their membership).
# "The user has expired" means that date has passed.
user-expired-function = Masa aktif keanggotaan pengguna saat ini telah berakhir sehingga tidak dapat menggunakan fitur ini
user-expired-content = Masa aktif keanggotaan pengguna saat ini telah berakhir sehingga tidak dapat melihat konten ini
# After a membership ends the user keeps access to older content, but not to content published after the end date.
user-expired-new-content = Konten ini diterbitkan setelah masa aktif keanggotaan pengguna saat ini berakhir sehingga tidak dapat dilihat
# The request asked for the posts (or comments) of one given user, as a profile page does, and the
# administrator has turned off these per-user lists. It is not about viewing content as another user.
user-view-target-not-allowed = Fitur untuk melihat postingan atau komentar milik pengguna tertentu dinonaktifkan
# The site is in private mode and this user has not been given access (no membership period is set).
private-mode-user-unauthorized = Situs sedang dalam mode privat dan pengguna saat ini tidak memiliki otorisasi
