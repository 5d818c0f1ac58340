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
group-record-not-found = Wrong group or record not exist
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = Group has been banned
# The group is private.
group-members-only = Only members can view this group.
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Only members can see who's in the group and what they post.
# This user has been barred from viewing this group's content.
group-user-banned = The current user has been banned from viewing the content of this group
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = The service has expired and cannot be viewed and interacted with in this group
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = Service has expired, can't view new content

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = Wrong hashtag or record not exist
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = Hashtag has been banned

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = Wrong post or record not exist
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = Post has been banned
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Wrong post log or record not exist
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = The content could not be accessed without authorization

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = Wrong comment or record not exist
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = Comment has been banned
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Wrong comment log or record not exist
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Comments are only visible to the author of the post
# Comments on old posts are hidden after a set time.
post-comments-expired = The post has timed out and no longer shows comments

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = Wrong file or record not exist
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = File has been banned

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = Wrong extend content or record not exist
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = Extend has been banned
