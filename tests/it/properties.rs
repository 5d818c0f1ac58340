//! Properties of negotiation and resolution over arbitrary input: any code, any string as
//! `Accept-Language` or as an explicit tag, and any argument names and values.
//!
//! For every input the answer is a non-empty message from a locale in the negotiated chain,
//! or a typed error that names the right catalog code; the text never shows Fluent syntax
//! or a raw message ID; and the chain is a duplicate-free list of available locales that
//! ends in `en`.
//!
//! Case counts are set per block (not from `PROPTEST_CASES`) so the file stays within a few
//! seconds in a debug build on two cores: each case is one negotiation and a few resolves,
//! well under a millisecond, and the 64 KiB-header cases are the only costly ones. A failing
//! case is shrunk and saved next to this file, so it is replayed on every later run.

use std::collections::HashSet;
use std::sync::LazyLock;
use std::time::Duration;

use fresns_i18n::catalog::{ArgKind, ArgSpec};
use fresns_i18n::limits::MAX_ACCEPT_LANGUAGE_BYTES;
use fresns_i18n::limits::MAX_CHAIN;
use fresns_i18n::{ArgValue, Args, ErrorCode, FallbackChain, ResolveError, Resolved, Resolver};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

/// Built once: every case shares it, as a server's requests do.
static RESOLVER: LazyLock<Resolver> = LazyLock::new(|| Resolver::embedded().unwrap());

/// The longest duration an argument may carry (100 years of 366 days): see `ArgValue`.
const MAX_DURATION_SECS: u64 = 100 * 366 * 86_400;

/// Tags a client might send: shipped ones, ones that fall back, pseudo-locales, private use,
/// extensions, grandfathered and malformed ones.
const TAGS: &[&str] = &[
    "en",
    "en-US",
    "en-GB",
    "de",
    "de-AT",
    "de-CH-1996",
    "fr",
    "fr-CA",
    "es",
    "es-419",
    "it",
    "pt",
    "pt-BR",
    "pt-PT",
    "ru",
    "ja",
    "ko",
    "hi",
    "id",
    "ar",
    "ar-EG",
    "zh",
    "zh-CN",
    "zh-SG",
    "zh-TW",
    "zh-HK",
    "zh-MO",
    "zh-Hans",
    "zh-Hant",
    "zh-Hant-CN",
    "zh-Hans-TW",
    "nl",
    "sr-Latn",
    "und",
    "en-XA",
    "ar-XB",
    "x-private",
    "i-klingon",
    "en-US-u-ca-gregory",
    "en_US",
    "zh_TW",
    "*",
    "",
    "-",
    "en--US",
    "-en",
    "toolongsubtag",
    "e",
    "123",
];

/// Every argument name in the catalog, so wrong-but-real names come up often.
static ARG_NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut names: Vec<_> = ErrorCode::ALL
        .iter()
        .flat_map(|code| code.args().iter().map(|spec| spec.name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
});

