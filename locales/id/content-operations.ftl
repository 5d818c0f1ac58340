### Roles and content operations (36xxx)
###
### Errors about what a role allows and about operations on content: publishing, uploading, editing,
### deleting, reviews, conversations (private messages) and notifications.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.


## Role permissions

# A role is a permission group given to users (member, VIP, moderator, …).
# The role ID given in the request is wrong, or no such role exists.
role-record-not-found = Peran tidak valid atau tidak ditemukan
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = Izin untuk peran saat ini belum dikonfigurasi. Silakan hubungi administrator
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = Peran saat ini tidak berhak melakukan permintaan
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = Peran saat ini tidak berhak menjelajah
role-publish-not-allowed = Peran saat ini tidak berhak menerbitkan konten
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = Peran saat ini hanya dapat menerbitkan konten pada waktu tertentu. Silakan coba lagi dalam rentang waktu yang diizinkan
    .detailed = Peran saat ini hanya dapat menerbitkan konten pada waktu tertentu. Silakan coba lagi setelah { DURATION($wait) }
role-publish-requires-email = Untuk menerbitkan konten dengan peran saat ini, Anda harus menautkan email
role-publish-requires-phone = Untuk menerbitkan konten dengan peran saat ini, Anda harus menautkan nomor telepon
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = Untuk menerbitkan konten dengan peran saat ini, Anda harus menyelesaikan verifikasi identitas
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = Peran saat ini tidak berhak mengunggah gambar
role-upload-video-not-allowed = Peran saat ini tidak berhak mengunggah video
role-upload-audio-not-allowed = Peran saat ini tidak berhak mengunggah audio
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = Peran saat ini tidak berhak mengunggah dokumen
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = Ukuran file melebihi batas yang ditentukan
    .detailed = Ukuran file melebihi batas { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = Durasi file melebihi batas yang ditentukan
    .detailed = Durasi file melebihi batas { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = Jumlah file melebihi batas yang ditentukan
    .detailed = Jumlah file melebihi batas { NUMBER($max) } file
# Conversations are private messages between users.
role-conversation-not-allowed = Peran saat ini tidak berhak mengirim pesan percakapan
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = Peran saat ini telah mencapai batas unduhan hari ini. Silakan unduh lagi besok
    .detailed = Peran saat ini hanya dapat mengunduh maksimal { NUMBER($max) } file per hari. Silakan unduh lagi besok
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = Peran saat ini telah mencapai batas jumlah pengguna yang dapat diikuti atau diblokir, sehingga tidak dapat menambah lagi
    .detailed = Peran saat ini telah mencapai batas { NUMBER($max) } pengguna yang dapat diikuti atau diblokir, sehingga tidak dapat menambah lagi
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = Anda menerbitkan terlalu cepat. Silakan beri jeda antarpostingan. Lihat pengaturan peran saat ini untuk detailnya
    .detailed = Anda menerbitkan terlalu cepat. Jeda minimum antarpostingan adalah { DURATION($wait) }. Lihat pengaturan peran saat ini untuk detailnya
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = Batas penerbitan harian telah tercapai. Silakan terbitkan lagi besok
    .detailed = Batas harian { NUMBER($max) } postingan telah tercapai. Silakan terbitkan lagi besok

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = Fitur ini tidak diaktifkan dan tidak dapat digunakan
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = Konten ini tidak tersedia untuk dilihat
# For example, liking or following yourself.
self-operation-not-allowed = Tindakan ini tidak dapat dilakukan pada diri sendiri atau konten Anda sendiri

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = Penerbitan hanya didukung melalui metode yang ditentukan. Antarmuka ini tidak menerima permintaan
publish-requires-email = Silakan tautkan email Anda sebelum menerbitkan konten
publish-requires-phone = Silakan tautkan nomor telepon Anda sebelum menerbitkan konten
publish-requires-real-name = Silakan selesaikan verifikasi identitas sebelum menerbitkan konten
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = Sistem hanya mengizinkan penerbitan konten pada waktu tertentu. Silakan coba lagi dalam rentang waktu yang diizinkan
    .detailed = Sistem hanya mengizinkan penerbitan konten pada waktu tertentu. Silakan coba lagi setelah { DURATION($wait) }
post-not-editable = Postingan tidak dapat diedit setelah diterbitkan
comment-not-editable = Komentar tidak dapat diedit setelah diterbitkan
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = Konten yang disematkan tidak dapat diedit
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = Konten unggulan tidak dapat diedit
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = Batas waktu pengeditan telah berakhir
    .detailed = Batas waktu pengeditan telah berakhir: konten hanya dapat diedit dalam { DURATION($limit) } setelah diterbitkan
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = Jenis file ini tidak dapat diunggah
    .detailed = File berjenis { $extension } tidak dapat diunggah
# Groups can restrict who may post in them.
group-post-not-allowed = Pengguna saat ini tidak berhak menerbitkan postingan di grup ini
group-comment-not-allowed = Pengguna saat ini tidak berhak berkomentar di grup ini
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = Jenis komentar ini tidak dapat diedit

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = Gagal menghapus. Konten tidak valid atau tidak ditemukan
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = Konten ini tidak dapat dihapus
# The file or other resource is still attached to content.
resource-in-use = Sumber daya ini sedang digunakan dan tidak dapat dihapus
delete-own-content-only = Anda hanya dapat menghapus konten Anda sendiri
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = Konten yang sedang ditinjau tidak dapat dihapus. Silakan batalkan pengajuan peninjauan terlebih dahulu, lalu hapus
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = Konten sudah diterbitkan sehingga draf tidak dapat diubah lagi. Jika ingin menghapusnya, silakan hapus konten yang telah diterbitkan

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = Operasi gagal. Pastikan Anda adalah penulisnya
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = Pengajuan tidak perlu dibatalkan karena konten ini tidak sedang ditinjau

## Conversations

conversation-disabled = Fitur percakapan belum diaktifkan dan tidak dapat digunakan
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = Percakapan bermasalah atau tidak ada
conversation-not-owned = Percakapan ini bukan milik pengguna saat ini
message-to-self = Anda tidak dapat mengirim pesan kepada diri sendiri
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = Setiap pesan harus berupa [file] atau [teks]
message-blocked-words = Pesan tidak dapat dikirim karena mengandung kata terlarang
# The recipient only accepts messages from people they follow.
recipient-followed-only = Pengguna ini hanya menerima pesan dari orang yang diikutinya
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = Pengguna ini hanya menerima pesan dari orang yang diikutinya dan pengguna terverifikasi
# The recipient has turned off conversations.
recipient-conversation-off = Pengguna ini telah menonaktifkan percakapan
message-delete-own-only = Anda hanya dapat menghapus pesan Anda sendiri

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = Notifikasi bermasalah atau tidak ada
notification-not-owned = Notifikasi ini bukan milik pengguna saat ini
notification-delete-own-only = Anda hanya dapat menghapus notifikasi Anda sendiri
