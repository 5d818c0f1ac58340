//! The negotiation layer: language tags, Accept-Language, and the fallback chain.
//!
//! Matching uses CLDR likely subtags (ICU4X's `LocaleExpander`): a request matches an
//! available locale when both expand to the same language and script. Regions only rank
//! matches, and a match never crosses scripts (`zh-TW` gets `zh-Hant`, never `zh-Hans`).
//! The request still chooses how values are formatted: [`formatting_locale`] keeps its region
//! (`es-MX` for the `es` text) when it has the text locale's language and script.

mod matcher;
mod subtags;

use icu_locale::subtags::{Language, Region, Script};
use icu_locale::{LanguageIdentifier, Locale, LocaleCanonicalizer, LocaleExpander};

use crate::catalog::ErrorCode;

pub(crate) use matcher::Matcher;

use crate::limits::{
    MAX_ACCEPT_LANGUAGE_BYTES, MAX_ACCEPT_LANGUAGE_RANGES, MAX_CHAIN, MAX_TAG_LEN,
};

/// A malformed explicit language tag: catalog code 31401.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TagError {
    /// The tag is empty.
    #[error("the language tag is empty; send a BCP 47 tag such as `en` or `zh-Hant`")]
    Empty,
    /// The tag is too long.
    #[error("the language tag is {0} bytes, over the {MAX_TAG_LEN}-byte limit")]
    TooLong(usize),
    /// The tag is not well-formed BCP 47.
    #[error(
        "`{tag}` is not a well-formed BCP 47 language tag ({reason}); send a tag such as `en`, `zh-Hant` or `pt-BR`"
    )]
    Malformed {
        /// The tag as given (control characters escaped).
        tag: String,
        /// Why it is malformed.
        reason: String,
    },
}

impl TagError {
    /// The catalog code for this error: always 31401, "Language tag incorrect".
    pub fn code(&self) -> ErrorCode {
        ErrorCode::LanguageTagIncorrect
    }
}

/// Parses a tag strictly, as for `X-Fresns-Client-Lang-Tag`: BCP 47 syntax with `-` only.
pub(crate) fn parse_tag(tag: &str) -> Result<Locale, TagError> {
    if tag.is_empty() {
        return Err(TagError::Empty);
    }
    if tag.len() > MAX_TAG_LEN {
        return Err(TagError::TooLong(tag.len()));
    }
    if let Some(id) = parse_plain(tag, false) {
        return Ok(Locale::from(id));
    }
    Locale::try_from_str(tag).map_err(|err| TagError::Malformed {
        tag: tag.escape_debug().to_string(),
        reason: if tag.contains('_') {
            "subtags are separated by `-`, not `_`".to_owned()
        } else {
            err.to_string()
        },
    })
}

/// One language range from Accept-Language.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Range {
    /// `*`: any language; it stands for the default locale.
    Any,
    /// A language tag.
    Tag(LanguageIdentifier),
}

