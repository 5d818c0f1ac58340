### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = Wrong group or record not exist
group-banned = Group has been banned
group-members-only = Only members can view this group.
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Only members can see who's in the group and what they post.
group-user-banned = The current user has been banned from viewing the content of this group
# The user's paid membership for this group has expired.
group-service-expired = The service has expired and cannot be viewed and interacted with in this group
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = Service has expired, can't view new content

## Hashtags

hashtag-record-not-found = Wrong hashtag or record not exist
hashtag-banned = Hashtag has been banned

## Posts

post-record-not-found = Wrong post or record not exist
post-banned = Post has been banned
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Wrong post log or record not exist
content-unauthorized = The content could not be accessed without authorization

## Comments

comment-record-not-found = Wrong comment or record not exist
comment-banned = Comment has been banned
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Wrong comment log or record not exist
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Comments are only visible to the author of the post
# Comments on old posts are hidden after a set time.
post-comments-expired = The post has timed out and no longer shows comments

## Files

file-record-not-found = Wrong file or record not exist
file-banned = File has been banned

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = Wrong extend content or record not exist
extend-banned = Extend has been banned
