//! Locale files shaped to exhaust the loader and the checker: each is loaded and reported in
//! bounded time, stack and memory, and the rest of the locale keeps working.
//!
//! The server reloads and checks translators' edits while it runs, so none of these may crash
//! or stall it.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use fresns_i18n::check::{Check, Severity, check};
use fresns_i18n::{Args, ErrorCode, LocaleSet, Resolver};

const EN_HEADERS: &[u8] = include_bytes!("../../locales/en/headers.ftl");

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
    let obsolete = report
        .diagnostics
        .iter()
        .filter(|d| d.check == Check::ObsoleteMessage)
        .count();
    assert_eq!(obsolete, 40_000);
    let last = report
        .diagnostics
        .iter()
        .find(|d| d.id.as_deref() == Some("extra-39999"))
        .unwrap();
    assert_eq!((last.line, last.column), (40_000, 1));
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
    assert_eq!(unknown.len(), 50_000);
    assert!(unknown.iter().all(|d| d.source_line.is_empty()));
    // `headers-error = { $x }…`: the first `x` is character 20, then one every 6.
    let mut columns: Vec<_> = unknown.iter().map(|d| d.column).collect();
    columns.sort_unstable();
    assert_eq!(columns[0], 20);
    assert_eq!(columns[49_999], 20 + 6 * 49_999);
}
