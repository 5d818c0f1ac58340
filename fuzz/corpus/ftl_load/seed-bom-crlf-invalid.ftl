headers-error = Fehler
version-not-found = Version ÿþ fehlt
