//! The README stays true: its coverage table is the checker's, its check list is complete,
//! and it opens with the two commands.

use fresns_i18n::LocaleSet;
use fresns_i18n::check::{Check, Format, check};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn coverage_table_matches_the_stats_command() {
    let readme = readme();
    let begin = readme.find("<!-- stats:begin").unwrap();
    let begin = begin + readme[begin..].find('\n').unwrap() + 1;
    let end = readme.find("<!-- stats:end -->").unwrap();
    let table = check(&LocaleSet::embedded(), &[]).render_stats(Format::Markdown);
    assert_eq!(
        &readme[begin..end],
        table,
        "run tools/update-readme-stats.sh"
    );
}

#[test]
fn every_check_is_documented() {
    let readme = readme();
    for check in Check::ALL {
        assert!(
            readme.contains(&format!("`{}`", check.name())),
            "{}",
            check.name()
        );
    }
}

#[test]
fn readme_opens_with_two_commands() {
    let readme = readme();
    let mut lines = readme.lines();
    assert_eq!(lines.next(), Some("```sh"));
    let first = lines.next().unwrap();
    let second = lines.next().unwrap();
    assert!(first.starts_with("cargo run --release -- "), "{first}");
    assert_eq!(second, "cargo test");
    assert_eq!(lines.next(), Some("```"));
}
