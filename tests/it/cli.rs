//! The `fresns-i18n` binary: output, exit statuses and error lines.

use crate::common;

use common::{run, stderr, stdout};

#[test]
fn resolve_prints_json_with_the_supplying_locale() {
    let out = run(&[
        "resolve",
        "31401",
        "--accept-language",
        "zh-TW,zh;q=0.9",
        "--json",
        "--locales",
        "tests/fixtures/locales/ptonly",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["code"], 31401);
    assert_eq!(json["id"], "language-tag-incorrect");
    assert_eq!(json["locale"], "en");
    assert_eq!(json["message"], "Language tag incorrect");
}

#[test]
fn malformed_tag_fails_with_a_line_naming_31401() {
    let out = run(&["resolve", "30000", "--lang", "x!"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("31401") && err.contains("Language tag incorrect"),
        "{err}"
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn durations_parse_from_the_cli() {
    let out = run(&["resolve", "34306", "--arg", "wait=2h"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "The error has exceeded the system limit. Please log in again 2 hours later\n"
    );
}

#[test]
fn bad_input_exits_1_with_the_fitting_code() {
    for (args, code) in [
        (&["resolve", "99999"][..], "30002"),
        (&["resolve", "34306", "--arg", "wait=soon"][..], "30002"),
        (&["resolve", "34306", "--arg", "wiat=2h"][..], "30000"),
        (&["resolve", "35103", "--arg", "min=3"][..], "30001"),
        (&["resolve", "34306", "--arg", "novalue"][..], "30002"),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains(code) && err.lines().count() == 1,
            "{args:?}: {err}"
        );
    }
}

#[test]
fn an_invalid_locales_directory_is_a_clear_error() {
    let out = run(&[
        "resolve",
        "31401",
        "--locales",
        "tests/fixtures/does-not-exist",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cannot read"), "{}", stderr(&out));
    let out = run(&["resolve", "31401", "--locales", "tests/fixtures"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("`en`"), "{}", stderr(&out));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["resolve"]).status.code(), Some(2));
    assert_eq!(
        run(&[
            "resolve",
            "31401",
            "--lang",
            "en",
            "--accept-language",
            "en"
        ])
        .status
        .code(),
        Some(2)
    );
    assert_eq!(run(&["no-such-command"]).status.code(), Some(2));
}

#[test]
fn codes_lists_the_catalog_as_json() {
    let out = run(&["codes", "--json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 220);
    let login = rows.iter().find(|r| r["code"] == 34306).unwrap();
    assert_eq!(login["id"], "login-attempts-exceeded");
    assert_eq!(login["group"], "accounts");
    assert_eq!(login["args"][0]["name"], "wait");
    assert_eq!(login["args"][0]["type"], "duration");
    assert_eq!(
        login["message"],
        "The error has exceeded the system limit. Please log in again 1 hour later"
    );
}

#[test]
fn help_shows_examples() {
    let out = run(&["--help"]);
    assert!(stdout(&out).contains("Examples:"));
    let out = run(&["resolve", "--help"]);
    assert!(stdout(&out).contains("--arg wait=2h"));
}

/// A locales directory with `en` and a copy of it as `de` that has one typo'd variable.
fn broken_locales(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("fresns-i18n-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for tag in ["en", "de"] {
        std::fs::create_dir_all(dir.join(tag)).unwrap();
        for entry in std::fs::read_dir("locales/en").unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let mut text = std::fs::read_to_string(&path).unwrap();
                if tag == "de" {
                    text = text.replace("DURATION($wait) } later", "DURATION($wiat) } later");
                }
                std::fs::write(dir.join(tag).join(path.file_name().unwrap()), text).unwrap();
            }
        }
    }
    dir
}

#[test]
fn check_exit_statuses_follow_errors_warnings_and_usage() {
    let ok = run(&["check", "--strict"]);
    assert_eq!(ok.status.code(), Some(0), "{}", stdout(&ok));
    assert!(stdout(&ok).contains("0 error(s), 0 warning(s)"));

    let dir = broken_locales("exit");
    let dir_arg = dir.to_str().unwrap();
    let broken = run(&["check", "--locales", dir_arg]);
    assert_eq!(broken.status.code(), Some(1));
    let text = stdout(&broken);
    assert!(text.contains("error[unknown-variable]"), "{text}");
    assert!(text.contains("de/accounts.ftl:55:100"), "{text}");
    assert!(text.contains("^^^^"), "a caret under the variable: {text}");

    let en_only = run(&["check", "--locales", dir_arg, "--locale", "en"]);
    assert_eq!(en_only.status.code(), Some(0), "{}", stdout(&en_only));

    assert_eq!(
        run(&["check", "--locales", "tests/fixtures/nope"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["check", "--locale", "xx"]).status.code(), Some(2));
    assert_eq!(run(&["check", "--format", "yaml"]).status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn strict_turns_warnings_into_failure() {
    let dir = broken_locales("strict");
    let de = dir.join("de/accounts.ftl");
    let text = std::fs::read_to_string(&de)
        .unwrap()
        .replace("DURATION($wiat) } later", "DURATION($wait) } later");
    std::fs::write(&de, text).unwrap();
    let dir_arg = dir.to_str().unwrap();
    let lenient = run(&["check", "--locales", dir_arg]);
    assert_eq!(
        lenient.status.code(),
        Some(0),
        "only untranslated warnings: {}",
        stdout(&lenient)
    );
    assert!(stdout(&lenient).contains("warning[untranslated]"));
    let strict = run(&["check", "--locales", dir_arg, "--strict"]);
    assert_eq!(strict.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_json_and_github_formats() {
    let dir = broken_locales("formats");
    let dir_arg = dir.to_str().unwrap();
    let json = run(&["check", "--locales", dir_arg, "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let first = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["check"] == "unknown-variable")
        .unwrap();
    for key in [
        "severity", "check", "locale", "file", "line", "column", "id", "message",
    ] {
        assert!(first.get(key).is_some(), "{key} missing in {first}");
    }
    assert_eq!(first["locale"], "de");
    assert_eq!(first["line"], 55);
    assert_eq!(first["id"], "login-attempts-exceeded");
    assert_eq!(value["summary"]["de"]["errors"], 1);

    let github = stdout(&run(&["check", "--locales", dir_arg, "--format", "github"]));
    let line = github.lines().find(|l| l.starts_with("::error ")).unwrap();
    assert!(
        line.contains("file=")
            && line.contains("de/accounts.ftl")
            && line.contains(",line=55,col=100,title=unknown-variable (de)::"),
        "{line}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stats_prints_coverage_in_three_formats() {
    let text = stdout(&run(&["stats"]));
    assert!(
        text.lines()
            .any(|l| l.starts_with("zh-Hant") && l.contains("220/220")),
        "{text}"
    );
    let markdown = stdout(&run(&["stats", "--format", "markdown"]));
    assert!(markdown.starts_with("| locale |"));
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["stats", "--format", "json"]).stdout).unwrap();
    assert_eq!(json["ru"]["total"], 220);
}

/// A reader that has gone before the first byte: every write the command makes fails with
/// EPIPE.
fn closed_pipe() -> std::io::PipeWriter {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let export = run(&["export"]);
    let rows = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(rows.path(), &export.stdout).unwrap();
    let rows = rows.path().to_str().unwrap();
    for args in [
        &["codes"][..],
        &["codes", "--json"],
        &["check"],
        &["check", "--format", "json"],
        &["stats"],
        &["fmt", "--check"],
        &["resolve", "31401", "--lang", "de"],
        &["resolve", "31401", "--json"],
        &["export"],
        &["export", "--format", "json"],
        &["import", rows],
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
            .args(args)
            .stdout(closed_pipe())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(out.stderr.is_empty(), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn a_reader_that_stops_after_one_line_is_not_an_error() {
    use std::io::BufRead;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
        .args(["export"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "[\n");
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}
