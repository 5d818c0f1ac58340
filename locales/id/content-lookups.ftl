### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Groups

# The group given in the request is wrong, or no such group exists (or it was deleted).
group-record-not-found = Grup tidak valid atau tidak ditemukan
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = Grup ini telah dinonaktifkan
# The group is private.
group-members-only = Hanya anggota yang dapat melihat grup ini
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Hanya anggota yang dapat melihat siapa saja yang ada di grup ini dan apa yang mereka posting
# This user has been barred from viewing this group's content.
group-user-banned = Pengguna saat ini dilarang melihat konten grup ini
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = Masa aktif keanggotaan Anda di grup ini telah berakhir sehingga Anda tidak dapat melihat konten atau berinteraksi di grup ini
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = Masa aktif keanggotaan telah berakhir sehingga konten baru tidak dapat dilihat

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = Tagar tidak valid atau tidak ditemukan
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = Tagar ini telah dinonaktifkan

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = Postingan tidak valid atau tidak ditemukan
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = Postingan ini telah dinonaktifkan
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Versi postingan tidak valid atau tidak ditemukan
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = Konten ini tidak dapat diakses tanpa otorisasi

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = Komentar tidak valid atau tidak ditemukan
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = Komentar ini telah dinonaktifkan
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Versi komentar tidak valid atau tidak ditemukan
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Komentar hanya dapat dilihat oleh penulis postingan
# Comments on old posts are hidden after a set time.
post-comments-expired = Postingan ini sudah lama sehingga komentarnya tidak lagi ditampilkan

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = File tidak valid atau tidak ditemukan
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = File ini telah dinonaktifkan

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = Konten ekstensi tidak valid atau tidak ditemukan
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = Konten ekstensi ini telah dinonaktifkan
