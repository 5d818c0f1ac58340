//! The canonical Fluent layout and `fresns-i18n fmt`: the shipped files are in that layout,
//! `fmt --check` lists the files that are not, `fmt` rewrites exactly those, and a file with a
//! parse error is left as it is.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use fresns_i18n::LocaleSet;
use fresns_i18n::check::{LayoutStatus, layout_of};

use crate::common::{locales_copy, run, stderr, stdout};

/// Every file under `root`, by path relative to it.
fn snapshot(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for locale in fs::read_dir(root).unwrap() {
        let locale = locale.unwrap().path();
        if !locale.is_dir() {
            continue;
        }
        for file in fs::read_dir(&locale).unwrap() {
            let path = file.unwrap().path();
            let name = path
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            files.insert(name, fs::read(&path).unwrap());
        }
    }
    files
}

/// The 1-based line that starts with `prefix`.
fn line_of(text: &str, prefix: &str) -> usize {
    text.lines().position(|l| l.starts_with(prefix)).unwrap() + 1
}

#[test]
fn the_shipped_files_are_in_the_canonical_layout() {
    let report = layout_of(&LocaleSet::embedded());
    let off: Vec<String> = report
        .files
        .iter()
        .filter(|f| !matches!(f.status, LayoutStatus::Canonical))
        .map(|f| format!("{}: {:?}", f.file, f.status))
        .collect();
    assert!(
        off.is_empty(),
        "run `fresns-i18n fmt --locales locales`: {off:#?}"
    );
    assert!(report.files.len() >= 14 * 9, "{}", report.files.len());

    let out = run(&["fmt", "--check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{0} of {0} file(s) in the canonical layout\n",
            report.files.len()
        )
    );
}

#[test]
fn fmt_rewrites_exactly_the_files_check_lists() {
    let dir = locales_copy();
    let root = dir.path();
    let root_arg = root.to_str().unwrap();
    let de = root.join("de/accounts.ftl");
    let de_canonical = fs::read_to_string(&de).unwrap();
    // What an editor might leave: no spaces around `=`, blank lines at the end.
    let messy =
        de_canonical.replacen("email-format-incorrect = ", "email-format-incorrect=", 1) + "\n\n";
    fs::write(&de, &messy).unwrap();
    let line = line_of(&de_canonical, "email-format-incorrect =");

    // The checker warns, and fails only with --strict.
    let check = run(&["check", "--locales", root_arg]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let text = stdout(&check);
    assert!(
        text.contains("warning[layout]") && text.contains(&format!("de/accounts.ftl:{line}:1\n")),
        "{text}"
    );
    assert_eq!(
        run(&["check", "--locales", root_arg, "--strict"])
            .status
            .code(),
        Some(1)
    );

    // A byte-order mark and CRLF line endings are not the canonical layout either.
    let ja = root.join("ja/headers.ftl");
    let ja_canonical = fs::read_to_string(&ja).unwrap();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(ja_canonical.replace('\n', "\r\n").as_bytes());
    fs::write(&ja, bytes).unwrap();

    let before = snapshot(root);
    let listed = run(&["fmt", "--check", "--locales", root_arg]);
    assert_eq!(listed.status.code(), Some(1), "{}", stderr(&listed));
    let text = stdout(&listed);
    let total = before.keys().filter(|k| k.ends_with(".ftl")).count();
    assert_eq!(
        text,
        format!(
            "{}:{line}: not in the canonical layout\n{}:1: not in the canonical layout\n2 of {total} file(s) not in the canonical layout; `fresns-i18n fmt --locales DIR` rewrites them\n",
            de.display(),
            ja.display()
        )
    );
    assert_eq!(snapshot(root), before, "--check writes nothing");

    let formatted = run(&["fmt", "--locales", root_arg]);
    assert_eq!(formatted.status.code(), Some(0), "{}", stderr(&formatted));
    assert!(stderr(&formatted).is_empty(), "{}", stderr(&formatted));
    assert_eq!(
        stdout(&formatted),
        format!(
            "rewrote {}\nrewrote {}\n2 file(s) rewritten, {} already in the canonical layout\n",
            de.display(),
            ja.display(),
            total - 2
        )
    );
    assert_eq!(fs::read_to_string(&de).unwrap(), de_canonical);
    assert_eq!(fs::read_to_string(&ja).unwrap(), ja_canonical);
    let after = snapshot(root);
    let changed: Vec<&String> = after
        .iter()
        .filter(|(name, bytes)| before.get(*name) != Some(bytes))
        .map(|(name, _)| name)
        .collect();
    assert_eq!(changed, ["de/accounts.ftl", "ja/headers.ftl"]);
    assert!(
        after.keys().all(|name| !name.contains("/.")),
        "no temporary file is left: {:?}",
        after.keys()
    );

    let again = run(&["fmt", "--locales", root_arg]);
    assert_eq!(again.status.code(), Some(0));
    assert!(
        stdout(&again).starts_with("0 file(s) rewritten"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn a_file_with_a_parse_error_is_left_as_it_is_and_named() {
    let dir = locales_copy();
    let root = dir.path();
    let root_arg = root.to_str().unwrap();
    let users = root.join("de/users.ftl");
    let broken = fs::read_to_string(&users).unwrap() + "\n\nbroken = { oops\n";
    fs::write(&users, &broken).unwrap();
    let line = line_of(&broken, "broken =");
    let system = root.join("de/system.ftl");
    let system_canonical = fs::read_to_string(&system).unwrap();
    // Extra blank lines after the resource comment: not canonical, but nothing lost.
    fs::write(&system, system_canonical.replacen("\n\n", "\n\n\n\n", 1)).unwrap();

    for args in [
        &["fmt", "--check", "--locales", root_arg][..],
        &["fmt", "--locales", root_arg],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!(
                "{}:{line}: `broken = {{ oops` does not parse",
                users.display()
            )) && err.ends_with("the file was left as it is\n"),
            "{err}"
        );
        assert!(
            stdout(&out).contains("1 file(s) left as they are"),
            "{}",
            stdout(&out)
        );
    }
    // The broken file is untouched; the other one was still rewritten.
    assert_eq!(fs::read_to_string(&users).unwrap(), broken);
    assert_eq!(fs::read_to_string(&system).unwrap(), system_canonical);
}

#[test]
fn writing_needs_a_locales_directory() {
    let out = run(&["fmt"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("needs --locales DIR"), "{err}");
    assert!(stdout(&out).is_empty());
    assert_eq!(
        run(&["fmt", "--check", "--locales", "tests/fixtures/nope"])
            .status
            .code(),
        Some(1)
    );
}
