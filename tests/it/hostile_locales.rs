//! Locale files shaped to exhaust the loader and the checker: each is loaded and reported in
//! bounded time, stack and memory, and the rest of the locale keeps working.
//!
//! The server reloads and checks translators' edits while it runs, so none of these may crash
//! or stall it.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use fresns_i18n::check::{Check, Format, MAX_FINDINGS_PER_CHECK, Report, Severity, check};
use fresns_i18n::{Args, ErrorCode, LocaleSet, Resolver};

const EN_HEADERS: &[u8] = include_bytes!("../../locales/en/headers.ftl");
const EN_USERS: &[u8] = include_bytes!("../../locales/en/users.ftl");

/// `en` with the real headers file, and `de` with `text` as its only file.
fn set_with_de(text: &str) -> LocaleSet {
    LocaleSet::from_memory([
        ("en", "headers.ftl", EN_HEADERS),
        ("de", "headers.ftl", text.as_bytes()),
    ])
    .unwrap()
}

/// Runs `work` on a thread with the default 2 MiB stack, failing the test if it takes longer
/// than `limit` (the quadratic versions took minutes on these inputs).
fn within<T: Send + 'static>(limit: Duration, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(work());
    });
    result
        .recv_timeout(limit)
        .expect("finished in time without crashing")
}

fn nested(depth: usize) -> String {
    format!("{}\"tief\"{}", "{ ".repeat(depth), " }".repeat(depth))
}

#[test]
fn deeply_nested_placeables_are_skipped_instead_of_overflowing_the_stack() {
    let text = format!(
        "headers-error = {}\nversion-not-found = {}\nplatform-id-not-found = {{ {}1{} }}\n",
        nested(100_000),
        nested(64),
        "NUMBER(".repeat(10_000),
        ")".repeat(10_000),
    );
    let (diagnostics, report, texts) = within(Duration::from_secs(30), move || {
        let set = set_with_de(&text);
        let resolver = Resolver::from_set(&set).unwrap();
        let chain = resolver.negotiate_tag("de").unwrap();
        let texts: Vec<(String, String)> = [
            ErrorCode::HeadersError,
            ErrorCode::VersionNotFound,
            ErrorCode::PlatformIdNotFound,
        ]
        .iter()
        .map(|&code| {
            let message = resolver.resolve(code, &chain, &Args::new()).unwrap();
            (message.locale.to_owned(), message.text.into_owned())
        })
        .collect();
        (resolver.diagnostics().to_vec(), check(&set, &[]), texts)
    });
    // The runaway entries fall back to `en`; nesting as deep as the limit still works.
    assert_eq!(texts[0], ("en".to_owned(), "Headers Error".to_owned()));
    assert_eq!(texts[1], ("de".to_owned(), "tief".to_owned()));
    assert_eq!(texts[2].0, "en");
    for found in [&diagnostics, &report.diagnostics] {
        let deep: Vec<_> = found
            .iter()
            .filter(|d| d.message.contains("more than 64 deep"))
            .map(|d| (d.line, d.severity, d.check))
            .collect();
        assert_eq!(
            deep,
            [
                (1, Severity::Error, Check::Syntax),
                (3, Severity::Error, Check::Syntax)
            ]
        );
    }
}

#[test]
fn every_entry_of_a_large_file_is_checked_without_rescanning_the_file() {
    // Building a line index per entry made this take minutes.
    let text: String = (0..40_000).map(|i| format!("extra-{i} = x{i}\n")).collect();
    let report = within(Duration::from_secs(30), move || {
        check(&set_with_de(&text), &[])
    });
    // Every entry is checked and counted; the first ones are shown, with their places.
    assert_eq!(
        suppressed(&report, "de/headers.ftl", Check::ObsoleteMessage),
        40_000 - MAX_FINDINGS_PER_CHECK
    );
    let last = report
        .diagnostics
        .iter()
        .rfind(|d| d.check == Check::ObsoleteMessage)
        .unwrap();
    assert_eq!(last.id.as_deref(), Some("extra-99"));
    assert_eq!((last.line, last.column), (100, 1));
}

