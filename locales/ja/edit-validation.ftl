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
draft-not-found = 下書きIDが正しくないか、存在しません。
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = このコンテンツは審査中のため、編集できません。
# The draft has already been published.
draft-published = このコンテンツは公開済みのため、編集できません。
review-resubmit-not-allowed = 審査中のコンテンツは再提出できません。
publish-resubmit-not-allowed = 公開処理中のコンテンツは再提出できません。
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = コメントの下書きを作成できませんでした。下書きを作成できるのは、投稿に直接付ける第1階層のコメントのみです。
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = 下書きボックスがいっぱいのため、下書きを作成できませんでした。不要な下書きを整理してから、もう一度作成してください。
    .detailed = 下書きボックスがいっぱい（最大{ NUMBER($max) }件）のため、下書きを作成できませんでした。不要な下書きを整理してから、もう一度作成してください。
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = コメントできませんでした。コメント先の投稿が存在しないか、削除されています。
# Comments are turned off for the post the comment would belong to.
comment-post-closed = コメントできませんでした。この投稿ではコメント機能がオフになっています。

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = コンテンツを提出しました。審査で承認された後に公開されます。
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = 審査待ちのコンテンツがあります。2件のコンテンツを同時に審査に提出することはできないため、審査の完了後に提出してください。
title-empty = タイトルを入力してください。
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = タイトルが長すぎます。文字数の上限を超えています。
    .detailed = タイトルが長すぎます。{ NUMBER($max) }文字以内で入力してください。
content-empty = 本文が入力されていません。本文を入力してから公開してください。
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = 本文が長すぎます。文字数の上限を超えています。
    .detailed = 本文が長すぎます。{ NUMBER($max) }文字以内で入力してください。
title-banned-words = タイトルに禁止ワードが含まれています。修正してから公開してください。
content-banned-words = 本文に禁止ワードが含まれています。修正してから公開してください。
# The site requires every post to be in a group, and none was chosen.
group-required = グループが選択されていません。グループを選択してください。
# The post's author only allows comments from people they follow.
comment-followed-only = 投稿者は、自分がフォローしているユーザーのみコメントできるように設定しています。
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = 投稿者は、自分がフォローしているユーザーと認証済みユーザーのみコメントできるように設定しています。
# The post's author has turned comments off for this post.
comment-disabled = 投稿者がコメント機能をオフにしています。
