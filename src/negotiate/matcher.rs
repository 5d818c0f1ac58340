//! Matching requests against one set of available locales without calling into ICU4X per
//! request.
//!
//! Negotiation needs each request's CLDR-maximized language and script (`zh-TW` →
//! `zh-Hant-TW`). For a request of plain subtags (no alias, no variants), that depends only on
//! the language, the script and the region, and a request can only match a locale of its own
//! language. So [`Matcher`] keeps, per language of the set, the likely script and region,
//! and a table from region to the script CLDR expects there (filled on first sight, one byte
//! per region code). Everything else — aliases, variants, scripts no locale of that language
//! has, `und` — goes through the general path in the parent module, which gives the same
//! answer (`tests::fast_path_agrees_with_the_general_path`).

use std::sync::atomic::{AtomicU8, Ordering};

use icu_locale::subtags::{Language, Region, Script};
use icu_locale::{LanguageIdentifier, LocaleExpander};

use super::{Candidate, Match, subtags};

/// One script among those a language's candidates have, or another one.
type ScriptClass = u8;
const OTHER_SCRIPT: ScriptClass = u8::MAX;
const NOT_COMPUTED: u8 = 0;

/// The candidates of one language and what CLDR says about that language.
struct LanguageEntry {
    language: Language,
    /// Candidates whose tag or maximized tag has this language, in the set's order.
    candidates: Vec<usize>,
    /// The distinct maximized scripts of those candidates.
    scripts: Vec<Option<Script>>,
    /// Per candidate (same order): the class of its maximized script.
    candidate_classes: Vec<ScriptClass>,
    /// The script and region CLDR expects for the bare language.
    likely: (ScriptClass, Option<Region>),
    /// Per script class: the region CLDR expects for the language in that script.
    script_regions: Vec<Option<Region>>,
    /// Per region code: 1 + the class of the script CLDR expects for the language there
    /// (0: not yet asked).
    region_scripts: Box<[AtomicU8]>,
}

impl LanguageEntry {
    fn class_of(&self, script: Option<Script>) -> ScriptClass {
        self.scripts
            .iter()
            .position(|&s| s == script)
            .and_then(|k| u8::try_from(k).ok())
            .filter(|&k| k != OTHER_SCRIPT)
            .unwrap_or(OTHER_SCRIPT)
    }

    fn maximized(
        &self,
        language: Language,
        script: Option<Script>,
        region: Option<Region>,
    ) -> (ScriptClass, Option<Region>) {
        let mut id = LanguageIdentifier::from(language);
        id.script = script;
        id.region = region;
        LocaleExpander::new_extended().maximize(&mut id);
        (self.class_of(id.script), id.region)
    }

    /// The script class CLDR expects for this language in `region`.
    fn region_script(&self, region: Region) -> ScriptClass {
        let Some(cell) = super::region_index(region).and_then(|i| self.region_scripts.get(i))
        else {
            return self.maximized(self.language, None, Some(region)).0;
        };
        match cell.load(Ordering::Relaxed) {
            NOT_COMPUTED => {
                let class = self.maximized(self.language, None, Some(region)).0;
                cell.store(class.saturating_add(1), Ordering::Relaxed);
                class
            }
            stored => stored - 1,
        }
    }
}

/// A request reduced to what matching needs, when it is plain: see the module docs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Request<'m> {
    entry: Option<&'m LanguageEntry>,
    /// The maximized script's class and region.
    class: ScriptClass,
    max_region: Option<Region>,
}

/// The precomputed matching data of one set of candidates.
pub(crate) struct Matcher {
    entries: Vec<LanguageEntry>,
    /// Per two- or three-letter language code: 1 + the index of its entry, or 0.
    by_language: Box<[u16]>,
}

