//! Resolving any code along any chain with any argument names and values: a non-empty
//! message from a locale of the chain, or a typed error.
#![no_main]

use std::time::Duration;

use fresns_i18n::{ArgValue, Args, ErrorCode, FallbackChain, ResolveError, Resolver};
use fresns_i18n_fuzz::{EMBEDDED, assert_chain};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

/// Values near the parsers' edges: units, limits, overflow, plural boundaries, and text that
/// looks like Fluent syntax.
const VALUES: &[&str] = &[
    "0",
    "1",
    "2",
    "-1",
    "21",
    "7200",
    "2h",
    "1h30m",
    "2d",
    "10MB",
    "1.5GB",
    "0.0001kB",
    "1e400MB",
    "NaN",
    "inf",
    " 5 ",
    "",
    "3162240000",
    "3162240001",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551615",
    "99999999999999999999",
    "{ $wait }",
    "{",
    "}",
    "exe",
];

fuzz_target!(|data: &[u8]| {
    let _ = run(&mut Unstructured::new(data));
});

fn run(u: &mut Unstructured<'_>) -> Result<()> {
    let resolver = &*EMBEDDED;
    let code = *u.choose(ErrorCode::ALL)?;
    let chain = chain(resolver, u)?;
    let mut args = Args::new();
    for _ in 0..u.int_in_range(0..=4)? {
        let name = name(code, u)?;
        if u.ratio(1, 4)? {
            // A typed value, as library callers pass them: the wrong kind, or out of range.
            let value = match u.int_in_range(0..=3)? {
                0 => ArgValue::Duration(Duration::from_secs(u.arbitrary()?)),
                1 => ArgValue::Count(u.arbitrary()?),
                2 => ArgValue::Bytes(u.arbitrary()?),
                _ => ArgValue::Text(u.arbitrary()?),
            };
            args.set(&name, value);
            continue;
        }
        let value: String = if u.ratio(1, 2)? {
            (*u.choose(VALUES)?).to_owned()
        } else {
            u.arbitrary()?
        };
        if let Err(err) = args.set_parsed(code, &name, &value) {
            assert!(
                (30000..=30002).contains(&err.code().number()),
                "{code} {name:?}={value:?}: {err}"
            );
        }
    }
    check(resolver, code, &chain, &args);
    Ok(())
}

/// A chain from an Accept-Language header, an explicit tag, or one available locale.
fn chain(resolver: &Resolver, u: &mut Unstructured<'_>) -> Result<FallbackChain> {
    Ok(match u.int_in_range(0..=2)? {
        0 => {
            let header: String = u.arbitrary()?;
            let chain = resolver.negotiate_accept_language(&header);
            assert_chain(resolver, &chain, &header);
            chain
        }
        1 => {
            let tag: String = u.arbitrary()?;
            resolver
                .negotiate_tag(&tag)
                .unwrap_or_else(|_| resolver.default_chain())
        }
        _ => {
            let locales: Vec<&str> = resolver.locales().collect();
            let tag = *u.choose(&locales)?;
            resolver.negotiate_tag(tag).expect("available tags parse")
        }
    })
}

/// Mostly the code's own argument names, sometimes another code's or any string.
fn name(code: ErrorCode, u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0..=3)? {
        0 | 1 if !code.args().is_empty() => u.choose(code.args())?.name.to_owned(),
        2 => {
            let other = *u.choose(ErrorCode::ALL)?;
            match other.args().first() {
                Some(spec) => spec.name.to_owned(),
                None => "wait".to_owned(),
            }
        }
        _ => u.arbitrary()?,
    })
}

fn check(resolver: &Resolver, code: ErrorCode, chain: &FallbackChain, args: &Args) {
    let tags = resolver.chain_tags(chain);
    let outcome = resolver.resolve(code, chain, args);
    match &outcome {
        Ok(message) => {
            assert!(
                tags.contains(&message.locale),
                "{code} {args:?}: {} is not in {tags:?}",
                message.locale
            );
            assert!(
                !message.text.trim().is_empty(),
                "{code} {args:?}: empty text"
            );
            // Text values are the caller's own and may hold anything: look past them.
            let mut text = message.text.to_string();
            for (_, value) in args.iter() {
                if let ArgValue::Text(value) = value
                    && !value.is_empty()
                {
                    text = text.replace(value.as_str(), "");
                }
            }
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{code} {args:?} in {}: unresolved placeable in {:?}",
                message.locale,
                message.text
            );
            assert!(
                !text.contains(code.message_id()),
                "{code} {args:?} in {}: raw message ID in {:?}",
                message.locale,
                message.text
            );
        }
        Err(ResolveError::Args(err)) => {
            assert!(
                (30000..=30002).contains(&err.code().number()),
                "{code} {args:?}: {err}"
            );
        }
        // The shipped `en` has every message, so every valid request has an answer.
        Err(err) => panic!("{code} {args:?} along {tags:?}: {err}"),
    }
    // The fast path and fluent-bundle agree on whether there is a message and where from
    // (their texts may differ only where plural rules do; tests/fast_path.rs covers that).
    let reference = resolver.resolve_reference(code, chain, args);
    match (&outcome, &reference) {
        (Ok(fast), Ok(slow)) => assert_eq!(fast.locale, slow.locale, "{code} {args:?}"),
        (Err(fast), Err(slow)) => assert_eq!(fast, slow, "{code} {args:?}"),
        _ => panic!("{code} {args:?}: fast path {outcome:?}, fluent-bundle {reference:?}"),
    }
}
