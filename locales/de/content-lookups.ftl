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
group-record-not-found = Die Gruppe existiert nicht oder ist ungültig
# The site's administrator has disabled this group. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
group-banned = Die Gruppe wurde gesperrt
# The group is private.
group-members-only = Nur Mitglieder können diese Gruppe ansehen
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Nur Mitglieder können sehen, wer in der Gruppe ist und was dort veröffentlicht wird
# This user has been barred from viewing this group's content.
group-user-banned = Der aktuelle Benutzer wurde für diese Gruppe gesperrt und kann ihre Inhalte nicht ansehen
# The user's membership of this private group (which can be paid) has expired, and the group hides
# everything from former members.
group-service-expired = Ihre Mitgliedschaft in dieser Gruppe ist abgelaufen. Sie können ihre Inhalte nicht mehr ansehen und nicht mehr mit ihnen interagieren
# The user's membership of this private group has expired: content published in the group after the
# expiry date cannot be seen.
service-expired-new-content = Ihre Mitgliedschaft ist abgelaufen. Neue Inhalte können nicht angezeigt werden

## Hashtags

# The hashtag given in the request is wrong, or no such hashtag exists (or it was deleted).
hashtag-record-not-found = Der Hashtag existiert nicht oder ist ungültig
# The site's administrator has disabled this hashtag. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
hashtag-banned = Der Hashtag wurde gesperrt

## Posts

# The post given in the request is wrong, or no such post exists (or it was deleted).
post-record-not-found = Der Beitrag existiert nicht oder ist ungültig
# The site's administrator has disabled this post. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
post-banned = Der Beitrag wurde gesperrt
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Die Beitragsversion existiert nicht oder ist ungültig
# The content needs authorization (for example, unlocking it) before it can be viewed.
content-unauthorized = Sie haben keine Berechtigung, diese Inhalte aufzurufen

## Comments

# The comment given in the request is wrong, or no such comment exists (or it was deleted).
comment-record-not-found = Der Kommentar existiert nicht oder ist ungültig
# The site's administrator has disabled this comment. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
comment-banned = Der Kommentar wurde gesperrt
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Die Kommentarversion existiert nicht oder ist ungültig
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Die Kommentare sind nur für den Autor des Beitrags sichtbar
# Comments on old posts are hidden after a set time.
post-comments-expired = Dieser Beitrag ist zu alt. Kommentare werden nicht mehr angezeigt

## Files

# The file given in the request is wrong, or no such file exists (or it was deleted).
file-record-not-found = Die Datei existiert nicht oder ist ungültig
# The site's administrator has disabled this file. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
file-banned = Die Datei wurde gesperrt

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
# The extend content given in the request is wrong, or it does not exist.
extend-record-not-found = Der Erweiterungsinhalt existiert nicht oder ist ungültig
# The site's administrator has disabled this extend content. Users also have a Block action of their own
# (hiding users, groups, hashtags, posts and comments from themselves): use a word that cannot be read
# as that.
extend-banned = Der Erweiterungsinhalt wurde gesperrt