#[test]
fn a_file_of_junk_keeps_only_the_first_syntax_findings() {
    // The loader built a diagnostic for every skipped entry: 1.5 million lines of junk
    // took 975 MiB. Now its findings are capped like every check's, and counted.
    let mut text = "headers-error = x\n".to_owned();
    text.push_str(&"x\n".repeat(30_000));
    text.push_str("after-junk = y\n");
    let report = within(Duration::from_secs(30), move || {
        check(&set_with_de(&text), &[])
    });
    let kept = |check: Check| {
        report
            .diagnostics
            .iter()
            .filter(|d| d.check == check)
            .count()
    };
    assert_eq!(kept(Check::Syntax), MAX_FINDINGS_PER_CHECK);
    assert_eq!(
        suppressed(&report, "de/headers.ftl", Check::Syntax),
        30_000 - MAX_FINDINGS_PER_CHECK
    );
    // The entry after the junk is still read (and is no catalog message).
    assert!(
        report.diagnostics.iter().any(|d| {
            d.check == Check::ObsoleteMessage && d.id.as_deref() == Some("after-junk")
        })
    );
}

#[test]
fn long_reference_chains_are_checked_without_recursion_or_quadratic_time() {
    // A chain 20 000 long that ends, and a three-message cycle after it.
    let mut text: String = (0..20_000)
        .map(|i| format!("chain-{i} = {{ chain-{} }}\n", i + 1))
        .collect();
    text.push_str(
        "chain-20000 = end\nloop-a = { loop-b }\nloop-b = { loop-c }\nloop-c = { loop-a }\n",
    );
    let report = within(Duration::from_secs(30), move || {
        check(&set_with_de(&text), &[])
    });
    let mut cyclic: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.message.contains("refers back to itself"))
        .filter_map(|d| d.id.clone())
        .collect();
    cyclic.sort();
    assert_eq!(cyclic, ["loop-a", "loop-b", "loop-c"]);
}

#[test]
fn problems_on_one_long_line_do_not_copy_the_line_each_time() {
    // 50 000 unknown variables on one 300 kB line: copying the line into each diagnostic
    // took 15 GB; finding each column by counting from the line's start took minutes.
    let text = format!("headers-error = {}\n", "{ $x }".repeat(50_000));
    let report = within(Duration::from_secs(30), move || {
        check(&set_with_de(&text), &[])
    });
    let unknown: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.check == Check::UnknownVariable)
        .collect();
    assert_eq!(unknown.len(), MAX_FINDINGS_PER_CHECK);
    assert_eq!(
        suppressed(&report, "de/headers.ftl", Check::UnknownVariable),
        50_000 - MAX_FINDINGS_PER_CHECK
    );
    assert!(unknown.iter().all(|d| d.source_line.is_empty()));
    // `headers-error = { $x }…`: the first `x` is character 20, then one every 6.
    let columns: Vec<_> = unknown.iter().map(|d| d.column).collect();
    let expected: Vec<_> = (0..MAX_FINDINGS_PER_CHECK).map(|i| 20 + 6 * i).collect();
    assert_eq!(columns, expected);
}

/// How many findings of `check` in `file` the report counted but did not keep.
fn suppressed(report: &Report, file: &str, check: Check) -> usize {
    report
        .suppressed
        .iter()
        .filter(|s| s.file == file && s.check == check)
        .map(|s| s.count)
        .sum()
}

