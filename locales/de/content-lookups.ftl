### Content lookups (37xxx)
###
### Errors when looking up content: groups, hashtags, posts, comments, files and extends.
###
### Each message is shown to end users when the Fresns API returns its code. The message ID
### (left of "=") is stable and must not be changed. The English value is Fresns's own text,
### kept exactly as Fresns sends it; translate its meaning, not its wording.
### Messages with a `.detailed` attribute are shown with values filled in; see locales/README.md.

## Groups

group-record-not-found = Die Gruppe existiert nicht oder ist ungültig
group-banned = Die Gruppe wurde gesperrt
group-members-only = Nur Mitglieder können diese Gruppe ansehen
# Non-members of a private group cannot see its members or its posts.
group-members-only-details = Nur Mitglieder können sehen, wer in der Gruppe ist und was dort veröffentlicht wird
group-user-banned = Der aktuelle Benutzer wurde für diese Gruppe gesperrt und kann ihre Inhalte nicht ansehen
# The user's paid membership for this group has expired.
group-service-expired = Ihre Mitgliedschaft in dieser Gruppe ist abgelaufen. Sie können ihre Inhalte nicht mehr ansehen und nicht mehr mit ihnen interagieren
# After a membership expires, content published since then cannot be seen.
service-expired-new-content = Ihre Mitgliedschaft ist abgelaufen. Neue Inhalte können nicht angezeigt werden

## Hashtags

hashtag-record-not-found = Der Hashtag existiert nicht oder ist ungültig
hashtag-banned = Der Hashtag wurde gesperrt

## Posts

post-record-not-found = Der Beitrag existiert nicht oder ist ungültig
post-banned = Der Beitrag wurde gesperrt
# A post log is a saved version (draft or revision) of a post.
post-log-record-not-found = Die Beitragsversion existiert nicht oder ist ungültig
content-unauthorized = Sie haben keine Berechtigung, diese Inhalte aufzurufen

## Comments

comment-record-not-found = Der Kommentar existiert nicht oder ist ungültig
comment-banned = Der Kommentar wurde gesperrt
# A comment log is a saved version (draft or revision) of a comment.
comment-log-record-not-found = Die Kommentarversion existiert nicht oder ist ungültig
# The post's author chose to keep comments visible to themselves only.
comments-author-only = Die Kommentare sind nur für den Autor des Beitrags sichtbar
# Comments on old posts are hidden after a set time.
post-comments-expired = Dieser Beitrag ist zu alt. Kommentare werden nicht mehr angezeigt

## Files

file-record-not-found = Die Datei existiert nicht oder ist ungültig
file-banned = Die Datei wurde gesperrt

## Extends

# "Extend" content is an extension block (a card, a poll, …) that a plugin attaches to posts and comments. Keep the Fresns term "extend" if your language has no better word.
extend-record-not-found = Der Erweiterungsinhalt existiert nicht oder ist ungültig
extend-banned = Der Erweiterungsinhalt wurde gesperrt
