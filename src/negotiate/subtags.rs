//! What CLDR's alias data does to single subtags, kept in process-wide tables.
//!
//! Canonicalization (ICU4X's `LocaleCanonicalizer`) rewrites a tag without variants by rules
//! keyed on one subtag each: the language (`in` → `id`, `sh` → `sr-Latn`, `sgn` with a region),
//! the script (`Qaai`) and the region (`DD` → `DE`, `SU` by language). So whether a language or
//! region subtag is an alias is a property of that subtag alone, the same for every request.
//! These tables remember the answer per subtag: every two- and three-letter language code
//! (18,252) and every region code (676 letter pairs, 1,000 three-digit codes), one byte each,
//! filled on first sight by asking the canonicalizer. They hold no request data and cannot
//! grow. The matcher's tests check the answers against the general path.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use icu_locale::subtags::{Language, Region};
use icu_locale::{LanguageIdentifier, Locale, LocaleCanonicalizer};

const UNKNOWN: u8 = 0;
const PLAIN: u8 = 1;
const ALIAS: u8 = 2;

pub(super) const LANGUAGE_SLOTS: usize = 26 * 26 + 26 * 26 * 26;

struct Tables {
    languages: Box<[AtomicU8]>,
    regions: Box<[AtomicU8]>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| Tables {
    languages: (0..LANGUAGE_SLOTS)
        .map(|_| AtomicU8::new(UNKNOWN))
        .collect(),
    regions: (0..super::REGION_CODES)
        .map(|_| AtomicU8::new(UNKNOWN))
        .collect(),
});

/// The slot of a two- or three-letter language code; `None` for `und` and longer codes.
pub(super) fn language_slot(language: Language) -> Option<usize> {
    if language.is_unknown() {
        return None;
    }
    let letter = |b: u8| usize::from(b.wrapping_sub(b'a')).min(25);
    match *language.as_str().as_bytes() {
        [a, b] => Some(letter(a) * 26 + letter(b)),
        [a, b, c] => Some(26 * 26 + (letter(a) * 26 + letter(b)) * 26 + letter(c)),
        _ => None,
    }
}

fn lookup(cell: Option<&AtomicU8>, probe: impl FnOnce() -> LanguageIdentifier) -> bool {
    let Some(cell) = cell else {
        return false;
    };
    match cell.load(Ordering::Relaxed) {
        PLAIN => true,
        ALIAS => false,
        _ => {
            let id = probe();
            let mut locale = Locale::from(id.clone());
            LocaleCanonicalizer::new_extended().canonicalize(&mut locale);
            let plain = locale.id == id;
            // Two threads may both probe; they store the same answer.
            cell.store(if plain { PLAIN } else { ALIAS }, Ordering::Relaxed);
            plain
        }
    }
}

/// Whether canonicalization leaves `language` alone in any tag without variants: false for
/// alias codes (`in`, `iw`, `sh`, `deu`), for `sgn` (its rules depend on the region), for
/// `und` and for codes of five or more letters, which these tables do not cover.
pub(crate) fn plain_language(language: Language) -> bool {
    if language == icu_locale::subtags::language!("sgn") {
        return false;
    }
    let tables = &*TABLES;
    let cell = language_slot(language).and_then(|slot| tables.languages.get(slot));
    lookup(cell, || LanguageIdentifier::from(language))
}

/// Whether canonicalization leaves `region` alone: false for deprecated codes (`DD`, `SU`,
/// `YU`, numeric codes with a letter equivalent such as `276`).
pub(crate) fn plain_region(region: Region) -> bool {
    let tables = &*TABLES;
    let cell = super::region_index(region).and_then(|slot| tables.regions.get(slot));
    lookup(cell, || {
        let mut id = LanguageIdentifier::UNKNOWN;
        id.region = Some(region);
        id
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_known_as_such() {
        use icu_locale::subtags::{language, region};
        for alias in [
            language!("in"),
            language!("iw"),
            language!("sh"),
            language!("deu"),
            language!("sgn"),
            language!("und"),
        ] {
            assert!(!plain_language(alias), "{alias}");
        }
        for plain in [
            language!("zh"),
            language!("de"),
            language!("yue"),
            language!("fil"),
        ] {
            assert!(plain_language(plain), "{plain}");
        }
        for alias in [region!("DD"), region!("SU"), region!("YU"), region!("276")] {
            assert!(!plain_region(alias), "{alias}");
        }
        for plain in [region!("TW"), region!("419"), region!("DE"), region!("ZZ")] {
            assert!(plain_region(plain), "{plain}");
        }
    }

    #[test]
    fn slots_are_distinct() {
        let mut seen = std::collections::HashSet::new();
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                let two = Language::try_from_utf8(&[a, b]).unwrap();
                assert!(seen.insert(language_slot(two).unwrap()));
                for c in b'a'..=b'z' {
                    let three = Language::try_from_utf8(&[a, b, c]).unwrap();
                    if three.is_unknown() {
                        assert_eq!(language_slot(three), None);
                        continue;
                    }
                    assert!(seen.insert(language_slot(three).unwrap()));
                }
            }
        }
        assert_eq!(seen.len(), LANGUAGE_SLOTS - 1);
        assert!(seen.iter().all(|&slot| slot < LANGUAGE_SLOTS));
    }
}