#[test]
fn findings_beyond_the_cap_are_counted_but_not_kept() {
    // 5 000 unknown variables on one line (errors), 5 000 `[other]` variants that leave out
    // the number (warnings) and 20 000 obsolete messages (errors): about 400 kB. Before the
    // cap, a 3 MB file like this took hundreds of MB to check.
    let mut text = format!("username-invalid-characters = {}\n", "{ $x }".repeat(5_000));
    text.push_str("change-too-frequent = Nur einmal in der angegebenen Zahl von Tagen\n");
    text.push_str("    .detailed =\n        { $days ->\n");
    text.push_str(&"            [other] n\n".repeat(5_000));
    text.push_str("           *[other] { NUMBER($days) } Tage\n        }\n");
    text.extend((0..20_000).map(|i| format!("extra-{i} = x\n")));
    let report = within(Duration::from_secs(30), move || {
        let set = LocaleSet::from_memory([
            ("en", "users.ftl", EN_USERS),
            ("de", "users.ftl", text.as_bytes()),
        ])
        .unwrap();
        check(&set, &[])
    });
    let file = "de/users.ftl";

    // At most the cap per check and file is built, and those are the first in file order.
    for kind in Check::ALL {
        let kept = report
            .diagnostics
            .iter()
            .filter(|d| d.file == file && d.check == *kind)
            .count();
        assert!(kept <= MAX_FINDINGS_PER_CHECK, "{kind}: {kept} kept");
    }
    let obsolete: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.check == Check::ObsoleteMessage)
        .filter_map(|d| d.id.clone())
        .collect();
    let first: Vec<_> = (0..MAX_FINDINGS_PER_CHECK)
        .map(|i| format!("extra-{i}"))
        .collect();
    assert_eq!(obsolete, first);

    // The rest are counted exactly.
    let cap = MAX_FINDINGS_PER_CHECK;
    assert_eq!(
        suppressed(&report, file, Check::ObsoleteMessage),
        20_000 - cap
    );
    assert_eq!(
        suppressed(&report, file, Check::UnknownVariable),
        5_000 - cap
    );
    assert_eq!(
        suppressed(&report, file, Check::DroppedVariable),
        5_000 - cap
    );
    assert_eq!(report.suppressed.len(), 3);
    let warning = report
        .suppressed
        .iter()
        .find(|s| s.check == Check::DroppedVariable)
        .unwrap();
    assert_eq!(
        (warning.locale.as_str(), warning.severity),
        ("de", Severity::Warning)
    );

    // The stats count every finding, shown or not.
    let kept = |severity| {
        report
            .diagnostics
            .iter()
            .filter(|d| d.locale == "de" && d.severity == severity)
            .count()
    };
    let stats = report.stats["de"];
    assert_eq!(
        stats.errors,
        kept(Severity::Error) + (20_000 - cap) + (5_000 - cap)
    );
    assert_eq!(stats.warnings, kept(Severity::Warning) + (5_000 - cap));
    assert!(stats.errors > 25_000);
    assert!(report.has_errors() && report.has_warnings());

    // Every format says what was left out.
    let text = report.render(Format::Text, "locales");
    assert!(text.contains(&format!(
        "… {} more `obsolete-message` findings in locales/de/users.ftl not shown",
        20_000 - cap
    )));
    assert!(text.contains(&format!(
        "… {} more `dropped-variable` findings in locales/de/users.ftl not shown",
        5_000 - cap
    )));
    assert!(text.contains(&format!(
        "{} error(s), {} warning(s)",
        stats.errors + report.stats["en"].errors,
        stats.warnings + report.stats["en"].warnings
    )));
    let json: serde_json::Value =
        serde_json::from_str(&report.render(Format::Json, "locales")).unwrap();
    let counts: Vec<_> = json["suppressed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["check"].as_str().unwrap(), s["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        counts,
        [
            ("obsolete-message", 19_900),
            ("unknown-variable", 4_900),
            ("dropped-variable", 4_900)
        ]
    );
    let github = report.render(Format::Github, "locales");
    let notices: Vec<_> = github
        .lines()
        .filter(|l| l.starts_with("::notice "))
        .collect();
    assert_eq!(notices.len(), 3);
    assert!(
        notices[0].starts_with(
            "::notice file=locales/de/users.ftl,title=obsolete-message (de)::19900 more"
        )
    );
}
