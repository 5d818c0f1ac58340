//! The `fresns-i18n` binary: output, exit statuses and error lines.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

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