/// Parses Accept-Language leniently (RFC 9110 §12.5.4): q-values ordered highest first (ties
/// keep their order), `q=0` ranges returned separately as exclusions, malformed entries
/// skipped, and the header cut at [`MAX_ACCEPT_LANGUAGE_BYTES`]. Never fails.
pub(crate) fn parse_accept_language(header: &str) -> (Vec<Range>, Vec<Range>) {
    let header = if header.len() > MAX_ACCEPT_LANGUAGE_BYTES {
        let mut cut = MAX_ACCEPT_LANGUAGE_BYTES;
        while !header.is_char_boundary(cut) {
            cut -= 1;
        }
        let head = &header[..cut];
        head.rfind(',').map_or(head, |comma| &head[..comma])
    } else {
        header
    };
    // Ranges highest quality first; `qualities` runs beside them so that a range is inserted
    // after every range of the same or higher quality (ties keep their order).
    let mut ranges: Vec<Range> = Vec::with_capacity(4);
    let mut qualities = [0u16; MAX_ACCEPT_LANGUAGE_RANGES];
    let mut excluded = Vec::new();
    // Split by hand: these strings are short, and `split` costs more than the rest here.
    for item in split_bytes(header, b',').take(MAX_ACCEPT_LANGUAGE_RANGES * 4) {
        let (range, quality) = match item.bytes().position(|b| b == b';') {
            Some(at) => (
                item.get(..at).unwrap_or_default(),
                parse_params(item.get(at + 1..).unwrap_or_default()),
            ),
            None => (item, Some(1000)),
        };
        let range = trim(range);
        let Some(quality) = quality else {
            continue;
        };
        let range = if range == "*" {
            Range::Any
        } else if let Some(id) = parse_plain(range, true) {
            Range::Tag(id)
        } else {
            // Lenient: `en_US` is common in the wild; extensions are ignored.
            let parsed = if range.contains('_') {
                Locale::try_from_str(&range.replace('_', "-"))
            } else {
                Locale::try_from_str(range)
            };
            match parsed {
                Ok(locale) if !range.is_empty() => Range::Tag(locale.id),
                _ => continue,
            }
        };
        if quality == 0 {
            excluded.push(range);
        } else if ranges.len() < MAX_ACCEPT_LANGUAGE_RANGES {
            let at = qualities[..ranges.len()]
                .iter()
                .position(|&q| q < quality)
                .unwrap_or(ranges.len());
            qualities.copy_within(at..ranges.len(), at + 1);
            if let Some(q) = qualities.get_mut(at) {
                *q = quality;
            }
            ranges.insert(at, range);
        }
    }
    (ranges, excluded)
}

