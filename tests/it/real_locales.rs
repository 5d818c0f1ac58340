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
            ErrorCode::RoleFollowOrBlockLimit,
            "max",
            "10000",
            "10.000",
        ),
        (
            "fr",
            ErrorCode::RoleFollowOrBlockLimit,
            "max",
            "10000",
            "10\u{202F}000",
        ),
        (
            "hi",
            ErrorCode::RoleFollowOrBlockLimit,
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

/// 36118 was `character-limit-reached` before the first release; the command line (which
/// parses codes with `FromStr`, like the HTTP route) still takes the old ID and answers with the
/// new one.
#[cfg(feature = "cli")]
#[test]
fn the_renamed_message_id_still_resolves_from_the_command_line() {
    use crate::common::{run, stderr, stdout};
    for id in [
        "character-limit-reached",
        "role-follow-or-block-limit",
        "36118",
    ] {
        let out = run(&["resolve", id, "--arg", "max=500", "--json"]);
        assert!(out.status.success(), "{id}: {}", stderr(&out));
        let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(json["code"], 36118, "{id}");
        assert_eq!(json["id"], "role-follow-or-block-limit", "{id}");
        assert_eq!(
            json["message"],
            "The current role can follow or block up to 500 users and no more can be added",
            "{id}"
        );
    }
    let out = run(&["resolve", "character-limit-reached", "--lang", "zh-Hans"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "当前角色可关注或屏蔽的用户数量已达上限，无法继续添加\n"
    );
}

#[test]
fn the_renamed_message_id_parses_to_the_new_code() {
    let code: ErrorCode = "character-limit-reached".parse().unwrap();
    assert_eq!(code, ErrorCode::RoleFollowOrBlockLimit);
    assert_eq!(
        ErrorCode::from_message_id("character-limit-reached"),
        Ok(code)
    );
    assert_eq!(code.message_id(), "role-follow-or-block-limit");
}

/// "Once a day", not "once every 1 day": exact `[1]` variants where a locale's `[one]` category
/// is not the number 1 alone (fr and pt: 0 too; ru: 21, 31, …; hi: 0 too) or where it has none.
#[test]
fn exact_one_variants_say_once_a_day() {
    let resolver = Resolver::embedded().unwrap();
    let cases = [
        ("fr", "1", "qu’une fois par jour"),
        ("fr", "0", "tous les 0 jours"),
        ("pt", "1", "uma vez por dia"),
        ("pt", "0", "a cada 0 dias"),
        ("ru", "1", "одного раза в день"),
        ("ru", "21", "одного раза в 21 день"),
        ("hi", "1", "इसे दिन में केवल एक बार"),
        ("hi", "0", "इसे 0 दिन में"),
        ("id", "1", "sekali sehari"),
        ("id", "2", "sekali setiap 2 hari"),
        ("ko", "1", "하루에 한 번만"),
        ("ko", "3", "3일에 한 번만"),
        ("zh-Hans", "1", "每天只能修改一次"),
        ("zh-Hans", "7", "7天内只能修改一次"),
        ("zh-Hant", "1", "每天只能修改一次"),
        ("zh-Hant", "7", "7 天內只能修改一次"),
    ];
    for (tag, days, expected) in cases {
        let chain = resolver.negotiate_tag(tag).unwrap();
        let mut args = Args::new();
        args.set_parsed(ErrorCode::ChangeTooFrequent, "days", days)
            .unwrap();
        let message = resolver
            .resolve(ErrorCode::ChangeTooFrequent, &chain, &args)
            .unwrap();
        assert_eq!(message.locale, tag);
        assert!(
            message.text.contains(expected),
            "{tag} days={days}: {}",
            message.text
        );
    }
}
