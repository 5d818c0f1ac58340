//! `fresns-i18n export` and `import`: the exported shapes, an import round trip in a copy of the
//! locales, dry runs, and bad input.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fresns_i18n::exchange::{ExchangeFormat, ImportError, plan_import};
use fresns_i18n::{ErrorCode, LocaleSet, Resolver};
use serde_json::{Value, json};

use crate::common;

use common::{run, seed, stderr, stdout};

/// A scratch directory under Cargo's per-target temporary directory, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    /// A fresh copy of the shipped `locales/` under `name`.
    fn with_locales(name: &str) -> Self {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("export-import-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        copy_dir(Path::new("locales"), &root.join("locales"));
        Scratch(root)
    }

    fn locales(&self) -> PathBuf {
        self.0.join("locales")
    }

    fn locales_arg(&self) -> String {
        self.locales().to_str().unwrap().to_owned()
    }

    fn write(&self, name: &str, text: &str) -> String {
        let path = self.0.join(name);
        fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `dir`, by relative path.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_str().unwrap();
                out.insert(rel.replace('\\', "/"), fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The shipped locales' tags as the resolver spells them (generated locales such as
/// pseudo-locales have no folder and are not exported).
fn shipped_tags() -> BTreeSet<String> {
    let resolver = Resolver::embedded().unwrap();
    let tags: BTreeSet<String> = LocaleSet::embedded().tags().map(str::to_owned).collect();
    assert!(tags.iter().all(|t| resolver.locales().any(|r| r == t)));
    tags
}

/// The value of message `id` in `text` (a single-line definition).
fn value_of<'a>(text: &'a str, id: &str) -> &'a str {
    let prefix = format!("{id} = ");
    text.lines()
        .find_map(|line| line.strip_prefix(prefix.as_str()))
        .unwrap()
}

fn export(args: &[&str]) -> Value {
    let out = run(&[&["export"], args].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn rows_by_code(rows: &Value) -> BTreeMap<u64, Value> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| (row["code"].as_u64().unwrap(), row.clone()))
        .collect()
}

fn code(id: &str) -> u64 {
    u64::from(ErrorCode::from_message_id(id).unwrap().number())
}

/// The lines removed from `old` and added in `new`, by a longest-common-subsequence diff.
fn line_diff<'a>(old: &'a str, new: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            added.push(b[j]);
            j += 1;
        } else {
            removed.push(a[i]);
            i += 1;
        }
    }
    (removed, added)
}