/// `text.split(separator)` for an ASCII separator.
fn split_bytes(text: &str, separator: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.bytes().position(|b| b == separator) {
            Some(at) => {
                rest = current.get(at + 1..);
                current.get(..at)
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// The quality of a range from its parameters (`q=0.8`, any others ignored), in thousandths;
/// `None` when a parameter is malformed.
fn parse_params(params: &str) -> Option<u16> {
    let mut quality = 1000;
    for param in split_bytes(params, b';') {
        let at = param.bytes().position(|b| b == b'=')?;
        let (key, value) = (param.get(..at)?, param.get(at + 1..)?);
        if trim(key).eq_ignore_ascii_case("q") {
            quality = parse_quality(trim(value))?;
        }
    }
    Some(quality)
}

/// `str::trim`, quicker for the ASCII text headers almost always are.
fn trim(text: &str) -> &str {
    let ascii = text.trim_ascii();
    if ascii.is_ascii() {
        ascii
    } else {
        ascii.trim()
    }
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in thousandths.
fn parse_quality(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut digits = fraction.bytes().chain(std::iter::repeat(b'0')).take(3);
    let thousandths = digits.try_fold(0u16, |n, digit| Some(n * 10 + u16::from(digit - b'0')))?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// A tag of nothing but a two- or three-letter language, an optional script and an optional
/// region (separated by `-`, or also `_` when `lenient`), parsed without the general BCP 47 parser: most tags
/// browsers send. `None` for anything else, which the general parser then decides on; where
/// this returns `Some`, that parser returns the same identifier.
fn parse_plain(text: &str, lenient: bool) -> Option<LanguageIdentifier> {
    // Up to three subtags, found by hand: the language, then a script and/or a region.
    let mut parts = [""; 3];
    let mut count = 0;
    let mut start = 0;
    for (at, byte) in text
        .bytes()
        .enumerate()
        .chain(std::iter::once((text.len(), b'-')))
    {
        if byte == b'-' || (lenient && byte == b'_') {
            *parts.get_mut(count)? = text.get(start..at)?;
            count += 1;
            start = at + 1;
        }
    }
    let [language, second, third] = parts;
    if !matches!(language.len(), 2 | 3) {
        return None;
    }
    let (script, region) = match count {
        1 => (None, None),
        2 if second.len() == 4 => (Some(second), None),
        2 => (None, Some(second)),
        3 if second.len() == 4 => (Some(second), Some(third)),
        _ => return None,
    };
    let mut id = LanguageIdentifier::from(Language::try_from_str(language).ok()?);
    if let Some(script) = script {
        id.script = Some(Script::try_from_str(script).ok()?);
    }
    if let Some(region) = region {
        id.region = Some(Region::try_from_str(region).ok()?);
    }
    Some(id)
}

/// How many region codes there are: 676 letter pairs and 1,000 three-digit codes.
pub(crate) const REGION_CODES: usize = 26 * 26 + 1000;

/// A region code's position among [`REGION_CODES`].
pub(crate) fn region_index(region: Region) -> Option<usize> {
    match *region.as_str().as_bytes() {
        [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
        }
        [a, b, c] if [a, b, c].iter().all(u8::is_ascii_digit) => Some(
            26 * 26
                + usize::from(a - b'0') * 100
                + usize::from(b - b'0') * 10
                + usize::from(c - b'0'),
        ),
        _ => None,
    }
}

/// An available locale, as negotiation sees it.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub(crate) id: LanguageIdentifier,
    pub(crate) maximized: LanguageIdentifier,
    /// Pseudo-locales are chosen only when requested by their exact tag.
    pub(crate) exact_only: bool,
}

impl Candidate {
    pub(crate) fn new(id: LanguageIdentifier, exact_only: bool) -> Self {
        let maximized = maximize(&id);
        Candidate {
            id,
            maximized,
            exact_only,
        }
    }
}

/// The tag in its current CLDR form with likely subtags added: legacy and alias codes that
/// Android and Java still send (`in` → `id`, `iw` → `he`, `ji` → `yi`, `tl` → `fil`) become
/// today's codes first, then `zh-TW` becomes `zh-Hant-TW` and so on.
pub(crate) fn maximize(id: &LanguageIdentifier) -> LanguageIdentifier {
    let mut locale = Locale::from(id.clone());
    LocaleCanonicalizer::new_extended().canonicalize(&mut locale);
    let mut maximized = locale.id;
    LocaleExpander::new_extended().maximize(&mut maximized);
    maximized
}

/// How well a candidate serves a request: higher is better, `None` is no match.
fn score(
    request: &LanguageIdentifier,
    request_max: &LanguageIdentifier,
    candidate: &Candidate,
) -> Option<u8> {
    if request == &candidate.id {
        return Some(4);
    }
    if candidate.exact_only {
        return None;
    }
    let max = &candidate.maximized;
    if request_max.language != max.language || request_max.script != max.script {
        return None;
    }
    if request_max.region == max.region && request_max.variants == max.variants {
        Some(3)
    } else if request_max.region == max.region {
        Some(2)
    } else {
        Some(1)
    }
}

/// One candidate serving a request: score (higher is better), subtag count, candidate index.
pub(crate) type Match = (u8, u8, u32);

/// How many matches of one request are kept without allocating.
const MATCHES_INLINE: usize = 16;

/// The candidates that serve one request, best first, as (score, subtag count, index):
/// through the matcher's tables for plain requests, else by canonicalizing and maximizing the
/// request here.
fn matches<'b>(
    request: &LanguageIdentifier,
    matcher: &Matcher,
    candidates: &[Candidate],
    inline: &'b mut [Match; MATCHES_INLINE],
    spill: &'b mut Vec<Match>,
) -> &'b [Match] {
    if let Some(plain) = matcher.request(request)
        && let Some(len) = Matcher::matches(request, &plain, candidates, inline)
    {
        return inline.get(..len).unwrap_or_default();
    }
    let request_max = maximize(request);
    spill.clear();
    spill.extend(candidates.iter().enumerate().filter_map(|(index, c)| {
        let index = u32::try_from(index).ok()?;
        score(request, &request_max, c).map(|s| (s, subtag_count(&c.id), index))
    }));
    sort_best_first(spill);
    spill
}

/// Orders matches best first, on both paths alike: higher score, then on ties fewer subtags
/// (the generic locale), then the set's order, which is by tag.
fn sort_best_first(found: &mut [Match]) {
    found.sort_unstable_by_key(|&(score, subtags, index)| {
        (std::cmp::Reverse(score), subtags, index)
    });
}

fn subtag_count(id: &LanguageIdentifier) -> u8 {
    let count =
        1 + usize::from(id.script.is_some()) + usize::from(id.region.is_some()) + id.variants.len();
    u8::try_from(count).unwrap_or(u8::MAX)
}

/// A fallback chain as negotiation finds it: locale indices, each with the request that
/// brought it in (`None` for `*` and for the default appended at the end), from which the
/// resolver takes the locale that formats values.
pub(crate) struct Found<'r> {
    entries: [(usize, Option<&'r LanguageIdentifier>); MAX_CHAIN],
    len: usize,
}

impl<'r> Found<'r> {
    fn push(&mut self, index: usize, request: Option<&'r LanguageIdentifier>) {
        if let Some(slot) = self.entries.get_mut(self.len) {
            *slot = (index, request);
            self.len += 1;
        }
    }

    /// The entries, best first; the last is the default locale.
    pub(crate) fn entries(&self) -> &[(usize, Option<&'r LanguageIdentifier>)] {
        self.entries.get(..self.len).unwrap_or_default()
    }
}

/// Builds the fallback chain for ranges in priority order: each range's matches in turn,
/// without repeats and without excluded locales, always ending in the default locale (the
/// chain stops there: the default has every message), at most [`MAX_CHAIN`] long.
pub(crate) fn chain<'r>(
    ranges: &'r [Range],
    excluded: &[Range],
    matcher: &Matcher,
    candidates: &[Candidate],
    default: usize,
) -> Found<'r> {
    let mut inline = [(0, 0, 0); MATCHES_INLINE];
    let mut spill = Vec::new();
    let mut banned: Vec<usize> = Vec::new();
    for range in excluded {
        if let Range::Tag(id) = range {
            let found = matches(id, matcher, candidates, &mut inline, &mut spill);
            banned.extend(found.iter().map(|&(_, _, index)| index as usize));
        }
    }
    let mut out = Found {
        entries: [(default, None); MAX_CHAIN],
        len: 0,
    };
    'ranges: for range in ranges {
        let (found, request) = match range {
            Range::Any => {
                inline[0] = (0, 0, u32::try_from(default).unwrap_or(u32::MAX));
                (&inline[..1], None)
            }
            Range::Tag(id) => (
                matches(id, matcher, candidates, &mut inline, &mut spill),
                Some(id),
            ),
        };
        for &(_, _, index) in found {
            let index = index as usize;
            if index == default {
                // The default ends the chain, formatting for the request that reached it.
                out.push(default, request);
                return out;
            }
            if out.entries().iter().any(|&(i, _)| i == index) || banned.contains(&index) {
                continue;
            }
            if out.len == MAX_CHAIN - 1 {
                break 'ranges; // full: the default takes the last place
            }
            out.push(index, request);
        }
    }
    out.push(default, None);
    out
}

/// The CLDR locale that formats values for `request` in `text`, a locale the request matched:
/// the request itself (canonical, with only language, script and region) when it names a
/// region and has the same language and script as `text`. `None` when the text locale's own
/// formatting applies: no region, another language or script (a fallback), or a pseudo-locale.
/// Whether CLDR formats that region differently is for the caller to find out.
pub(crate) fn formatting_locale(
    request: &LanguageIdentifier,
    text: &Candidate,
    matcher: &Matcher,
) -> Option<LanguageIdentifier> {
    // No region, or the text locale's own (`zh-TW` for `zh-Hant`, `pt-BR` for `pt`): nothing
    // to look up, the common case.
    if text.exact_only || request.region.is_none() || request.region == text.maximized.region {
        return None;
    }
    if let Some(same) = matcher.same_language_and_script(request, text) {
        // A plain request is its own canonical form.
        let mut id = LanguageIdentifier::from(request.language);
        id.script = request.script;
        id.region = request.region;
        return (same && id != text.id).then_some(id);
    }
    let mut locale = Locale::from(request.clone());
    LocaleCanonicalizer::new_extended().canonicalize(&mut locale);
    let canonical = locale.id;
    let mut maximized = canonical.clone();
    LocaleExpander::new_extended().maximize(&mut maximized);
    if maximized.language != text.maximized.language || maximized.script != text.maximized.script {
        return None;
    }
    let mut id = LanguageIdentifier::from(canonical.language);
    id.script = canonical.script;
    id.region = canonical.region;
    (id != text.id).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quality_values_follow_rfc_9110() {
        assert_eq!(parse_quality("1"), Some(1000));
        assert_eq!(parse_quality("1.000"), Some(1000));
        assert_eq!(parse_quality("0.8"), Some(800));
        assert_eq!(parse_quality("0.125"), Some(125));
        assert_eq!(parse_quality("0"), Some(0));
        for bad in ["1.5", "0.1234", "2", "", "-0.5", "abc", "0.x"] {
            assert_eq!(parse_quality(bad), None, "{bad}");
        }
    }

    #[test]
    fn strict_tags_reject_malformed_input() {
        assert!(parse_tag("zh-Hant").is_ok());
        assert!(parse_tag("EN-us").is_ok());
        for bad in [
            "",
            "x!",
            "en_US",
            "en--US",
            "-en",
            "toolongsubtag-x",
            &"a".repeat(65),
        ] {
            let err = parse_tag(bad).unwrap_err();
            assert_eq!(err.code(), ErrorCode::LanguageTagIncorrect, "{bad}");
        }
    }

    #[test]
    fn plain_tags_parse_as_the_general_parser_does() {
        let plain = [
            "en",
            "EN",
            "zh-TW",
            "zh-hant-tw",
            "ZH-HANT",
            "es-419",
            "de-ch",
            "yue",
            "und",
            "en-001",
        ];
        for tag in plain {
            let general = Locale::try_from_str(tag).unwrap().id;
            assert_eq!(parse_plain(tag, false), Some(general.clone()), "{tag}");
            assert_eq!(
                parse_plain(&tag.replace('-', "_"), true),
                Some(general),
                "{tag}"
            );
        }
        // Left to the general parser, which accepts some and rejects others.
        for other in [
            "",
            "e",
            "engl",
            "english",
            "en-",
            "-en",
            "en--US",
            "en-US-",
            "en-Latn-US-x",
            "en-u-nu-thai",
            "de-CH-1996",
            "en-US-posix",
            "zh-Hant-TW-x-a",
            "en-1234",
            "en-U",
            "en-US-ZZ",
            "e1",
            "en_US",
        ] {
            assert_eq!(parse_plain(other, false), None, "{other}");
        }
    }

    /// The parser before the hand-written fast paths: `split`, `trim`, the general BCP 47
    /// parser for every range and a stable sort by quality.
    fn reference_parse(header: &str) -> (Vec<Range>, Vec<Range>) {
        let mut weighted: Vec<(u16, Range)> = Vec::new();
        let mut excluded = Vec::new();
        for item in header.split(',').take(MAX_ACCEPT_LANGUAGE_RANGES * 4) {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or("").trim();
            let mut quality = Some(1000);
            for param in parts {
                let Some((key, value)) = param.split_once('=') else {
                    quality = None;
                    break;
                };
                if key.trim().eq_ignore_ascii_case("q") {
                    quality = parse_quality(value.trim());
                }
            }
            let Some(quality) = quality else { continue };
            let range = if range == "*" {
                Range::Any
            } else {
                match Locale::try_from_str(&range.replace('_', "-")) {
                    Ok(locale) if !range.is_empty() => Range::Tag(locale.id),
                    _ => continue,
                }
            };
            if quality == 0 {
                excluded.push(range);
            } else if weighted.len() < MAX_ACCEPT_LANGUAGE_RANGES {
                weighted.push((quality, range));
            }
        }
        weighted.sort_by_key(|entry| std::cmp::Reverse(entry.0));
        (weighted.into_iter().map(|(_, r)| r).collect(), excluded)
    }

    #[test]
    fn accept_language_parses_as_the_reference_parser_does() {
        let pieces = [
            "en",
            "EN-us",
            "zh-TW",
            "zh_Hant_TW",
            "*",
            "",
            " ",
            "de-CH-1996",
            "en-US-u-nu-thai",
            "x-private",
            "i-klingon",
            "en-",
            "-en",
            "e",
            "engl",
            "in-ID",
            "sr-Latn-RS",
            "es-419",
            "\u{a0}fr",
            "ja\t",
            "ru\u{2003}",
            "pt-BR ",
            "en--US",
            "zh-Hant-TW-x-a",
            "1234",
        ];
        let params = [
            "",
            ";q=0.5",
            ";q=1",
            ";Q = 0.25",
            ";q=0",
            ";q=1.000",
            ";q=1.5",
            ";q=0.1234",
            ";q=",
            ";level=1",
            ";level",
            "; q=0.8 ",
            ";q=0.8;q=0.2",
            ";q=0.x",
            ";",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..20_000 {
            let mut header = String::new();
            for i in 0..1 + next(5) {
                if i > 0 {
                    header.push_str([",", ", ", " ,", ",,"][next(4)]);
                }
                header.push_str(pieces[next(pieces.len())]);
                header.push_str(params[next(params.len())]);
            }
            assert_eq!(
                parse_accept_language(&header),
                reference_parse(&header),
                "{header:?}"
            );
        }
    }

    #[test]
    fn oversized_accept_language_is_cut_at_a_comma() {
        let header = "fr;q=0.1,".repeat(1000) + "de";
        let (ranges, _) = parse_accept_language(&header);
        assert!(ranges.len() <= MAX_ACCEPT_LANGUAGE_RANGES);
        assert!(!ranges.contains(&Range::Tag(icu_locale::langid!("de"))));
    }

    #[test]
    fn values_are_formatted_for_the_request_in_the_same_language_and_script() {
        let text = |tag: &str| Candidate::new(tag.parse().unwrap(), false);
        let format = |request: &str, candidate: &str| {
            let text = text(candidate);
            let matcher = Matcher::new(std::slice::from_ref(&text));
            let fast = formatting_locale(&request.parse().unwrap(), &text, &matcher);
            let general = formatting_locale(&request.parse().unwrap(), &text, &Matcher::new(&[]));
            assert_eq!(fast, general, "{request} for {candidate}");
            fast.map(|id| id.to_string())
        };
        assert_eq!(format("es-MX", "es").as_deref(), Some("es-MX"));
        assert_eq!(format("de-CH", "de").as_deref(), Some("de-CH"));
        assert_eq!(format("pt-PT", "pt").as_deref(), Some("pt-PT"));
        assert_eq!(
            format("zh-Hant-HK", "zh-Hant").as_deref(),
            Some("zh-Hant-HK")
        );
        assert_eq!(format("zh-HK", "zh-Hant").as_deref(), Some("zh-HK"));
        // Legacy codes are canonical first; variants and extensions are dropped.
        assert_eq!(format("in-SG", "id").as_deref(), Some("id-SG"));
        assert_eq!(format("in-ID", "id"), None);
        assert_eq!(format("de-CH-1996", "de").as_deref(), Some("de-CH"));
        // Nothing regional to follow, or not the same language and script.
        assert_eq!(format("es", "es"), None);
        assert_eq!(format("zh-TW", "zh-Hant"), None);
        assert_eq!(format("pt-BR", "pt"), None);
        assert_eq!(format("pt", "pt"), None);
        assert_eq!(format("pt-PT", "pt-PT"), None);
        assert_eq!(format("de-CH", "en"), None);
        assert_eq!(format("zh-HK", "zh-Hans"), None);
        assert_eq!(format("sr-Latn-RS", "sr-Cyrl"), None);
        let pseudo = Candidate::new("en-XA".parse().unwrap(), true);
        let matcher = Matcher::new(std::slice::from_ref(&pseudo));
        assert_eq!(
            formatting_locale(&"en-XA".parse().unwrap(), &pseudo, &matcher),
            None
        );
    }
}
