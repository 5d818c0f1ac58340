//! Baselines built from the same `.ftl` files the resolver ships.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fresns_i18n::{Args, ErrorCode, FallbackChain, Resolver};

pub const LOCALES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");

/// Raw fluent-bundle for one locale: all its files, isolation off (as the resolver has for
/// left-to-right text), built-in functions.
pub fn raw_bundle(dir: &Path, tag: &str) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_builtins().unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(tag))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        bundle
            .add_resource(FluentResource::try_new(text).unwrap())
            .unwrap();
    }
    bundle
}

/// Each code's plain text in `bundle`, in catalog order (`None` where the locale lacks it),
/// kept for the life of the benchmark.
pub fn floor_texts(bundle: &FluentBundle<FluentResource>) -> Vec<Option<&'static str>> {
    fresns_i18n::ErrorCode::ALL
        .iter()
        .map(|code| {
            let message = bundle.get_message(code.message_id())?;
            let mut errors = vec![];
            let text = bundle.format_pattern(message.value()?, None, &mut errors);
            Some(&*Box::leak(text.into_owned().into_boxed_str()))
        })
        .collect()
}

/// A floor: std's `HashMap<u32, &str>` (SipHash) from code number to text.
pub fn floor_map(texts: &[Option<&'static str>]) -> HashMap<u32, &'static str> {
    fresns_i18n::ErrorCode::ALL
        .iter()
        .zip(texts)
        .filter_map(|(code, text)| Some((code.number(), (*text)?)))
        .collect()
}

/// The lowest floor: an array indexed by the code's position in the catalog, as a dense enum
/// allows; empty where the locale lacks the code.
pub fn floor_array(texts: &[Option<&'static str>]) -> [&'static str; ErrorCode::ALL.len()] {
    std::array::from_fn(|i| texts.get(i).copied().flatten().unwrap_or(""))
}

/// The position of `code` in the catalog: the index into [`floor_array`].
pub fn position(code: fresns_i18n::ErrorCode) -> usize {
    fresns_i18n::ErrorCode::ALL
        .iter()
        .position(|c| *c == code)
        .unwrap()
}

/// A copy of the shipped locales in which `de` lacks `language-tag-incorrect`, for the
/// fallback case.
pub fn locales_with_a_gap() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fresns-i18n-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for entry in std::fs::read_dir(LOCALES).unwrap() {
        let from = entry.unwrap().path();
        if !from.is_dir() {
            continue;
        }
        let to = dir.join(from.file_name().unwrap());
        std::fs::create_dir_all(&to).unwrap();
        for file in std::fs::read_dir(&from).unwrap() {
            let file = file.unwrap().path();
            let mut text = std::fs::read(&file).unwrap();
            if from.ends_with("de") && file.ends_with("headers.ftl") {
                let source = String::from_utf8(text).unwrap();
                let kept: Vec<&str> = source
                    .lines()
                    .filter(|line| !line.starts_with("language-tag-incorrect ="))
                    .collect();
                text = (kept.join("\n") + "\n").into_bytes();
            }
            std::fs::write(to.join(file.file_name().unwrap()), text).unwrap();
        }
    }
    dir
}

/// Language ranges as browsers and mobile clients send them, aliases and wildcards included.
pub const RANGES: [&str; 48] = [
    "en-US",
    "en",
    "en-GB",
    "en-IN",
    "zh-CN",
    "zh",
    "zh-TW",
    "zh-HK",
    "zh-Hant-TW",
    "zh-Hans-CN",
    "de-DE",
    "de",
    "de-CH",
    "de-AT",
    "fr-FR",
    "fr",
    "fr-CA",
    "es-ES",
    "es",
    "es-419",
    "es-MX",
    "pt-BR",
    "pt",
    "pt-PT",
    "ja",
    "ja-JP",
    "ko-KR",
    "ko",
    "ru-RU",
    "ru",
    "it-IT",
    "it",
    "ar",
    "ar-SA",
    "hi-IN",
    "id-ID",
    "in-ID",
    "iw-IL",
    "nl-NL",
    "sv-SE",
    "pl",
    "tr-TR",
    "uk-UA",
    "vi-VN",
    "th",
    "sr-Latn-RS",
    "en_US",
    "*",
];

/// 4,096 distinct Accept-Language headers of one to four ranges with falling q-values, built
/// before timing: four times what the resolver's header cache holds, so every call misses it.
pub fn header_ring() -> Vec<String> {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut seen = std::collections::HashSet::new();
    while seen.len() < 4096 {
        let ranges = 1 + next(4);
        let mut header = String::new();
        for i in 0..ranges {
            if i > 0 {
                header.push(',');
            }
            header.push_str(RANGES[next(RANGES.len())]);
            if i > 0 {
                let q = 1000 - 100 * i - next(90);
                header.push_str(format!(";q=0.{q:03}").trim_end_matches('0'));
            }
        }
        seen.insert(header);
    }
    let mut ring: Vec<String> = seen.into_iter().collect();
    ring.sort();
    ring
}

/// Wait values that take each path of `DURATION()`: seconds, minute and second, hour and
/// minute, a value rounded up to a whole day, days and hours.
pub const WAITS: [u64; 5] = [45, 90, 5_400, 86_399, 1_000_000];

/// The locales the duration cases run in: a Latin, a CJK and a right-to-left one.
pub const DURATION_TAGS: [&str; 3] = ["de", "zh-Hans", "ar"];

/// fresns-i18n's side of the duration cases: 34306 with `wait` of `secs`, its arguments built
/// in the call.
pub fn resolve_wait(resolver: &Resolver, chain: &FallbackChain, secs: u64) -> usize {
    let args = Args::new().with("wait", std::time::Duration::from_secs(secs));
    resolver
        .resolve(ErrorCode::LoginAttemptsExceeded, chain, &args)
        .unwrap()
        .text
        .len()
}

/// fluent-bundle formatting a message with a number and a plural selector
/// (`content-too-long.detailed`) at `max`, its arguments built in the call: the baseline of
/// the plural and duration cases.
pub fn format_number_and_plural(raw: &FluentBundle<FluentResource>, max: u64) -> usize {
    let message = raw.get_message("content-too-long").unwrap();
    let pattern = message.get_attribute("detailed").unwrap().value();
    let mut args = FluentArgs::new();
    args.set("max", FluentValue::from(max));
    let mut errors = vec![];
    raw.format_pattern(pattern, Some(&args), &mut errors).len()
}

/// The Accept-Language baseline: fluent-langneg parsing a header and negotiating (filtering)
/// over the resolver's own tags, with `en` as the default.
pub struct Langneg {
    available: Vec<fluent_langneg::LanguageIdentifier>,
    default: fluent_langneg::LanguageIdentifier,
}

impl Langneg {
    pub fn new(resolver: &Resolver) -> Self {
        Langneg {
            available: resolver.locales().map(|tag| tag.parse().unwrap()).collect(),
            default: "en".parse().unwrap(),
        }
    }

    /// How many locales fluent-langneg picks for `header`.
    pub fn negotiate(&self, header: &str) -> usize {
        let requested = fluent_langneg::parse_accepted_languages(header);
        fluent_langneg::negotiate_languages(
            &requested,
            &self.available,
            Some(&self.default),
            fluent_langneg::NegotiationStrategy::Filtering,
        )
        .len()
    }
}
