//! The negotiation layer: language tags, Accept-Language, and the fallback chain.
//!
//! Matching uses CLDR likely subtags (ICU4X's `LocaleExpander`): a request matches an
//! available locale when both expand to the same language and script. Regions only rank
//! matches, and a match never crosses scripts (`zh-TW` gets `zh-Hant`, never `zh-Hans`).
//! The request still chooses how values are formatted: [`formatting_locale`] keeps its region
//! (`es-MX` for the `es` text) when it has the text locale's language and script.

use icu_locale::{LanguageIdentifier, Locale, LocaleCanonicalizer, LocaleExpander};

use crate::catalog::ErrorCode;

use crate::limits::{MAX_ACCEPT_LANGUAGE_BYTES, MAX_ACCEPT_LANGUAGE_RANGES, MAX_TAG_LEN};

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
        } else if weighted.len() < MAX_ACCEPT_LANGUAGE_RANGES {
            weighted.push((quality, range));
        }
    }
    weighted.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    (weighted.into_iter().map(|(_, r)| r).collect(), excluded)
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in thousandths.
fn parse_quality(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
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

/// The candidates that serve one request, best first.
fn matches(request: &LanguageIdentifier, candidates: &[Candidate]) -> Vec<usize> {
    let request_max = maximize(request);
    let mut found: Vec<(u8, usize)> = candidates
        .iter()
        .enumerate()
        .filter_map(|(index, c)| score(request, &request_max, c).map(|s| (s, index)))
        .collect();
    // Ties: fewer subtags first (the generic locale), then the set's order, which is by tag.
    found.sort_by_key(|&(score, index)| {
        let subtags = candidates.get(index).map_or(0, |c| subtag_count(&c.id));
        (std::cmp::Reverse(score), subtags, index)
    });
    found.into_iter().map(|(_, index)| index).collect()
}

fn subtag_count(id: &LanguageIdentifier) -> usize {
    1 + usize::from(id.script.is_some()) + usize::from(id.region.is_some()) + id.variants.len()
}

/// Builds the fallback chain for ranges in priority order: each range's matches in turn,
/// without repeats and without excluded locales, always ending in the default locale (the
/// chain stops there: the default has every message). Each locale comes with the request
/// that brought it in (`None` for `*` and for the default appended at the end), from which
/// the resolver takes the locale that formats values.
pub(crate) fn chain<'r>(
    ranges: &'r [Range],
    excluded: &[Range],
    candidates: &[Candidate],
    default: usize,
) -> Vec<(usize, Option<&'r LanguageIdentifier>)> {
    let banned: Vec<usize> = excluded
        .iter()
        .filter_map(|range| match range {
            Range::Tag(id) => Some(matches(id, candidates)),
            Range::Any => None,
        })
        .flatten()
        .filter(|&index| index != default)
        .collect();
    let mut out: Vec<(usize, Option<&'r LanguageIdentifier>)> = Vec::with_capacity(4);
    for range in ranges {
        let (found, request) = match range {
            Range::Any => (vec![default], None),
            Range::Tag(id) => (matches(id, candidates), Some(id)),
        };
        for index in found {
            if !out.iter().any(|&(i, _)| i == index) && !banned.contains(&index) {
                out.push((index, request));
            }
        }
        if out.iter().any(|&(i, _)| i == default) {
            break;
        }
    }
    if let Some(at) = out.iter().position(|&(index, _)| index == default) {
        out.truncate(at + 1);
    } else {
        out.push((default, None));
    }
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
) -> Option<LanguageIdentifier> {
    // No region, or the text locale's own (`zh-TW` for `zh-Hant`, `pt-BR` for `pt`): nothing
    // to look up, the common case.
    if text.exact_only || request.region.is_none() || request.region == text.maximized.region {
        return None;
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
            formatting_locale(&request.parse().unwrap(), &text(candidate)).map(|id| id.to_string())
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
        assert_eq!(formatting_locale(&"en-XA".parse().unwrap(), &pseudo), None);
    }
}
