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
draft-not-found = Draft ID is incorrect or does not exist
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = The content is being reviewed and can not be edited
# The draft has already been published.
draft-published = The content has been published and can not be edited
review-resubmit-not-allowed = Content being reviewed can not be submitted again
publish-resubmit-not-allowed = Content being published can not be submitted again
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = Failed to create draft comment. Only first-level comment can create draft
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = Draft creation failed, draft box is full, please organize and create again
    .detailed =
        Draft creation failed, the draft box is full ({ $max ->
            [one] { NUMBER($max) } draft
           *[other] { NUMBER($max) } drafts
        } at most), please organize and create again
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = Comment failed, belongs to the post or has been deleted
# Comments are turned off for the post the comment would belong to.
comment-post-closed = Comment failed, the post belongs to the comment function has been closed

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = Content has been submitted, pending review and approval before official publication
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = The existence of content to be audited, the system does not allow the simultaneous submission of two pieces of content for review, to be submitted after the end of the audit
title-empty = Title cannot be empty
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = The title is too long and has exceeded the length limit
    .detailed =
        The title is too long: it can have at most { $max ->
            [one] { NUMBER($max) } character
           *[other] { NUMBER($max) } characters
        }
content-empty = The content cannot be empty, please write the content and then publish
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = The content is too long and has exceeded the length limit
    .detailed =
        The content is too long: it can have at most { $max ->
            [one] { NUMBER($max) } character
           *[other] { NUMBER($max) } characters
        }
title-banned-words = There are banned words in the title, please modify it before publishing
content-banned-words = There are banned words in the content, please revise before publishing
# The site requires every post to be in a group, and none was chosen.
group-required = Group cannot be empty, please select group
# The post's author only allows comments from people they follow.
comment-followed-only = The author has set only the users he follows to comment
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = The author has set only the users he follows and the verified users can comment
# The post's author has turned comments off for this post.
comment-disabled = The author has turned off the comment function
