### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = Grup salah atau datanya tidak ditemukan
group-banned = Grup ini telah diblokir
group-members-only = Hanya anggota yang dapat melihat grup ini
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Hanya anggota yang dapat melihat siapa saja yang ada di grup ini dan apa yang mereka posting
group-user-banned = Pengguna saat ini diblokir sehingga tidak dapat melihat konten grup ini
# The user's paid membership for this group has expired.
group-service-expired = Masa aktif keanggotaan Anda di grup ini telah berakhir sehingga Anda tidak dapat melihat konten atau berinteraksi di grup ini
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = Masa aktif keanggotaan telah berakhir sehingga konten baru tidak dapat dilihat

## Hashtags

hashtag-record-not-found = Tagar salah atau datanya tidak ditemukan
hashtag-banned = Tagar ini telah diblokir

## Posts

post-record-not-found = Postingan salah atau datanya tidak ditemukan
post-banned = Postingan ini telah diblokir
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Versi postingan salah atau datanya tidak ditemukan
content-unauthorized = Konten ini tidak dapat diakses tanpa otorisasi

## Comments

comment-record-not-found = Komentar salah atau datanya tidak ditemukan
comment-banned = Komentar ini telah diblokir
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Versi komentar salah atau datanya tidak ditemukan
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Komentar hanya dapat dilihat oleh penulis postingan
# Comments on old posts are hidden after a set time.
post-comments-expired = Postingan ini sudah lama sehingga komentarnya tidak lagi ditampilkan

## Files

file-record-not-found = File salah atau datanya tidak ditemukan
file-banned = File ini telah diblokir

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = Konten ekstensi salah atau datanya tidak ditemukan
extend-banned = Konten ekstensi ini telah diblokir
