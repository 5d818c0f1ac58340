### Edit validation (38xxx)
###
### Errors when editing and submitting content: drafts, reviews and the checks on title and body.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Drafts

# A draft is content being edited before it is published.
draft-not-found = ID draf salah atau tidak ada
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = Konten sedang ditinjau dan tidak dapat diedit
# The draft has already been published.
draft-published = Konten sudah diterbitkan dan tidak dapat diedit
review-resubmit-not-allowed = Konten yang sedang ditinjau tidak dapat diajukan lagi
publish-resubmit-not-allowed = Konten yang sedang diterbitkan tidak dapat diajukan lagi
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = Gagal membuat draf komentar. Draf hanya dapat dibuat untuk komentar tingkat pertama
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = Gagal membuat draf karena kotak draf sudah penuh. Silakan rapikan draf Anda, lalu coba lagi
    .detailed = Gagal membuat draf karena kotak draf sudah penuh (maksimal { NUMBER($max) } draf). Silakan rapikan draf Anda, lalu coba lagi
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = Gagal berkomentar: postingan tidak ada atau telah dihapus
# Comments are turned off for the post the comment would belong to.
comment-post-closed = Gagal berkomentar: komentar pada postingan ini telah dinonaktifkan

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = Konten telah diajukan dan akan diterbitkan setelah ditinjau dan disetujui
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = Anda masih memiliki konten yang sedang ditinjau. Sistem tidak mengizinkan dua konten diajukan untuk ditinjau secara bersamaan. Silakan ajukan lagi setelah peninjauan selesai
title-empty = Judul tidak boleh kosong
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = Judul terlalu panjang dan melebihi batas
    .detailed = Judul terlalu panjang: maksimal { NUMBER($max) } karakter
content-empty = Konten tidak boleh kosong. Silakan tulis konten terlebih dahulu, lalu terbitkan
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = Konten terlalu panjang dan melebihi batas
    .detailed = Konten terlalu panjang: maksimal { NUMBER($max) } karakter
title-banned-words = Judul mengandung kata terlarang. Silakan ubah sebelum menerbitkan
content-banned-words = Konten mengandung kata terlarang. Silakan perbaiki sebelum menerbitkan
# The site requires every post to be in a group, and none was chosen.
group-required = Grup tidak boleh kosong. Silakan pilih grup
# The post's author only allows comments from people they follow.
comment-followed-only = Penulis hanya mengizinkan komentar dari orang yang diikutinya
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = Penulis hanya mengizinkan komentar dari orang yang diikutinya dan pengguna terverifikasi
# The post's author has turned comments off for this post.
comment-disabled = Penulis telah menonaktifkan komentar