impl std::fmt::Debug for LanguageEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LanguageEntry")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Matcher {
    pub(crate) fn new(candidates: &[Candidate]) -> Self {
        let mut languages: Vec<Language> = Vec::new();
        for candidate in candidates {
            for language in [candidate.id.language, candidate.maximized.language] {
                if !languages.contains(&language) {
                    languages.push(language);
                }
            }
        }
        let entries = languages
            .into_iter()
            .map(|language| {
                let members: Vec<usize> = candidates
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.id.language == language || c.maximized.language == language)
                    .map(|(index, _)| index)
                    .collect();
                let mut scripts: Vec<Option<Script>> = Vec::new();
                for &index in &members {
                    if let Some(c) = candidates.get(index)
                        && c.maximized.language == language
                        && !scripts.contains(&c.maximized.script)
                    {
                        scripts.push(c.maximized.script);
                    }
                }
                let mut entry = LanguageEntry {
                    language,
                    candidates: members,
                    scripts,
                    candidate_classes: Vec::new(),
                    likely: (OTHER_SCRIPT, None),
                    script_regions: Vec::new(),
                    region_scripts: (0..super::REGION_CODES)
                        .map(|_| AtomicU8::new(NOT_COMPUTED))
                        .collect(),
                };
                entry.candidate_classes = entry
                    .candidates
                    .iter()
                    .map(|&index| match candidates.get(index) {
                        Some(c) if c.maximized.language == language => {
                            entry.class_of(c.maximized.script)
                        }
                        _ => OTHER_SCRIPT,
                    })
                    .collect();
                entry.likely = entry.maximized(language, None, None);
                entry.script_regions = entry
                    .scripts
                    .iter()
                    .map(|&script| entry.maximized(language, script, None).1)
                    .collect();
                entry
            })
            .collect::<Vec<_>>();
        let mut by_language = vec![0u16; subtags::LANGUAGE_SLOTS].into_boxed_slice();
        for (k, entry) in entries.iter().enumerate() {
            if let (Some(slot), Ok(k)) =
                (subtags::language_slot(entry.language), u16::try_from(k + 1))
                && let Some(cell) = by_language.get_mut(slot)
            {
                *cell = k;
            }
        }
        Matcher {
            entries,
            by_language,
        }
    }

    fn entry(&self, language: Language) -> Option<&LanguageEntry> {
        let slot = subtags::language_slot(language)?;
        let k = usize::from(*self.by_language.get(slot)?);
        self.entries.get(k.checked_sub(1)?)
    }

    /// `Some` when `id` can take the fast path: `Some(request)`, whose `entry` is `None` when
    /// no candidate can match it. `None` sends the request to the general path.
    pub(crate) fn request(&self, id: &LanguageIdentifier) -> Option<Request<'_>> {
        if !id.variants.is_empty() || !subtags::plain_language(id.language) {
            return None;
        }
        if let Some(region) = id.region
            && !subtags::plain_region(region)
        {
            return None;
        }
        let Some(entry) = self.entry(id.language) else {
            // A plain language no candidate has: maximizing keeps the language, so nothing
            // matches (and no script or region alias could change that).
            return Some(Request {
                entry: None,
                class: OTHER_SCRIPT,
                max_region: None,
            });
        };
        let (class, max_region) = match (id.script, id.region) {
            (Some(script), region) => {
                let class = entry.class_of(Some(script));
                // A script none of the language's locales has may be an alias (`Qaai`).
                if class == OTHER_SCRIPT {
                    return None;
                }
                let region = region.or_else(|| {
                    entry
                        .script_regions
                        .get(usize::from(class))
                        .copied()
                        .flatten()
                });
                (class, region)
            }
            (None, Some(region)) => (entry.region_script(region), Some(region)),
            (None, None) => entry.likely,
        };
        Some(Request {
            entry: Some(entry),
            class,
            max_region,
        })
    }

    /// Whether `request` (with a region) has `text`'s maximized language and script, when the
    /// tables can tell; `None` sends the question to the general path.
    pub(crate) fn same_language_and_script(
        &self,
        request: &LanguageIdentifier,
        text: &Candidate,
    ) -> Option<bool> {
        let plain = self.request(request)?;
        if text.maximized.language != request.language {
            return Some(false);
        }
        let entry = plain.entry?;
        let class = entry.class_of(text.maximized.script);
        Some(class != OTHER_SCRIPT && class == plain.class)
    }

    /// The candidates that serve `request` (made by [`Matcher::request`] for `id`), best
    /// first, into `out` as (score, subtag count, index): the same as the general path. Returns
    /// how many, or `None` when they do not fit in `out`.
    pub(crate) fn matches(
        id: &LanguageIdentifier,
        request: &Request<'_>,
        candidates: &[Candidate],
        out: &mut [Match],
    ) -> Option<usize> {
        let Some(entry) = request.entry else {
            return Some(0);
        };
        let mut len = 0;
        for (&index, &class) in entry.candidates.iter().zip(&entry.candidate_classes) {
            let Some(candidate) = candidates.get(index) else {
                continue;
            };
            let score = if &candidate.id == id {
                4
            } else if candidate.exact_only
                || candidate.maximized.language != id.language
                || class == OTHER_SCRIPT
                || class != request.class
            {
                continue;
            } else if request.max_region != candidate.maximized.region {
                1
            } else if candidate.maximized.variants.is_empty() {
                3
            } else {
                2
            };
            let index = u32::try_from(index).ok()?;
            *out.get_mut(len)? = (score, super::subtag_count(&candidate.id), index);
            len += 1;
        }
        super::sort_best_first(out.get_mut(..len)?);
        Some(len)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{maximize, score, subtag_count};
    use super::*;

    fn general(request: &LanguageIdentifier, candidates: &[Candidate]) -> Vec<usize> {
        let request_max = maximize(request);
        let mut found: Vec<Match> = candidates
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                score(request, &request_max, c).map(|s| (s, subtag_count(&c.id), i as u32))
            })
            .collect();
        found.sort_by_key(|&(s, n, i)| (std::cmp::Reverse(s), n, i));
        found.into_iter().map(|(_, _, i)| i as usize).collect()
    }

    fn candidates(tags: &[&str]) -> Vec<Candidate> {
        tags.iter()
            .map(|tag| {
                Candidate::new(
                    tag.parse().unwrap(),
                    tag.ends_with("-XA") || tag.ends_with("-XB"),
                )
            })
            .collect()
    }

    /// Every request the fast path takes gets the general path's answer, over the shipped set
    /// and a set with regional and script variants: every two-letter language with and without
    /// a handful of regions, and the set's languages with every region code and their scripts.
    #[test]
    fn fast_path_agrees_with_the_general_path() {
        let sets = [
            candidates(&[
                "ar", "de", "en", "es", "fr", "hi", "id", "it", "ja", "ko", "pt", "ru", "zh-Hans",
                "zh-Hant", "en-XA", "ar-XB",
            ]),
            candidates(&[
                "en",
                "pt",
                "pt-PT",
                "sr-Cyrl",
                "sr-Latn",
                "zh-Hant-HK",
                "de-CH-1996",
                "in",
                "az-Arab",
            ]),
        ];
        let some_regions = [
            "", "US", "TW", "HK", "CN", "CH", "PT", "BR", "419", "ME", "RS", "IR", "SU", "DD",
            "ZZ", "001",
        ];
        let mut checked = 0;
        let mut fast = 0;
        let mut out = [(0, 0, 0); 16];
        for set in &sets {
            let matcher = Matcher::new(set);
            let mut requests: Vec<LanguageIdentifier> = Vec::new();
            for a in b'a'..=b'z' {
                for b in b'a'..=b'z' {
                    let language = Language::try_from_utf8(&[a, b]).unwrap();
                    for region in some_regions {
                        let mut id = LanguageIdentifier::from(language);
                        id.region = Region::try_from_str(region).ok();
                        requests.push(id);
                    }
                }
            }
            for candidate in set {
                let language = candidate.maximized.language;
                for a in b'A'..=b'Z' {
                    for b in b'A'..=b'Z' {
                        let mut id = LanguageIdentifier::from(language);
                        id.region = Region::try_from_utf8(&[a, b]).ok();
                        requests.push(id);
                    }
                }
                for n in [
                    "001", "005", "029", "142", "150", "158", "276", "419", "810", "999",
                ] {
                    let mut id = LanguageIdentifier::from(language);
                    id.region = Region::try_from_str(n).ok();
                    requests.push(id);
                }
                for script in [
                    "Latn", "Cyrl", "Hans", "Hant", "Arab", "Deva", "Qaai", "Zzzz",
                ] {
                    for region in some_regions {
                        let mut id = LanguageIdentifier::from(language);
                        id.script = Script::try_from_str(script).ok();
                        id.region = Region::try_from_str(region).ok();
                        requests.push(id);
                    }
                }
                requests.push(candidate.id.clone());
            }
            for request in &requests {
                let Some(plain) = matcher.request(request) else {
                    checked += 1;
                    continue;
                };
                let len = Matcher::matches(request, &plain, set, &mut out).unwrap();
                let got: Vec<usize> = out[..len].iter().map(|&(_, _, i)| i as usize).collect();
                assert_eq!(got, general(request, set), "{request}");
                for (index, candidate) in set.iter().enumerate() {
                    if request.region.is_some() {
                        let same = matcher.same_language_and_script(request, candidate);
                        let max = maximize(request);
                        let expected = max.language == candidate.maximized.language
                            && max.script == candidate.maximized.script;
                        assert_eq!(same, Some(expected), "{request} vs {index}");
                    }
                }
                checked += 1;
                fast += 1;
            }
        }
        // The requests include aliases, variants and unusual scripts on purpose; the fast path
        // still takes most of them.
        assert!(fast * 4 > checked * 3, "{fast} of {checked}");
    }
}
