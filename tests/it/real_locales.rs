//! Every code in every shipped locale, plain and with values, and the pseudo-locales.

use fresns_i18n::catalog::ArgKind;
use fresns_i18n::{Args, ErrorCode, Resolver};

fn sample_args(code: ErrorCode) -> Args {
    let mut args = Args::new();
    for spec in code.args() {
        let value = match spec.kind {
            ArgKind::Duration => "5400",
            ArgKind::Count => "21",
            ArgKind::Bytes => "10MB",
            _ => "exe",
        };
        args.set_parsed(code, spec.name, value).unwrap();
    }
    args
}

const SHIPPED: [&str; 14] = [
    "ar", "de", "en", "es", "fr", "hi", "id", "it", "ja", "ko", "pt", "ru", "zh-Hans", "zh-Hant",
];

#[test]
fn the_shipped_set_has_14_locales_and_two_pseudo_locales() {
    let resolver = Resolver::embedded().unwrap();
    let mut tags: Vec<_> = resolver.locales().collect();
    tags.sort_unstable();
    let mut expected: Vec<_> = SHIPPED.iter().copied().chain(["en-XA", "ar-XB"]).collect();
    expected.sort_unstable();
    assert_eq!(tags, expected);
    assert!(
        resolver.diagnostics().is_empty(),
        "{:?}",
        resolver.diagnostics()
    );
}

#[test]
fn every_code_renders_from_every_locale_with_and_without_values() {
    let resolver = Resolver::embedded().unwrap();
    let mut rendered = 0;
    for tag in SHIPPED.iter().copied().chain(["en-XA", "ar-XB"]) {
        let chain = resolver.negotiate_tag(tag).unwrap();
        for &code in ErrorCode::ALL {
            let mut forms = vec![Args::new()];
            if !code.args().is_empty() {
                forms.push(sample_args(code));
            }
            for args in forms {
                let resolved = resolver.resolve(code, &chain, &args).unwrap();
                let text = &resolved.text;
                let what = format!("{tag} {code} {args:?}: {text:?}");
                assert_eq!(resolved.locale, tag, "fell back: {what}");
                assert!(!text.trim().is_empty(), "{what}");
                assert!(!text.contains(['{', '}']), "{what}");
                assert!(!text.contains(code.message_id()), "raw ID: {what}");
                assert!(
                    resolved.problems.is_empty(),
                    "{what}: {:?}",
                    resolved.problems
                );
                let rtl = tag == "ar" || tag == "ar-XB";
                assert!(
                    rtl || !text.contains(['\u{2068}', '\u{2069}']),
                    "isolation marks: {what}"
                );
                if !args.is_empty() && tag != "ar-XB" {
                    let plain = resolver.resolve(code, &chain, &Args::new()).unwrap();
                    if code.has_detailed_form() {
                        assert_ne!(plain.text, resolved.text, "values not shown: {what}");
                    }
                }
                rendered += 1;
            }
        }
    }
    // 16 locales × (220 plain + 23 with values)
    assert_eq!(rendered, 16 * (220 + 23));
}

#[test]
fn values_appear_formatted_for_the_locale() {
    let resolver = Resolver::embedded().unwrap();
    let cases = [
        (
            "de",
            ErrorCode::CharacterLimitReached,
            "max",
            "10000",
            "10.000",
        ),
        (
            "fr",
            ErrorCode::CharacterLimitReached,
            "max",
            "10000",
            "10\u{202F}000",
        ),
        (
            "hi",
            ErrorCode::CharacterLimitReached,
            "max",
            "100000",
            "1,00,000",
        ),
        (
            "ru",
            ErrorCode::LoginAttemptsExceeded,
            "wait",
            "2h",
            "2 часа",
        ),
        (
            "de",
            ErrorCode::LoginAttemptsExceeded,
            "wait",
            "2h",
            "2 Stunden",
        ),
        (
            "zh-Hans",
            ErrorCode::LoginAttemptsExceeded,
            "wait",
            "2h",
            "2小时",
        ),
        (
            "ar",
            ErrorCode::LoginAttemptsExceeded,
            "wait",
            "2h",
            "ساعتان",
        ),
        ("ru", ErrorCode::FileSizeExceeded, "size", "10MB", "10 МБ"),
        (
            "fr",
            ErrorCode::FileSizeExceeded,
            "size",
            "10MB",
            "10\u{202F}Mo",
        ),
    ];
    for (tag, code, name, value, expected) in cases {
        let chain = resolver.negotiate_tag(tag).unwrap();
        let mut args = Args::new();
        args.set_parsed(code, name, value).unwrap();
        let text = resolver.resolve(code, &chain, &args).unwrap().text;
        assert!(
            text.contains(expected),
            "{tag} {code}: {text} lacks {expected}"
        );
    }
}

#[test]
fn en_xa_is_accented_bracketed_and_about_30_percent_longer() {
    let resolver = Resolver::embedded().unwrap();
    let (en, xa) = (
        resolver.default_chain(),
        resolver.negotiate_tag("en-XA").unwrap(),
    );
    let (mut en_len, mut xa_len) = (0, 0);
    for &code in ErrorCode::ALL {
        let plain = resolver.resolve(code, &en, &Args::new()).unwrap().text;
        let pseudo = resolver.resolve(code, &xa, &Args::new()).unwrap().text;
        assert!(pseudo.starts_with('[') && pseudo.ends_with(']'), "{pseudo}");
        assert!(!pseudo.is_ascii(), "{pseudo}");
        en_len += plain.chars().count();
        xa_len += pseudo.chars().count();
    }
    let ratio = xa_len as f64 / en_len as f64;
    assert!((1.2..1.5).contains(&ratio), "en-XA is {ratio:.2}× en");
}

#[test]
fn ar_xb_is_right_to_left() {
    let resolver = Resolver::embedded().unwrap();
    let chain = resolver.negotiate_tag("ar-XB").unwrap();
    let text = resolver
        .resolve(ErrorCode::LanguageTagIncorrect, &chain, &Args::new())
        .unwrap()
        .text;
    assert!(
        text.starts_with('\u{202E}') && text.ends_with('\u{202C}'),
        "{text:?}"
    );
    let size = resolver
        .resolve(
            ErrorCode::FileSizeExceeded,
            &chain,
            &Args::new().with("size", fresns_i18n::ArgValue::Bytes(1 << 20)),
        )
        .unwrap()
        .text;
    assert!(
        size.contains('\u{2068}'),
        "placeables are isolated in right-to-left text: {size:?}"
    );
}
