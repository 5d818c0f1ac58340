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
role-record-not-found = Wrong role or record not exist
# The role exists but the administrator has not configured its permissions.
role-permissions-not-configured = Current role not configured with permissions. Please contact the administrator to confirm.
# The user's role does not allow this request (for example, its download allowance is zero).
role-request-not-allowed = Current role has no right to make request
# The user's role does not allow viewing content on the site.
role-browse-not-allowed = Current role has no right to browse
role-publish-not-allowed = Current role has no right to publish content
# Roles may be allowed to publish only during certain hours.
# $wait (duration, use DURATION()): time until the role's publishing window opens.
role-publish-time-limit = There is a time limit for the current role to publish content. Please try again within specific time
    .detailed = There is a time limit for the current role to publish content. Please try again in { DURATION($wait) }
role-publish-requires-email = Current role has to have an email bound before publishing content
role-publish-requires-phone = Current role has to have a mobile phone number bound before publishing content
# Real-name verification is an identity check that some sites require before publishing.
role-publish-requires-real-name = Real-name verification is required for current role to publish content
# Fresns has four kinds of upload, each with its own permission: images, videos, audio and
# documents (36109–36112).
role-upload-image-not-allowed = Current role has no right to upload images
role-upload-video-not-allowed = Current role has no right to upload videos
role-upload-audio-not-allowed = Current role has no right to upload audios
# Documents (PDF, Word, spreadsheets and other non-media files), the fourth kind of upload after
# images, videos and audio. "Files" here means documents only: the role may still be allowed to
# upload images, videos or audio, so do not say that all file uploads are forbidden.
role-upload-file-not-allowed = Current role has no right to upload files
# $size (size in bytes, use SIZE()): the largest file size allowed.
file-size-exceeded = File size exceeds the set limit
    .detailed = File size exceeds the limit of { SIZE($size) }
# $limit (duration, use DURATION()): the longest audio or video allowed.
file-duration-exceeded = File time length exceeds the set limit
    .detailed = File length exceeds the limit of { DURATION($limit) }
# $max (number, use NUMBER() and plural variants): the most files allowed.
file-count-exceeded = The number of files exceeds the set limit
    .detailed = The number of files exceeds the limit of { NUMBER($max) }
# Conversations are private messages between users.
role-conversation-not-allowed = Current role has no conversation message permission
# Roles can have a daily limit on file downloads.
# $max (number, use NUMBER() and plural variants): the daily download limit.
role-daily-download-limit = The current role has reached the upper limit of today download, please download again tomorrow.
    .detailed =
        The current role can download up to { $max ->
            [one] { NUMBER($max) } file
           *[other] { NUMBER($max) } files
        } a day, please download again tomorrow.
# The user tried to follow or block one more user, but has already followed (or blocked) as many
# users as their role allows. It is not about text: "characters" in the English is a mistranslation
# of the Chinese word for "role". Say that the role's limit is reached and no more users can be added.
# $max (number, use NUMBER() and plural variants): the most users the role may follow (or block).
role-follow-or-block-limit = The current number of characters has reached the maximum number and cannot be added
    .detailed =
        The current role can follow or block up to { $max ->
            [one] { NUMBER($max) } user
           *[other] { NUMBER($max) } users
        } and no more can be added
# Roles can have a minimum interval between two posts or comments.
# $wait (duration, use DURATION()): the interval the role must wait between two posts.
publish-too-fast = Publish too fast, please post again at intervals. Please check the current role settings for details
    .detailed = Publish too fast, please wait { DURATION($wait) } between posts. Please check the current role settings for details
# $max (number, use NUMBER() and plural variants): the daily publishing limit.
daily-publish-limit = The daily publish limit has been reached, please publish again tomorrow
    .detailed =
        The daily publish limit of { $max ->
            [one] { NUMBER($max) } post
           *[other] { NUMBER($max) } posts
        } has been reached, please publish again tomorrow

## Feature availability

# The administrator has turned this feature off (for example liking, following or blocking a kind of
# content, or a kind of upload).
feature-not-open = This feature is not open and cannot be operated
# The administrator has not made this list public (for example who liked a post, or whom another
# user follows), so it cannot be viewed.
content-not-open = The content is not open and cannot be viewed
# For example, liking or following yourself.
self-operation-not-allowed = Cannot operate on yourself or your published content

