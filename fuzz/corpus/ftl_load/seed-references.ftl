-brand = Fresns
headers-error = { -brand }: { headers-error-detail }
headers-error-detail = Kopfzeilen { -brand.gender ->
    [masculine] Fehler
   *[other] fehlerhaft
}
language-tag-incorrect = { language-tag-incorrect }
timezone-incorrect = { NUMBER(3, minimumFractionDigits: 2) } { "{" }
login-attempts-exceeded = Warten Sie { DURATION($wait) }
    .detailed = Noch { $wait ->
        [one] eine Sekunde
       *[other] { DURATION($wait) }
    }
password-length-incorrect = Falsch
    .detailed = { NUMBER($min) } bis { $max -> 
        [0] keine
        [one] ein Zeichen
       *[other] { NUMBER($max) } Zeichen
    }
file-size-exceeded = zu groß
    .detailed = höchstens { SIZE($size) }
file-type-not-allowed = nein
    .detailed = { $extension } ist verboten