/// A tag from [`TAGS`] with its ASCII letters in a random case.
fn known_tag() -> impl Strategy<Value = String> {
    (prop::sample::select(TAGS), any::<u64>()).prop_map(|(tag, bits)| {
        tag.chars()
            .enumerate()
            .map(|(i, c)| {
                if bits >> (i % 64) & 1 == 1 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

/// Any string a client could send as a tag.
fn tag() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => known_tag(),
        2 => "[a-zA-Z]{1,9}(-[a-zA-Z0-9]{1,9}){0,4}",
        1 => "[a-z]{2,3}[_-][A-Za-z]{2,4}",
        1 => "[ -~]{0,80}",
        2 => any::<String>(),
    ]
}

/// One `Accept-Language` entry: a range, maybe a q-value or another parameter, maybe spaces.
fn accept_language_item() -> impl Strategy<Value = String> {
    let parameter = prop_oneof![
        3 => Just(String::new()),
        3 => "0|1|0\\.[0-9]{1,3}|1\\.0{0,3}".prop_map(|q| format!(";q={q}")),
        1 => "[qQ] ?= ?[0-9.]{0,6}".prop_map(|q| format!(";{q}")),
        1 => "[ -~]{0,12}".prop_map(|p| format!(";{p}")),
    ];
    (tag(), parameter, " {0,2}")
        .prop_map(|(range, parameter, space)| format!("{space}{range}{parameter}"))
}

/// Any string as an `Accept-Language` header: well-formed lists, broken ones, and noise.
fn accept_language() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::collection::vec(accept_language_item(), 0..24).prop_map(|items| items.join(",")),
        1 => any::<String>(),
        1 => prop::collection::vec(any::<u8>(), 0..128)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
    ]
}

/// How a test passes one argument value.
#[derive(Debug, Clone)]
enum Value {
    /// Text, parsed as the code declares (as the CLI and the HTTP query do).
    Text(String),
    Count(i64),
    Bytes(u64),
    Duration(Duration),
}

fn value() -> impl Strategy<Value = Value> {
    let text = prop_oneof![
        3 => "[0-9]{1,6}|[0-9]{1,3}(\\.[0-9])?(d|h|m|s|B|kB|MB|GB|TB)|[0-9]h[0-9]{1,2}m",
        1 => "-?[0-9]{1,25}",
        1 => "[a-z]{1,5}",
        2 => any::<String>(),
    ];
    prop_oneof![
        4 => text.prop_map(Value::Text),
        2 => any::<i64>().prop_map(Value::Count),
        1 => any::<u64>().prop_map(Value::Bytes),
        2 => (0..MAX_DURATION_SECS * 2, 0u32..1_000_000_000)
            .prop_map(|(secs, nanos)| Value::Duration(Duration::new(secs, nanos))),
    ]
}

/// A value of the right kind for an argument, as text or typed.
fn fitting_value(kind: ArgKind) -> BoxedStrategy<Value> {
    match kind {
        ArgKind::Duration => prop_oneof![
            (0..=MAX_DURATION_SECS).prop_map(|secs| Value::Duration(Duration::from_secs(secs))),
            "[0-9]{1,7}|[0-9]{1,3}[dhms]|[0-9]h[0-9]{1,2}m".prop_map(Value::Text),
        ]
        .boxed(),
        ArgKind::Count => prop_oneof![
            any::<i64>().prop_map(Value::Count),
            "-?[0-9]{1,18}".prop_map(Value::Text),
        ]
        .boxed(),
        ArgKind::Bytes => prop_oneof![
            any::<u64>().prop_map(Value::Bytes),
            "[0-9]{1,4}(\\.[0-9])? ?(B|kB|MB|GB|TB)?".prop_map(Value::Text),
        ]
        .boxed(),
        _ => prop_oneof!["[a-z0-9]{1,6}", any::<String>()]
            .prop_map(Value::Text)
            .boxed(),
    }
}

/// Arguments for `code`: mostly its own names with fitting values (so the `.detailed` forms
/// and 30001 come up), and any name with any value.
fn arguments(code: ErrorCode) -> impl Strategy<Value = Vec<(String, Value)>> {
    let own: Vec<&'static ArgSpec> = code.args().iter().collect();
    let fitting = if own.is_empty() {
        (Just("wait".to_owned()), fitting_value(ArgKind::Duration)).boxed()
    } else {
        prop::sample::select(own)
            .prop_flat_map(|spec| (Just(spec.name.to_owned()), fitting_value(spec.kind)))
            .boxed()
    };
    let name = prop_oneof![
        2 => prop::sample::select(ARG_NAMES.clone()).prop_map(str::to_owned),
        1 => any::<String>(),
    ];
    let item = prop_oneof![4 => fitting, 1 => (name, value())];
    prop::collection::vec(item, 0..5)
}

/// Codes, with those that take arguments as likely as the rest.
fn code_with_arguments() -> impl Strategy<Value = ErrorCode> {
    let taking: Vec<ErrorCode> = ErrorCode::ALL
        .iter()
        .copied()
        .filter(|code| !code.args().is_empty())
        .collect();
    prop_oneof![code(), prop::sample::select(taking)]
}

fn code() -> impl Strategy<Value = ErrorCode> {
    prop::sample::select(ErrorCode::ALL)
}

/// The chain is non-empty, at most [`MAX_CHAIN`] long, made of available locales without
/// repeats, and ends in `en`.
fn check_chain(chain: &FallbackChain) -> Result<Vec<&'static str>, TestCaseError> {
    let tags = RESOLVER.chain_tags(chain);
    let available: Vec<&str> = RESOLVER.locales().collect();
    prop_assert!(!tags.is_empty() && tags.len() <= MAX_CHAIN, "{tags:?}");
    prop_assert_eq!(tags.last().copied(), Some("en"), "{:?}", tags);
    let mut seen = HashSet::new();
    for tag in &tags {
        prop_assert!(available.contains(tag), "{tag} is not available: {tags:?}");
        prop_assert!(seen.insert(*tag), "{tag} twice in {tags:?}");
    }
    Ok(tags)
}

