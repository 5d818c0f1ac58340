//! The `en` source messages against the seed catalog and the argument specs.

use std::collections::BTreeSet;

use fresns_i18n::catalog::{ArgKind, Presence};
use fresns_i18n::{Args, ErrorCode, Resolver};

use crate::common;

use common::seed;

fn embedded() -> Resolver {
    Resolver::embedded().unwrap()
}

#[test]
fn seed_and_catalog_list_the_same_220_codes() {
    let seed: BTreeSet<u32> = seed().into_keys().collect();
    let catalog: BTreeSet<u32> = ErrorCode::ALL.iter().map(|c| c.number()).collect();
    assert_eq!(seed.len(), 220);
    assert_eq!(seed, catalog);
}

#[test]
fn every_en_message_is_the_seed_text_byte_for_byte() {
    let resolver = embedded();
    let chain = resolver.default_chain();
    for (number, expected) in seed() {
        let code = ErrorCode::from_number(number).unwrap();
        let resolved = resolver.resolve(code, &chain, &Args::new()).unwrap();
        assert_eq!(resolved.locale, "en");
        assert_eq!(resolved.text, expected.as_str(), "{number}");
    }
}

#[test]
fn en_messages_and_catalog_codes_match_one_to_one() {
    let en_ids = fresns_i18n_test_support::message_ids("en");
    let catalog: BTreeSet<String> = ErrorCode::ALL
        .iter()
        .map(|c| c.message_id().to_owned())
        .collect();
    let extra: Vec<_> = en_ids.difference(&catalog).collect();
    let missing: Vec<_> = catalog.difference(&en_ids).collect();
    assert!(extra.is_empty(), "en messages with no code: {extra:?}");
    assert!(missing.is_empty(), "codes with no en message: {missing:?}");
}

#[test]
fn en_uses_one_file_per_group() {
    for code in ErrorCode::ALL {
        let file = fresns_i18n_test_support::file_of("en", code.message_id());
        assert_eq!(file.as_deref(), Some(code.group().file_name()), "{code}");
    }
}

#[test]
fn embedded_en_loads_without_diagnostics() {
    let resolver = embedded();
    let en: Vec<_> = resolver
        .diagnostics()
        .iter()
        .filter(|d| d.locale == "en")
        .collect();
    assert!(en.is_empty(), "{en:#?}");
}

fn sample(kind: ArgKind) -> &'static str {
    match kind {
        ArgKind::Duration => "7200",
        ArgKind::Count => "21",
        ArgKind::Bytes => "10MB",
        ArgKind::Text => "exe",
        _ => unreachable!(),
    }
}

#[test]
fn every_argument_taking_code_renders_in_en_with_and_without_arguments() {
    let resolver = embedded();
    let chain = resolver.default_chain();
    let seed = seed();
    let with_args: Vec<_> = ErrorCode::ALL
        .iter()
        .filter(|c| !c.args().is_empty())
        .collect();
    assert_eq!(with_args.len(), 23);
    for &&code in &with_args {
        let plain = resolver.resolve(code, &chain, &Args::new()).unwrap();
        assert_eq!(plain.text, seed[&code.number()].as_str());
        let mut args = Args::new();
        for spec in code.args() {
            args.set_parsed(code, spec.name, sample(spec.kind)).unwrap();
        }
        let detailed = resolver.resolve(code, &chain, &args).unwrap();
        assert_eq!(detailed.locale, "en", "{code}");
        assert_ne!(detailed.text, plain.text, "{code}: values must show");
        assert!(
            !detailed.text.contains(['{', '}', '\u{2068}', '\u{2069}']),
            "{code}: {}",
            detailed.text
        );
        for spec in code.args() {
            let shown = match spec.kind {
                ArgKind::Duration => "2 hours",
                ArgKind::Count => "21",
                ArgKind::Bytes => "10 MB",
                _ => "exe",
            };
            assert!(
                detailed.text.contains(shown),
                "{code}: {} lacks {shown}",
                detailed.text
            );
        }
    }
}

#[test]
fn issue_examples_render_exactly() {
    let resolver = embedded();
    let chain = resolver.default_chain();
    let wait = Args::new().with("wait", std::time::Duration::from_secs(7200));
    let text = resolver
        .resolve(ErrorCode::LoginAttemptsExceeded, &chain, &wait)
        .unwrap()
        .text;
    assert_eq!(
        text,
        "The error has exceeded the system limit. Please log in again 2 hours later"
    );
    let size = Args::new().with("size", fresns_i18n::ArgValue::Bytes(10_485_760));
    let text = resolver
        .resolve(ErrorCode::FileSizeExceeded, &chain, &size)
        .unwrap()
        .text;
    assert!(text.contains("10 MB"), "{text}");
}

#[test]
fn declared_argument_specs_are_consistent() {
    for code in ErrorCode::ALL {
        let mut names = BTreeSet::new();
        for spec in code.args() {
            assert!(names.insert(spec.name), "{code}: {} twice", spec.name);
            if let Presence::Default(_) = spec.presence {
                assert!(!code.has_detailed_form() || code.args().len() > 1, "{code}");
            }
        }
    }
    assert_eq!(
        ErrorCode::LoginAttemptsExceeded
            .arg("wait")
            .map(|s| s.presence),
        Some(Presence::Default(3600))
    );
}

#[test]
fn resolver_is_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Resolver>();
    let resolver = std::sync::Arc::new(embedded());
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let resolver = resolver.clone();
            std::thread::spawn(move || {
                let chain = resolver.default_chain();
                for code in ErrorCode::ALL {
                    assert!(
                        !resolver
                            .resolve(*code, &chain, &Args::new())
                            .unwrap()
                            .text
                            .is_empty()
                    );
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().unwrap();
    }
}

mod fresns_i18n_test_support {
    //! Reads message IDs straight from the `.ftl` files, independently of the resolver.
    use std::collections::BTreeSet;

    fn files(tag: &str) -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(tag);
        let mut out: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        out.sort();
        out
    }

    fn ids(text: &str) -> impl Iterator<Item = String> + '_ {
        text.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_owned()))
    }

    pub fn message_ids(tag: &str) -> BTreeSet<String> {
        files(tag)
            .iter()
            .flat_map(|(_, text)| ids(text).collect::<Vec<_>>())
            .collect()
    }

    pub fn file_of(tag: &str, id: &str) -> Option<String> {
        files(tag)
            .into_iter()
            .find(|(_, text)| ids(text).any(|i| i == id))
            .map(|(name, _)| name)
    }
}
