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
draft-not-found = L’ID du brouillon est incorrect ou n’existe pas
# The draft was submitted and is waiting for review, so it cannot be edited now.
draft-under-review = Ce contenu est en cours de modération et ne peut pas être modifié
# The draft has already been published.
draft-published = Ce contenu a été publié et ne peut plus être modifié
review-resubmit-not-allowed = Un contenu en cours de modération ne peut pas être soumis à nouveau
publish-resubmit-not-allowed = Un contenu en cours de publication ne peut pas être soumis à nouveau
# A first-level comment replies to the post itself, not to another comment.
comment-draft-top-level-only = Impossible de créer le brouillon : seuls les commentaires de premier niveau peuvent être enregistrés comme brouillons
# Each user has a limited number of drafts.
# $max (number, use NUMBER() and plural variants): the most drafts a user can keep.
draft-box-full = Impossible de créer le brouillon : votre boîte de brouillons est pleine. Veuillez faire du tri, puis réessayer
    .detailed =
        Impossible de créer le brouillon : votre boîte de brouillons est pleine ({ $max ->
            [one] { NUMBER($max) } brouillon
            [many] { NUMBER($max) } de brouillons
           *[other] { NUMBER($max) } brouillons
        } au maximum). Veuillez faire du tri, puis réessayer
# The post the comment would belong to does not exist or has been deleted.
comment-post-unavailable = Impossible de commenter : la publication n’existe pas ou a été supprimée
# Comments are turned off for the post the comment would belong to.
comment-post-closed = Impossible de commenter : les commentaires de cette publication sont désactivés

## Submission checks

# Not a failure: the content was submitted and will be published once a moderator approves it.
content-pending-review = Votre contenu a été soumis : il sera publié après modération
# "Audited" here means reviewed: only one submission can wait for review at a time.
review-already-pending = Vous avez déjà un contenu en attente de modération et ne pouvez pas en soumettre deux à la fois. Veuillez attendre la fin de la modération avant d’en soumettre un autre
title-empty = Le titre ne peut pas être vide
# $max (number, use NUMBER() and plural variants): the most characters allowed in a title.
title-too-long = Le titre est trop long et dépasse la limite autorisée
    .detailed =
        Le titre est trop long : il ne peut pas dépasser { $max ->
            [one] { NUMBER($max) } caractère
            [many] { NUMBER($max) } de caractères
           *[other] { NUMBER($max) } caractères
        }
content-empty = Le contenu ne peut pas être vide. Veuillez rédiger votre contenu avant de le publier
# $max (number, use NUMBER() and plural variants): the most characters allowed in the content.
content-too-long = Le contenu est trop long et dépasse la limite autorisée
    .detailed =
        Le contenu est trop long : il ne peut pas dépasser { $max ->
            [one] { NUMBER($max) } caractère
            [many] { NUMBER($max) } de caractères
           *[other] { NUMBER($max) } caractères
        }
title-banned-words = Le titre contient des mots interdits. Veuillez le modifier avant de publier
content-banned-words = Le contenu contient des mots interdits. Veuillez le modifier avant de publier
# The site requires every post to be in a group, and none was chosen.
group-required = Le groupe est obligatoire. Veuillez en sélectionner un
# The post's author only allows comments from people they follow.
comment-followed-only = L’auteur n’accepte que les commentaires des personnes qu’il suit
# The post's author only allows comments from people they follow and from verified users.
comment-followed-or-verified-only = L’auteur n’accepte que les commentaires des personnes qu’il suit et des utilisateurs vérifiés
# The post's author has turned comments off for this post.
comment-disabled = L’auteur a désactivé les commentaires