/// A resolved message: non-empty, from a locale of the chain, with no Fluent syntax and no
/// raw ID outside the text values the caller passed in (those are shown as given).
fn check_message(
    code: ErrorCode,
    chain: &FallbackChain,
    resolved: &Resolved<'_>,
    args: &Args,
) -> Result<(), TestCaseError> {
    let tags = RESOLVER.chain_tags(chain);
    let what = format!("{code} in {tags:?} with {args:?}: {:?}", resolved.text);
    prop_assert_eq!(resolved.code, code);
    prop_assert!(
        tags.contains(&resolved.locale),
        "from {}: {what}",
        resolved.locale
    );
    prop_assert!(!resolved.text.trim().is_empty(), "{what}");
    prop_assert!(
        resolved.problems.is_empty(),
        "{what}: {:?}",
        resolved.problems
    );
    let mut own_text = resolved.text.to_string();
    for (_, value) in args.iter() {
        if let ArgValue::Text(text) = value
            && !text.is_empty()
        {
            own_text = own_text.replace(text.as_str(), "");
        }
    }
    prop_assert!(!own_text.contains(['{', '}']), "Fluent syntax: {what}");
    prop_assert!(!own_text.contains(code.message_id()), "raw ID: {what}");
    Ok(())
}

/// The plain message of every code in a sample resolves along `chain`.
fn check_plain(chain: &FallbackChain, code: ErrorCode) -> Result<(), TestCaseError> {
    let args = Args::new();
    match RESOLVER.resolve(code, chain, &args) {
        Ok(resolved) => check_message(code, chain, &resolved, &args),
        Err(err) => Err(TestCaseError::fail(format!("{code} has no message: {err}"))),
    }
}

/// The error `resolve` must give for `args`, computed from the catalog's specs: the first
/// argument (in order) with an unknown name is 30000, with the wrong type or an out-of-range
/// duration 30002; then, for a code with a `.detailed` form, a missing required one is 30001.
fn expected_error(code: ErrorCode, args: &Args) -> Option<u32> {
    for (name, value) in args.iter() {
        let Some(spec) = code.arg(name) else {
            return Some(30000);
        };
        if spec.kind != value.kind() {
            return Some(30002);
        }
        if let ArgValue::Duration(duration) = value
            && duration.as_secs() > MAX_DURATION_SECS
        {
            return Some(30002);
        }
    }
    let missing = code.args().iter().any(|spec| {
        spec.presence == fresns_i18n::catalog::Presence::Required && args.get(spec.name).is_none()
    });
    (code.has_detailed_form() && !args.is_empty() && missing).then_some(30001)
}

