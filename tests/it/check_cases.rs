//! Every checker case in tests/fixtures/check/cases.toml fires at the right place.

use std::fs;
use std::path::{Path, PathBuf};

use fresns_i18n::check::{Severity, check};
use fresns_i18n::{ErrorCode, LocaleSet};
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    check: String,
    name: Option<String>,
    locale: String,
    #[serde(default)]
    edit: Vec<Edit>,
    #[serde(default)]
    remove: Vec<String>,
    #[serde(default)]
    raw: Vec<Raw>,
    #[serde(default)]
    untranslated: Vec<String>,
    expect: Vec<Expect>,
}

#[derive(Deserialize)]
struct Edit {
    file: String,
    find: String,
    replace: String,
}

#[derive(Deserialize)]
struct Raw {
    file: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    append: bool,
    #[serde(default)]
    prepend_bom: bool,
    #[serde(default)]
    crlf: bool,
    #[serde(default)]
    latin1_tail: bool,
}

#[derive(Deserialize, Debug, PartialEq)]
struct Expect {
    file: String,
    line: usize,
    column: Option<usize>,
    severity: String,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Lays out `en` plus the broken locale in a fresh directory.
fn build(case: &Case, index: usize) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("fresns-i18n-check-{}-{index}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    let en = root().join("locales/en");
    let broken = dir.join(&case.locale);
    fs::create_dir_all(dir.join("en")).unwrap();
    fs::create_dir_all(&broken).unwrap();
    for entry in fs::read_dir(&en).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path.file_name().unwrap();
            fs::copy(&path, dir.join("en").join(name)).unwrap();
            if !case.remove.iter().any(|r| r.as_str() == name) {
                fs::copy(&path, broken.join(name)).unwrap();
            }
        }
    }
    let allow: Vec<&str> = ErrorCode::ALL
        .iter()
        .map(|c| c.message_id())
        .filter(|id| !case.untranslated.iter().any(|u| u == id))
        .collect();
    fs::write(broken.join("untranslated.txt"), allow.join("\n")).unwrap();
    for edit in &case.edit {
        let path = broken.join(&edit.file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            text.contains(&edit.find),
            "{}: `{}` not found",
            case.check,
            edit.find
        );
        fs::write(&path, text.replacen(&edit.find, &edit.replace, 1)).unwrap();
    }
    for raw in &case.raw {
        let path = broken.join(&raw.file);
        let mut bytes = if raw.append || raw.prepend_bom || raw.crlf {
            fs::read(&path).unwrap()
        } else {
            Vec::new()
        };
        bytes.extend_from_slice(raw.text.as_bytes());
        if raw.latin1_tail {
            bytes.push(0xE9);
        }
        if raw.prepend_bom {
            bytes.splice(0..0, [0xEF, 0xBB, 0xBF]);
        }
        if raw.crlf {
            bytes = String::from_utf8(bytes)
                .unwrap()
                .replace('\n', "\r\n")
                .into_bytes();
        }
        fs::write(&path, bytes).unwrap();
    }
    dir
}

#[test]
fn every_check_fires_on_its_fixture_at_the_right_place() {
    let text = fs::read_to_string(root().join("tests/fixtures/check/cases.toml")).unwrap();
    let cases: Cases = toml::from_str(&text).unwrap();
    let mut covered = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for (index, case) in cases.case.iter().enumerate() {
        let dir = build(case, index);
        let set = LocaleSet::from_dir(&dir).unwrap();
        let report = check(&set, &[]);
        let found: Vec<Expect> = report
            .diagnostics
            .iter()
            .filter(|d| d.locale == case.locale && d.check.name() == case.check)
            .map(|d| Expect {
                file: d.file.clone(),
                line: d.line,
                column: Some(d.column),
                severity: match d.severity {
                    Severity::Error => "error".to_owned(),
                    Severity::Warning => "warning".to_owned(),
                },
            })
            .collect();
        let matches = found.len() == case.expect.len()
            && found.iter().zip(&case.expect).all(|(got, want)| {
                got.file == want.file
                    && got.line == want.line
                    && got.severity == want.severity
                    && want.column.is_none_or(|c| Some(c) == got.column)
            });
        let label = case.name.as_deref().unwrap_or(&case.check);
        if !matches {
            failures.push(format!(
                "{label}: expected {:?}\n  found {found:?}",
                case.expect
            ));
        }
        // A case's fixture breaks only what it means to: `en` itself stays clean.
        let en: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.locale == "en")
            .collect();
        if !en.is_empty() {
            failures.push(format!("{label}: en has findings {en:?}"));
        }
        covered.insert(case.check.clone());
        let _ = fs::remove_dir_all(&dir);
    }
    for check in fresns_i18n::check::Check::ALL {
        if !covered.contains(check.name()) {
            failures.push(format!("no fixture for check `{}`", check.name()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn shipped_locales_pass_strictly() {
    let report = check(&LocaleSet::embedded(), &[]);
    let shown: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
    assert!(shown.is_empty(), "{shown:#?}");
    assert!(report.stats.len() >= 14, "{:?}", report.stats.keys());
}
