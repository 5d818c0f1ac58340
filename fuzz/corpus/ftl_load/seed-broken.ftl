headers-error = Fehler {
platform-id-not-found = { $x ->
    [one] eins
}
version-not-found =
    .detailed = nur ein Attribut
headers-error = doppelt
app-id-unavailable = { UNKNOWN($x) } { -missing } { missing-message } { $missing }
1bad-id = x
signature-invalid = {{{{{{{{{{{{{{{{{{{{ "a" }}}}}}}}}}}}}}}}}}}}
