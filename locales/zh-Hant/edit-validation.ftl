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
draft-not-found = 草稿 ID 有誤或不存在
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = 內容正在審核中，無法編輯
# The draft has already been published.
draft-published = 內容已發布，無法編輯
review-resubmit-not-allowed = 內容正在審核中，不能重複送出
publish-resubmit-not-allowed = 內容正在發布中，不能重複送出
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = 建立留言草稿失敗，只有第一層留言可以建立草稿
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = 建立草稿失敗，草稿匣已滿，請整理後再建立
    .detailed = 建立草稿失敗，草稿匣已滿（最多 { NUMBER($max) } 份草稿），請整理後再建立
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = 留言失敗，所屬貼文不存在或已被刪除
# Comments are turned off for the post the comment would belong to.
comment-post-closed = 留言失敗，所屬貼文已關閉留言功能

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = 內容已送出，審核通過後將正式發布
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = 已有內容正在等待審核，系統不允許同時送出兩則內容審核，請待審核結束後再送出
title-empty = 標題不能為空
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = 標題過長，已超過長度限制
    .detailed = 標題過長，最多只能輸入 { NUMBER($max) } 個字
content-empty = 內容不能為空，請填寫內容後再發布
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = 內容過長，已超過長度限制
    .detailed = 內容過長，最多只能輸入 { NUMBER($max) } 個字
title-banned-words = 標題含有禁用字詞，請修改後再發布
content-banned-words = 內容含有禁用字詞，請修改後再發布
# The site requires every post to be in a group, and none was chosen.
group-required = 社團不能為空，請選擇社團
# The post's author only allows comments from people they follow.
comment-followed-only = 作者設定為僅允許其追蹤的使用者留言
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = 作者設定為僅允許其追蹤的使用者和認證使用者留言
# The post's author has turned comments off for this post.
comment-disabled = 作者已關閉留言功能