#[test]
fn fresns_export_has_one_row_per_code_with_the_seed_text_in_en() {
    let out = run(&["export", "--format", "fresns"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // One row per line, so an exported file diffs well.
    assert_eq!(text.lines().count(), 222);
    let rows: Value = serde_json::from_str(&text).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 220);
    let seed = seed();
    let tags = shipped_tags();
    for (row, code) in rows.iter().zip(ErrorCode::ALL) {
        assert_eq!(row["app_fskey"], "Fresns");
        assert_eq!(row["code"], code.number());
        let messages = row["messages"].as_object().unwrap();
        assert_eq!(messages["en"], seed[&code.number()].as_str(), "{code}");
        let keys: Vec<&str> = messages.keys().map(String::as_str).collect();
        assert!(keys.iter().all(|k| tags.contains(*k)), "{keys:?}");
        assert_eq!(keys.len(), tags.len(), "every shipped locale has {code}");
    }
    // The row's key order puts `en` first.
    assert!(
        text.lines()
            .nth(1)
            .unwrap()
            .contains(r#""messages":{"en":"#)
    );

    let custom = export(&["--app-fskey", "MyApp"]);
    assert!(
        custom
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["app_fskey"] == "MyApp")
    );
}

#[test]
fn each_locale_exports_only_its_own_message() {
    let rows = rows_by_code(&export(&["--locales", "tests/fixtures/locales/basic"]));
    // `de`'s 30000 is broken and `pt-PT` has its own 31401: no fallback fills either in.
    let de_broken = &rows[&30000]["messages"];
    assert!(de_broken.get("de").is_none(), "{de_broken}");
    assert_eq!(de_broken["en"], "Parameter error");
    assert_eq!(
        rows[&31401]["messages"]["pt-PT"],
        "Etiqueta de idioma incorreta"
    );
    assert!(rows[&31402]["messages"].get("pt-PT").is_none());
    // Codes no locale has are left out instead of exporting empty rows.
    assert_eq!(rows.len(), 5);
}

#[test]
fn json_export_is_a_flat_map_per_locale_matching_the_rows() {
    let out = run(&["export", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("{\n  \"en\": {\n    \"30000\": "));
    let flat: Value = serde_json::from_slice(&out.stdout).unwrap();
    let flat = flat.as_object().unwrap();
    assert_eq!(
        flat.keys().cloned().collect::<BTreeSet<_>>(),
        shipped_tags()
    );
    let rows = rows_by_code(&export(&[]));
    for (tag, texts) in flat {
        let texts = texts.as_object().unwrap();
        assert_eq!(texts.len(), 220, "{tag}");
        for (code, text) in texts {
            assert_eq!(&rows[&code.parse::<u64>().unwrap()]["messages"][tag], text);
        }
    }
    assert_eq!(flat["en"]["31401"], "Language tag incorrect");
}

#[test]
fn import_round_trip_writes_exactly_the_edited_values() {
    let scratch = Scratch::with_locales("round-trip");
    let locales = scratch.locales_arg();
    let original = export(&["--locales", &locales]);

    // A message the locale lacks is appended to its group file. It goes with its comment,
    // which would otherwise stand alone where the layout has no blank line for it.
    let fr_headers = scratch.locales().join("fr/headers.ftl");
    let text = fs::read_to_string(&fr_headers).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("timezone-incorrect ="))
        .unwrap();
    let mut start = at;
    while start > 0 && lines[start - 1].starts_with("# ") {
        start -= 1;
    }
    let entry = lines[start..=at].join("\n") + "\n";
    fs::write(&fr_headers, text.replacen(&entry, "", 1)).unwrap();
    let before = snapshot(&scratch.locales());

    let mut rows = rows_by_code(&original);
    let edits = [
        (
            "de",
            "language-tag-incorrect",
            "  Ungültige {Sprach}kennung ",
        ),
        (
            "ja",
            "parameter-error",
            "一行目\n[二行目]\n*三行目\n.四行目\n  五行目",
        ),
        // Has a multi-line `.detailed` attribute, which must stay as it is.
        (
            "ru",
            "username-length-incorrect",
            "Длина { имени } не подходит\n\nВторой абзац",
        ),
        ("zh-Hans", "timezone-incorrect", "时区格式不正确\n"),
        // Replaces a value with a `{ DURATION($wait) }` placeable.
        ("ar", "login-attempts-exceeded", "حاول لاحقا"),
        ("fr", "timezone-incorrect", "Fuseau horaire incorrect"),
        // A new locale folder, one group file per message.
        ("eo", "language-tag-incorrect", "Lingva etikedo malĝusta"),
        (
            "eo",
            "username-length-incorrect",
            "Nevalida longo de uzantnomo",
        ),
    ];
    for (tag, id, text) in edits {
        rows.get_mut(&code(id)).unwrap()["messages"][tag] = json!(text);
    }
    let expected: Vec<Value> = rows.values().cloned().collect();
    // Skipped, not errors: another app's row, and a null text.
    let mut document = expected.clone();
    document.push(json!({"app_fskey": "SomePlugin", "code": 31401, "messages": {"en": "x"}}));
    document[0]["messages"]["ko"] = Value::Null;
    let file = scratch.write("edited.json", &serde_json::to_string(&document).unwrap());

    let out = run(&[
        "import",
        "--format",
        "fresns",
        &file,
        "--locales",
        &locales,
        "--write",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(
        report.contains("de: 1 to change, 0 to add, 219 unchanged"),
        "{report}"
    );
    assert!(report.contains("fr: 0 to change, 1 to add"), "{report}");
    assert!(report.contains("eo (new locale"), "{report}");
    assert!(
        report.contains("skipped: row 221: app_fskey `SomePlugin`"),
        "{report}"
    );
    assert!(
        report.contains("skipped: row 1: code 30000 in `ko` is null"),
        "{report}"
    );
    assert!(report.contains("replaces them with fixed text"), "{report}");
    assert!(
        report.contains("5 value(s) replaced, 3 message(s) added in 8 file(s)"),
        "{report}"
    );

    // Exporting again gives the edited rows back, every locale and code included.
    let again = export(&["--locales", &locales]);
    assert_eq!(again, Value::Array(expected));

    // Only the edited messages' lines differ; everything else is byte for byte the same.
    let after = snapshot(&scratch.locales());
    let mut touched = BTreeMap::<String, Vec<&str>>::new();
    for (tag, id, _) in edits {
        let group = ErrorCode::from_message_id(id).unwrap().group().file_name();
        touched
            .entry(format!("{tag}/{group}"))
            .or_default()
            .push(id);
    }
    let changed: BTreeSet<&String> = after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(bytes))
        .map(|(path, _)| path)
        .collect();
    assert_eq!(changed, touched.keys().collect(), "files changed");
    assert!(before.keys().all(|path| after.contains_key(path)));
    for (path, ids) in &touched {
        let old = String::from_utf8(before.get(path).cloned().unwrap_or_default()).unwrap();
        let new = String::from_utf8(after[path].clone()).unwrap();
        let (removed, added) = line_diff(&old, &new);
        let defines = |line: &str| ids.iter().any(|id| line.starts_with(&format!("{id} =")));
        let replaced = ids
            .iter()
            .filter(|id| old.contains(&format!("\n{id} =")))
            .count();
        assert_eq!(removed.len(), replaced, "{path}: {removed:?}");
        assert!(removed.iter().all(|l| defines(l)), "{path}: {removed:?}");
        assert!(
            added.iter().all(|l| defines(l)
                || l.trim().is_empty()
                || (l.starts_with("    ") && !l.trim_start().starts_with('.'))),
            "{path}: {added:?}"
        );
        assert_eq!(
            added.iter().filter(|l| defines(l)).count(),
            ids.len(),
            "{path}"
        );
    }
    let ru = String::from_utf8(after["ru/users.ftl"].clone()).unwrap();
    assert!(ru.contains(
        "username-length-incorrect =\n    Длина { \"{\" } имени { \"}\" } не подходит\n    \n    Второй абзац\n    .detailed ="
    ), "{ru}");

    // What the import wrote is in the canonical layout, like the rest of the files.
    let out = run(&["fmt", "--check", "--locales", &locales]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));

    // The written files pass the checker except where the import drops `$wait`.
    let out = run(&[
        "check",
        "--locales",
        &locales,
        "--locale",
        "de",
        "--locale",
        "ja",
    ]);
    assert!(out.status.success(), "{}", stdout(&out));
}

#[test]
fn dry_run_reports_differences_and_changes_nothing() {
    let scratch = Scratch::with_locales("dry-run");
    let locales = scratch.locales_arg();
    let mut rows = rows_by_code(&export(&["--locales", &locales]));
    let old = rows[&31401]["messages"]["de"].as_str().unwrap().to_owned();
    rows.get_mut(&31401).unwrap()["messages"]["de"] = json!("Neue\nKennung");
    let document = serde_json::to_string(&rows.values().collect::<Vec<_>>()).unwrap();
    let file = scratch.write("rows.json", &document);
    let before = snapshot(&scratch.locales());

    let out = run(&["import", &file, "--locales", &locales]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(
        report.contains("31401 language-tag-incorrect (de/headers.ftl)"),
        "{report}"
    );
    assert!(report.contains(&format!("- {old:?}")), "{report}");
    assert!(report.contains("+ \"Neue\\nKennung\""), "{report}");
    assert!(
        report.contains("dry run: 1 message(s) differ, nothing was written"),
        "{report}"
    );
    assert_eq!(snapshot(&scratch.locales()), before);

    // Without --locales the embedded set is compared, and may not be written.
    let out = run(&["import", &file]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(&["import", &file, "--write"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("code 30001") && stderr(&out).contains("--locales DIR"));
}

#[test]
fn bad_input_is_refused_with_the_fitting_code_and_nothing_written() {
    let scratch = Scratch::with_locales("bad-input");
    let locales = scratch.locales_arg();
    let before = snapshot(&scratch.locales());
    let good = r#"{"app_fskey":"Fresns","code":31401,"messages":{"de":"Neu"}}"#;
    for (name, format, document, code, says) in [
        (
            "malformed",
            "fresns",
            "[{\"code\": 31401,",
            "30002",
            "not valid JSON",
        ),
        (
            "object",
            "fresns",
            "{\"code\": 31401}",
            "30002",
            "expected a JSON array",
        ),
        (
            "unknown-code",
            "fresns",
            r#"[{"app_fskey":"Fresns","code":99999,"messages":{"en":"x"}}]"#,
            "30002",
            "`99999` is not a Fresns error code",
        ),
        (
            "bad-tag",
            "fresns",
            r#"[{"app_fskey":"Fresns","code":31401,"messages":{"zh_Hant":"x"}}]"#,
            "31401",
            "`zh_Hant` is not a well-formed BCP 47 language tag",
        ),
        (
            "missing-field",
            "fresns",
            r#"[{"app_fskey":"Fresns","code":31401}]"#,
            "30001",
            "`messages` field is missing",
        ),
        (
            "not-a-string",
            "fresns",
            r#"[{"app_fskey":"Fresns","code":31401,"messages":{"de":7}}]"#,
            "30002",
            "must be a string",
        ),
        (
            "conflict",
            "fresns",
            &format!(
                r#"[{good},{{"app_fskey":"Fresns","code":"31401","messages":{{"de":"Anders"}}}}]"#
            ),
            "30002",
            "given twice",
        ),
        (
            "json-unknown-code",
            "json",
            r#"{"de":{"12345":"x"}}"#,
            "30002",
            "`12345`",
        ),
        (
            "json-bad-tag",
            "json",
            r#"{"d e":{"31401":"x"}}"#,
            "31401",
            "`d e`",
        ),
    ] {
        // A good row alongside the bad one: still nothing may be written.
        let document = if document.starts_with("[{\"app") {
            document.replacen('[', &format!("[{good},"), 1)
        } else {
            document.to_owned()
        };
        let file = scratch.write(&format!("{name}.json"), &document);
        let out = run(&[
            "import",
            "--format",
            format,
            &file,
            "--locales",
            &locales,
            "--write",
        ]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stdout(&out));
        let err = stderr(&out);
        assert!(err.contains(&format!("code {code}")), "{name}: {err}");
        assert!(err.contains(says), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert_eq!(snapshot(&scratch.locales()), before, "{name}");
    }
    let out = run(&["import", "--locales", &locales, "no-such-file.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cannot read no-such-file.json"));
}

#[test]
fn json_format_round_trips_too() {
    let scratch = Scratch::with_locales("json");
    let locales = scratch.locales_arg();
    let mut flat = export(&["--format", "json", "--locales", &locales]);
    flat["it"]["31402"] = json!("Fuso orario {non} valido");
    let file = scratch.write("flat.json", &flat.to_string());
    let out = run(&[
        "import",
        "--format",
        "json",
        &file,
        "--locales",
        &locales,
        "--write",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 value(s) replaced, 0 message(s) added in 1 file(s)"));
    assert_eq!(export(&["--format", "json", "--locales", &locales]), flat);
}

#[test]
fn crlf_files_keep_their_line_endings() {
    let scratch = Scratch::with_locales("crlf");
    let path = scratch.locales().join("de/headers.ftl");
    let lf = fs::read_to_string(&path).unwrap();
    fs::write(&path, lf.replace('\n', "\r\n")).unwrap();
    let rows = r#"[{"app_fskey":"Fresns","code":31401,"messages":{"de":"Zwei\nZeilen"}}]"#;
    let file = scratch.write("rows.json", rows);
    let out = run(&[
        "import",
        &file,
        "--locales",
        &scratch.locales_arg(),
        "--write",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let written = fs::read_to_string(&path).unwrap();
    assert_eq!(
        written.matches('\n').count(),
        written.matches("\r\n").count()
    );
    let old = value_of(&lf, "language-tag-incorrect");
    let expected = lf.replace(
        &format!("language-tag-incorrect = {old}\n"),
        "language-tag-incorrect =\n    Zwei\n    Zeilen\n",
    );
    assert_eq!(written, expected.replace('\n', "\r\n"));
}

#[test]
fn a_translators_save_after_the_comparison_is_never_overwritten() {
    let scratch = Scratch::with_locales("race");
    let rows = r#"[{"app_fskey":"Fresns","code":31401,"messages":{"de":"Aus Fresns"}}]"#;
    let set = LocaleSet::from_dir(scratch.locales()).unwrap();
    let plan = plan_import(rows, ExchangeFormat::Fresns, "Fresns", &set).unwrap();
    assert_eq!(plan.change_count(), 1);
    let path = scratch.locales().join("de/headers.ftl");
    let original = fs::read_to_string(&path).unwrap();
    let old = value_of(&original, "language-tag-incorrect");

    // The translator edits the same message meanwhile: the import refuses.
    let saved = original.replace(old, "Sprachkennung falsch");
    fs::write(&path, &saved).unwrap();
    let err = plan.write(&scratch.locales()).unwrap_err();
    assert!(matches!(err, ImportError::Changed { .. }), "{err}");
    assert!(err.to_string().contains("run the import again"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), saved);

    // The translator edits another message in the same file: both edits survive.
    let saved = original.replace(
        value_of(&original, "signature-expired"),
        "Signatur abgelaufen",
    );
    fs::write(&path, &saved).unwrap();
    let summary = plan.write(&scratch.locales()).unwrap();
    assert_eq!(summary.replaced, 1);
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        saved.replace(old, "Aus Fresns")
    );
    assert!(
        fs::read_dir(scratch.locales().join("de"))
            .unwrap()
            .all(|e| !e.unwrap().file_name().to_string_lossy().starts_with('.')),
        "no temporary file is left behind"
    );
}
