//! One harness for the data-driven cases in tests/fixtures/*.toml: a new case needs no Rust.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fresns_i18n::{Args, ErrorCode, FallbackChain, Resolver};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    case: Vec<Case>,
}

/// One case; a misspelled field is an error, not a check silently skipped.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    set: String,
    tag: Option<String>,
    accept_language: Option<String>,
    code: Option<u32>,
    #[serde(default)]
    args: HashMap<String, String>,
    chain: Option<Vec<String>>,
    locale: Option<String>,
    /// The CLDR locale expected to format the values (`Resolver::format_locale`).
    format_locale: Option<String>,
    text: Option<String>,
    contains: Option<String>,
    error: Option<u32>,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

struct Sets(HashMap<String, Resolver>);

impl Sets {
    fn get(&mut self, name: &str) -> &Resolver {
        self.0.entry(name.to_owned()).or_insert_with(|| {
            // `@embedded` is the shipped locale set; other names are fixture folders.
            let resolver = if name == "@embedded" {
                Resolver::embedded()
            } else {
                Resolver::from_dir(fixtures().join("locales").join(name))
            };
            let resolver = resolver.unwrap_or_else(|err| panic!("fixture set {name}: {err}"));
            // Fixture sets are deliberately incomplete but must parse cleanly, apart from the
            // one broken reference `basic/de` uses to test fallback.
            let problems: Vec<_> = resolver
                .diagnostics()
                .iter()
                .map(ToString::to_string)
                .collect();
            assert!(problems.is_empty(), "fixture set {name}: {problems:#?}");
            resolver
        })
    }
}

/// Negotiates the case's request; `Err` carries the catalog code of the error.
fn negotiate(resolver: &Resolver, case: &Case) -> Result<FallbackChain, u32> {
    match (&case.tag, &case.accept_language) {
        (Some(tag), None) => resolver
            .negotiate_tag(tag)
            .map_err(|err| err.code().number()),
        (None, Some(header)) => Ok(resolver.negotiate_accept_language(header)),
        _ => panic!("{}: give exactly one of tag and accept_language", case.name),
    }
}

fn run(file: &str) {
    let text = std::fs::read_to_string(fixtures().join(file)).unwrap();
    let cases: Cases = toml::from_str(&text).unwrap_or_else(|err| panic!("{file}: {err}"));
    assert!(!cases.case.is_empty(), "{file} has no cases");
    let mut sets = Sets(HashMap::new());
    let mut failures = Vec::new();
    for case in &cases.case {
        let resolver = sets.get(&case.set);
        let outcome = negotiate(resolver, case).and_then(|chain| {
            if let Some(expected) = &case.chain {
                let tags = resolver.chain_tags(&chain);
                if &tags != expected {
                    failures.push(format!(
                        "{}: chain {tags:?}, expected {expected:?}",
                        case.name
                    ));
                }
            }
            let Some(number) = case.code else {
                return Ok(());
            };
            let code = ErrorCode::from_number(number).map_err(|e| e.code().number())?;
            let mut args = Args::new();
            for (name, value) in &case.args {
                args.set_parsed(code, name, value)
                    .map_err(|e| e.code().number())?;
            }
            let resolved = resolver
                .resolve(code, &chain, &args)
                .map_err(|e| e.code().map_or(0, ErrorCode::number))?;
            // The compiled fast path and fluent-bundle agree on every case.
            if let Ok(reference) = resolver.resolve_reference(code, &chain, &args)
                && (reference.locale != resolved.locale || reference.text != resolved.text)
            {
                failures.push(format!(
                    "{}: fast path {:?} from {}, fluent-bundle {:?} from {}",
                    case.name, resolved.text, resolved.locale, reference.text, reference.locale
                ));
            }
            let mut check = |what: &str, ok: bool| {
                if !ok {
                    failures.push(format!(
                        "{}: {what} mismatch: got {:?} from {}",
                        case.name, resolved.text, resolved.locale
                    ));
                }
            };
            if let Some(locale) = &case.locale {
                check("locale", resolved.locale == locale);
            }
            if let Some(expected) = &case.format_locale {
                let format_locale = resolver.format_locale(&chain, resolved.locale);
                check(
                    &format!("format locale ({format_locale})"),
                    format_locale == expected,
                );
            }
            if let Some(text) = &case.text {
                check("text", resolved.text == text.as_str());
            }
            if let Some(part) = &case.contains {
                check("contains", resolved.text.contains(part.as_str()));
            }
            // Only right-to-left locales isolate placeables.
            if !matches!(resolved.locale, "ar" | "ar-XB") {
                check(
                    "no isolation marks",
                    !resolved.text.contains(['\u{2068}', '\u{2069}']),
                );
            }
            Ok(())
        });
        match (outcome, case.error) {
            (Ok(()), None) => {}
            (Err(code), Some(expected)) if code == expected => {}
            (Ok(()), Some(expected)) => {
                failures.push(format!("{}: expected error {expected}", case.name))
            }
            (Err(code), _) => failures.push(format!("{}: unexpected error {code}", case.name)),
        }
    }
    assert!(failures.is_empty(), "{file}:\n{}", failures.join("\n"));
}

#[test]
fn negotiation_cases() {
    run("negotiation.toml");
}

#[test]
fn resolve_cases() {
    run("resolve.toml");
}

#[test]
fn argument_cases() {
    run("arguments.toml");
}

#[test]
fn duration_cases() {
    run("durations.toml");
}

#[test]
fn size_cases() {
    run("sizes.toml");
}

#[test]
fn regional_cases() {
    run("regional.toml");
}