## Publishing and editing

# The site only accepts content through a particular method (for example only drafts), not this endpoint.
publish-method-restricted = Only the specified method of publication is supported, and this interface prohibits requests
publish-requires-email = Please have your email bound before publishing content
publish-requires-phone = Please have your mobile phone number bound before publishing content
publish-requires-real-name = Please go through the real-name verification process before publishing content
# The site may only accept new content during certain hours.
# $wait (duration, use DURATION()): time until the site's publishing window opens.
publish-time-limit = The system has time limit for content publishing. Please try again within specified time
    .detailed = The system has a time limit for content publishing. Please try again in { DURATION($wait) }
post-not-editable = Post cannot be edited after publication
comment-not-editable = Comment can not be edited after publish
# "Top" content is pinned to the top of a list by a moderator.
sticky-content-not-editable = Editing not allowed for top contents
# "Highlighted" content is featured (marked as a highlight) by a moderator.
highlighted-content-not-editable = Editing not allowed for highlighted contents
# Content can only be edited for a set time after publishing.
# $limit (duration, use DURATION()): how long after publishing content can be edited.
edit-window-expired = Editable time expired
    .detailed = Editable time expired: content can only be edited within { DURATION($limit) } of publishing
# $extension (text): the file type that was refused, such as "exe".
file-type-not-allowed = This type of file can not be uploaded
    .detailed = Files of type { $extension } can not be uploaded
# Groups can restrict who may post in them.
group-post-not-allowed = Current user does not have the post permission of the group
group-comment-not-allowed = Current user does not have the comment permission of the group.
# Only first-level comments (replies to the post itself) can be edited; this comment is a reply to
# another comment.
comment-type-not-editable = This comment type does not allow editing

## Deleting

# The post or comment to delete does not exist, or its ID is wrong. "Content error" means a wrong
# reference, not mistakes in the text.
delete-failed = Failed to delete. Content error or not exist
# Deleting is turned off for this content (for example because it is pinned or highlighted).
content-not-deletable = The content can not be deleted
# The file or other resource is still attached to content.
resource-in-use = The resource is being used and deletion is not allowed
delete-own-content-only = You can only delete your own content
# "Review" is the moderation step before content is published. Withdrawing cancels the submission.
delete-under-review = Not allowed to delete in the review, please withdraw the review and then delete
# A draft that has already been published cannot be changed; delete the published post or comment instead.
draft-already-published = Content has been published, the draft can no longer operate, if you need to delete please delete the published content

## Reviews

# The content (or file) belongs to another user, so the current user may not change it.
author-confirmation-failed = Operation failed. Please confirm that you are the author
# Withdrawing only applies to content that is waiting for review.
review-withdraw-unneeded = There is no need to withdraw the content, for it is not being reviewed

## Conversations

conversation-disabled = Conversation function is not enabled and cannot be used
# The conversation ID is wrong or the conversation does not exist. "Exception" means invalid,
# nothing alarming.
conversation-not-found = Conversation exception or non-existent
conversation-not-owned = The conversation does not belong to the current user
message-to-self = You can not send messages to yourself
# A conversation message is either a file or text, not both. The brackets name the two message types.
message-file-or-text = Each message should be either [file] or [text]
message-blocked-words = The message could not be sent for the block words it contains
# The recipient only accepts messages from people they follow.
recipient-followed-only = The user they set that only the users he follows can send messages
# The recipient only accepts messages from people they follow and from verified users.
recipient-followed-or-verified-only = The user they set that only the users he follows and the verified users can send messages
# The recipient has turned off conversations.
recipient-conversation-off = The other party they set the conversation off function
message-delete-own-only = Only your own conversation messages could be deleted.

## Notifications

# The notification ID is wrong or the notification does not exist. "Exception" means invalid,
# nothing alarming.
notification-not-found = Notification exception or non-existent
notification-not-owned = The notification does not belong to the current user
notification-delete-own-only = Only your own notification messages could be deleted.