proptest! {
    // Cheap cases (a negotiation and one plain resolve each): enough to cover the tag and
    // header grammars while staying around a second in a debug build.
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_accept_language_gives_a_chain_of_available_locales_ending_in_en(
        header in accept_language(),
        code in code(),
    ) {
        let chain = RESOLVER.negotiate_accept_language(&header);
        check_chain(&chain)?;
        check_plain(&chain, code)?;
        // The chain cache must give what negotiation gives.
        prop_assert_eq!(RESOLVER.negotiate_accept_language(&header), chain);
    }

    #[test]
    fn any_explicit_tag_gives_a_chain_or_31401(tag in tag(), code in code()) {
        match RESOLVER.negotiate_tag(&tag) {
            Ok(chain) => {
                check_chain(&chain)?;
                check_plain(&chain, code)?;
            }
            Err(err) => {
                prop_assert_eq!(err.code(), ErrorCode::LanguageTagIncorrect);
                let text = err.to_string();
                // The code travels as a value; the text is one line for a person.
                prop_assert!(!text.is_empty() && !text.contains('\n'), "{text:?}");
                // The tag is echoed escaped: no raw control characters reach a log line.
                prop_assert!(!text.chars().any(char::is_control), "{text:?}");
            }
        }
    }

    #[test]
    fn explicit_tags_are_case_insensitive(tag in tag()) {
        let lower = RESOLVER.negotiate_tag(&tag.to_ascii_lowercase());
        let upper = RESOLVER.negotiate_tag(&tag.to_ascii_uppercase());
        match (lower, upper) {
            (Ok(lower), Ok(upper)) => {
                prop_assert_eq!(RESOLVER.chain_tags(&lower), RESOLVER.chain_tags(&upper));
            }
            (Err(_), Err(_)) => {}
            (lower, upper) => {
                return Err(TestCaseError::fail(format!("{tag:?}: {lower:?} vs {upper:?}")));
            }
        }
    }
}

proptest! {
    // Each case parses up to five values and resolves once; half the cases are on the 23
    // codes that take arguments, so every argument kind comes up dozens of times.
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_arguments_give_a_message_or_the_right_parameter_error(
        (code, inputs) in code_with_arguments().prop_flat_map(|code| (Just(code), arguments(code))),
        header in accept_language(),
    ) {
        let chain = RESOLVER.negotiate_accept_language(&header);
        let mut args = Args::new();
        for (name, value) in inputs {
            match value {
                Value::Text(text) => {
                    if let Err(err) = args.set_parsed(code, &name, &text) {
                        // As the CLI and the server do, the first bad value ends the request.
                        let expected = match code.arg(&name) {
                            None => 30000,
                            Some(spec) => {
                                prop_assert!(ArgValue::parse(spec.kind, &text).is_err());
                                30002
                            }
                        };
                        prop_assert_eq!(err.code().number(), expected, "{}", err);
                        prop_assert!(!err.to_string().contains('\n'), "{}", err);
                        return Ok(());
                    }
                }
                Value::Count(n) => args.set(&name, ArgValue::Count(n)),
                Value::Bytes(n) => args.set(&name, ArgValue::Bytes(n)),
                Value::Duration(d) => args.set(&name, d),
            }
        }
        let expected = expected_error(code, &args);
        match RESOLVER.resolve(code, &chain, &args) {
            Ok(resolved) => {
                prop_assert_eq!(expected, None, "resolved {:?} with {:?}", resolved.text, args);
                check_message(code, &chain, &resolved, &args)?;
            }
            Err(ResolveError::Args(err)) => {
                prop_assert_eq!(Some(err.code().number()), expected, "{} with {:?}", err, args);
                let text = err.to_string();
                prop_assert!(!text.is_empty() && !text.contains('\n'), "{text:?}");
            }
            Err(err) => {
                return Err(TestCaseError::fail(format!("{code} with {args:?}: {err}")));
            }
        }
    }
}

/// The locales a test may ask for by tag and expect first in the chain: the shipped ones
/// other than `en` (pseudo-locales come only from an exact tag, `en` ends every chain).
fn shipped_non_default() -> Vec<&'static str> {
    RESOLVER
        .locales()
        .filter(|tag| *tag != "en" && *tag != "en-XA" && *tag != "ar-XB")
        .collect()
}

