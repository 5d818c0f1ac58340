//! Any bytes as a translator's `.ftl` file, through the loader, the resolver and the checker:
//! nothing panics or hangs, and broken messages fall back to `en`.
#![no_main]

use std::time::Duration;

use fresns_i18n::catalog::Group;
use fresns_i18n::check::{Format, Severity, check};
use fresns_i18n::{ArgValue, Args, ErrorCode, LocaleSet, ResolveError, Resolver};
use libfuzzer_sys::fuzz_target;

/// The real source file for the headers group: `de` is checked and resolved against it.
const EN_HEADERS: &[u8] = include_bytes!("../../locales/en/headers.ftl");

fuzz_target!(|data: &[u8]| {
    let set = LocaleSet::from_memory([("en", "headers.ftl", EN_HEADERS), ("de", "x.ftl", data)])
        .expect("the set has en");
    let resolver = Resolver::from_set(&set).expect("the set has en");
    let chain = resolver.negotiate_tag("de").expect("de is a tag");
    assert_eq!(resolver.chain_tags(&chain), ["de", "en"]);

    // Every headers code has an `en` message, so each resolves, from `de` or from `en`.
    for &code in ErrorCode::ALL
        .iter()
        .filter(|c| c.group() == Group::Headers)
    {
        let message = resolver
            .resolve(code, &chain, &Args::new())
            .unwrap_or_else(|err| panic!("{code}: {err}"));
        assert!(!message.text.trim().is_empty(), "{code}: empty text");
        assert!(
            ["de", "en"].contains(&message.locale),
            "{code}: {}",
            message.locale
        );
    }
    // Codes with values exist only in the fuzzed `de`, if anywhere: a message or NoMessage.
    let with_values = [
        (
            ErrorCode::LoginAttemptsExceeded,
            Args::new().with("wait", Duration::from_secs(7200)),
        ),
        (
            ErrorCode::PasswordLengthIncorrect,
            Args::new().with("min", 8).with("max", 32),
        ),
        (
            ErrorCode::FileSizeExceeded,
            Args::new().with("size", ArgValue::Bytes(10 << 20)),
        ),
        (
            ErrorCode::FileTypeNotAllowed,
            Args::new().with("extension", "exe"),
        ),
        (ErrorCode::LoginAttemptsExceeded, Args::new()),
    ];
    for (code, args) in &with_values {
        match resolver.resolve(*code, &chain, args) {
            Ok(message) => {
                assert_eq!(message.locale, "de", "{code}");
                assert!(!message.text.trim().is_empty(), "{code}: empty text");
            }
            Err(ResolveError::NoMessage { .. }) => {}
            Err(err) => panic!("{code} {args:?}: {err}"),
        }
    }

    let report = check(&set, &[]);
    // The renderers slice source lines at the reported columns; JSON is plain serde. Only
    // the fuzzed file's findings: the hundreds of messages this small `en` lacks are the same
    // every time and would cost most of each run.
    let mut fuzzed = report.clone();
    fuzzed.diagnostics.retain(|d| d.file == "de/x.ftl");
    fuzzed.suppressed.retain(|s| s.file == "de/x.ftl");
    for format in [Format::Text, Format::Github] {
        let _ = fuzzed.render(format, "locales");
    }
    let _ = fuzzed.render_stats(Format::Markdown);
    for diagnostic in &report.diagnostics {
        assert!(
            diagnostic.line >= 1 && diagnostic.column >= 1,
            "{diagnostic:?}"
        );
    }
    // Broken input is reported, never silently dropped: bad bytes, a byte-order mark, CRLF
    // endings, runaway nesting or a syntax error are each an error, from the checker and
    // from the loader. Parsing the raw text here is safe only because the loader found no
    // runaway nesting: this also tests that its bound holds.
    let too_deep = report
        .diagnostics
        .iter()
        .any(|d| d.message.contains("more than 64 deep"));
    let broken = too_deep
        || match std::str::from_utf8(data) {
            Ok(text) => {
                text.starts_with('\u{FEFF}')
                    || text.contains("\r\n")
                    || fluent_syntax::parser::parse(text).is_err()
            }
            Err(_) => true,
        };
    if broken {
        assert!(report.has_errors(), "the checker missed a broken file");
        assert!(
            resolver
                .diagnostics()
                .iter()
                .any(|d| d.severity == Severity::Error),
            "the loader missed a broken file"
        );
    }
});