proptest! {
    // Regressions for the shapes the request limits must handle. Up to 64 KiB per header
    // makes these the slow cases, hence fewer of them.
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn huge_accept_language_headers_are_read_up_to_the_limit_only(
        items in prop::collection::vec(accept_language_item(), 1..12),
        target in MAX_ACCEPT_LANGUAGE_BYTES + 1..64 * 1024,
        tail in accept_language(),
    ) {
        let unit = items.join(",");
        let mut header = String::with_capacity(target + unit.len() + 1);
        while header.len() < target {
            header.push_str(&unit);
            header.push(',');
        }
        let chain = RESOLVER.negotiate_accept_language(&header);
        check_chain(&chain)?;
        // Whatever follows the first MAX_ACCEPT_LANGUAGE_BYTES bytes is never read.
        let longer = format!("{header},{tail}");
        prop_assert_eq!(RESOLVER.negotiate_accept_language(&longer), chain);
    }

    #[test]
    fn control_characters_make_a_tag_31401_and_are_skipped_in_accept_language(
        tag in known_tag(),
        control in prop::char::range('\0', '\x1f'),
        at in any::<prop::sample::Index>(),
    ) {
        let mut chars: Vec<char> = tag.chars().collect();
        chars.insert(at.index(chars.len() + 1), control);
        let bad: String = chars.into_iter().collect();
        let err = RESOLVER.negotiate_tag(&bad).unwrap_err();
        prop_assert_eq!(err.code(), ErrorCode::LanguageTagIncorrect);
        prop_assert!(!err.to_string().chars().any(char::is_control), "{:?}", err.to_string());
        let chain = RESOLVER.negotiate_accept_language(&format!("{bad}, de;q=0.5"));
        check_chain(&chain)?;
    }

    #[test]
    fn underscores_are_31401_in_a_tag_but_read_as_hyphens_in_accept_language(
        locale in prop::sample::select(shipped_non_default()),
        region in "[A-Z]{2}",
    ) {
        let language = locale.split('-').next().unwrap_or(locale);
        let underscored = format!("{language}_{region}");
        let err = RESOLVER.negotiate_tag(&underscored).unwrap_err();
        prop_assert!(err.to_string().contains("not `_`"), "{err}");
        let hyphenated = format!("{language}-{region}");
        prop_assert_eq!(
            RESOLVER.chain_tags(&RESOLVER.negotiate_accept_language(&underscored)),
            RESOLVER.chain_tags(&RESOLVER.negotiate_accept_language(&hyphenated))
        );
    }

    #[test]
    fn a_star_stands_for_en_and_ends_the_list(
        items in prop::collection::vec(accept_language_item(), 0..8),
        q in "1|0\\.[0-9]{0,2}[1-9]",
    ) {
        prop_assert_eq!(RESOLVER.chain_tags(&RESOLVER.negotiate_accept_language(&format!("*;q={q}"))), ["en"]);
        // A `*` with the lowest q-value adds nothing: every chain already ends in `en`.
        let header = items.join(",");
        let with_star = format!("{header},*;q=0.001");
        prop_assert_eq!(
            RESOLVER.chain_tags(&RESOLVER.negotiate_accept_language(&with_star)),
            RESOLVER.chain_tags(&RESOLVER.negotiate_accept_language(&header))
        );
    }

    #[test]
    fn q_values_order_the_chain_and_zero_excludes(
        pair in prop::sample::subsequence(shipped_non_default(), 2),
        low in 1u16..999,
        gap in 1u16..1000,
        swap in any::<bool>(),
    ) {
        let (first, second) = (pair[0], pair[1]);
        let high = (low + gap).min(1000);
        prop_assume!(high > low);
        let (a, b) = (format!("{first};q={}", q(high)), format!("{second};q={}", q(low)));
        // Written in either order, the higher q-value comes first.
        let header = if swap { format!("{b}, {a}") } else { format!("{a}, {b}") };
        let tags = RESOLVER.chain_tags(&RESOLVER.negotiate_accept_language(&header));
        prop_assert_eq!(tags, [first, second, "en"]);
        // `q=0` excludes a language even when it is also asked for.
        let excluded = format!("{first};q=0, {first}, {second};q={}", q(low));
        let tags = RESOLVER.chain_tags(&RESOLVER.negotiate_accept_language(&excluded));
        prop_assert_eq!(tags, [second, "en"]);
    }
}

/// A q-value in thousandths as RFC 9110 writes it.
fn q(thousandths: u16) -> String {
    if thousandths >= 1000 {
        "1".to_owned()
    } else {
        format!("0.{thousandths:03}")
    }
}
