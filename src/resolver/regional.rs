//! Formatting locales of the request's region: `es-MX` for the `es` text, `de-CH` for `de`.
//!
//! A locale is loaded once per language (`es`, `de`, `pt`), but CLDR formats values by region:
//! "1,000,000" in `es-MX` and "1.000.000" in `es`, "1’000’000" in `de-CH`, and `pt-PT` puts 0
//! in plural category `other` where `pt` puts it in `one`. Each chain locale therefore carries
//! the CLDR locale that formats its values, a slot here, built on first request and shared by
//! every chain and thread after that.
//!
//! A request only gets a slot when CLDR formats its region differently from the text locale
//! (compared by [`LocaleFormatters::fingerprint`]): `de-DE`, `es-ES` and unknown regions such
//! as `de-ZZ` format as the text locale does and take no slot. The slots are bounded
//! ([`MAX_REGIONAL`]), and so are the requests remembered ([`MAX_REMEMBERED`]): past either
//! bound a request formats as its text locale does, so no client can grow memory without limit.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::{Arc, OnceLock, RwLock};

use rustc_hash::FxHasher;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use icu_locale::{LanguageIdentifier, Locale};

use super::loaded::LoadedLocale;
use crate::format::LocaleFormatters;

/// The most regional formatting locales one resolver builds.
pub(crate) const MAX_REGIONAL: usize = 64;

/// The most (text locale, request) pairs one resolver remembers the answer for, slots included.
pub(crate) const MAX_REMEMBERED: usize = 1024;

/// One regional formatting locale for one text locale.
pub(crate) struct Regional {
    /// The CLDR locale's tag, e.g. `de-CH`.
    pub(crate) tag: String,
    pub(crate) formatters: Arc<LocaleFormatters>,
    /// fluent-bundle over the text locale's files, with this locale's plural rules and
    /// functions, built on first need.
    bundle: OnceLock<Option<FluentBundle<Arc<FluentResource>>>>,
}

impl Regional {
    /// fluent-bundle for `text` (the locale this slot was made for) formatting as this locale.
    pub(crate) fn bundle(&self, text: &LoadedLocale) -> Option<&FluentBundle<Arc<FluentResource>>> {
        self.bundle
            .get_or_init(|| text.new_bundle(&self.formatters))
            .as_ref()
    }
}

#[derive(Default)]
struct Known {
    /// (text locale index, formatting locale) → slot number (1-based; 0: the text locale's own).
    answers: HashMap<(usize, LanguageIdentifier), u16, BuildHasherDefault<FxHasher>>,
    filled: usize,
}

/// The regional formatting locales of one resolver.
pub(crate) struct RegionalFormats {
    slots: Box<[OnceLock<Regional>]>,
    known: RwLock<Known>,
    remember: usize,
}

impl RegionalFormats {
    pub(crate) fn new() -> Self {
        Self::with_limits(MAX_REGIONAL, MAX_REMEMBERED)
    }

    fn with_limits(slots: usize, remember: usize) -> Self {
        RegionalFormats {
            slots: (0..slots).map(|_| OnceLock::new()).collect(),
            known: RwLock::new(Known::default()),
            remember,
        }
    }

    /// The slot for a chain entry (0: the text locale's own formatting).
    #[inline]
    pub(crate) fn get(&self, slot: u16) -> Option<&Regional> {
        let index = usize::from(slot.checked_sub(1)?);
        self.slots.get(index)?.get()
    }

    /// The slot that formats values as `format` for the text of locale `index`, made on first
    /// request; 0 when `format` writes values as the text locale does, or a bound is reached.
    pub(crate) fn slot_for(
        &self,
        index: usize,
        text: &LoadedLocale,
        format: LanguageIdentifier,
    ) -> u16 {
        let key = (index, format);
        if let Ok(known) = self.known.read() {
            if let Some(&slot) = known.answers.get(&key) {
                return slot;
            }
            if known.answers.len() >= self.remember {
                return 0;
            }
        }
        // Built outside the lock: compiled CLDR data, a few microseconds.
        let formatters = LocaleFormatters::new(Locale::from(key.1.clone()));
        let own = formatters.fingerprint();
        let differs = own.is_some() && own.as_ref() != text.fingerprint();
        let Ok(mut known) = self.known.write() else {
            return 0;
        };
        if let Some(&slot) = known.answers.get(&key) {
            return slot; // another thread was first
        }
        if known.answers.len() >= self.remember {
            return 0;
        }
        let mut slot = 0;
        if differs && known.filled < self.slots.len() {
            let regional = Regional {
                tag: key.1.to_string(),
                formatters: Arc::new(formatters),
                bundle: OnceLock::new(),
            };
            if let Some(cell) = self.slots.get(known.filled)
                && cell.set(regional).is_ok()
            {
                known.filled += 1;
                slot = u16::try_from(known.filled).unwrap_or(0);
            }
        }
        known.answers.insert(key, slot);
        slot
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Args, ErrorCode, FallbackChain, Resolver};

    fn resolver() -> Resolver {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/locales/regional");
        Resolver::from_dir(dir).unwrap()
    }

    fn max(resolver: &Resolver, chain: &FallbackChain, value: &str) -> (String, String) {
        let code = ErrorCode::ContentLengthExceeded;
        let mut args = Args::new();
        args.set_parsed(code, "max", value).unwrap();
        let resolved = resolver.resolve(code, chain, &args).unwrap();
        let format = resolver.format_locale(chain, resolved.locale);
        (format.to_owned(), resolved.text.into_owned())
    }

    #[test]
    fn only_regions_that_format_differently_take_a_slot() {
        let resolver = resolver();
        let slot = |tag: &str| {
            let chain = resolver.negotiate_tag(tag).unwrap();
            chain.entries().next().map(|(_, slot)| slot).unwrap()
        };
        // de-DE, es-ES, en-GB and unknown regions format as their language does.
        for same in ["de", "de-DE", "de-ZZ", "es-ES", "en-GB", "pt-BR", "zh-TW"] {
            assert_eq!(slot(same), 0, "{same}");
        }
        let de_ch = slot("de-CH");
        assert_ne!(de_ch, 0);
        // The same request finds the same slot; another region gets another.
        assert_eq!(slot("de-CH"), de_ch);
        assert_eq!(slot("de-ch"), de_ch);
        assert_ne!(slot("de-AT"), 0);
        assert_ne!(slot("de-AT"), de_ch);
        assert_eq!(resolver.regional.get(de_ch).unwrap().tag, "de-CH");
        assert!(resolver.regional.get(0).is_none());
        assert!(resolver.regional.get(u16::MAX).is_none());
    }

    #[test]
    fn a_fallback_in_another_language_keeps_its_own_formatting() {
        let resolver = resolver();
        let chain = resolver.negotiate_accept_language("de-CH, es-MX;q=0.8");
        assert_eq!(resolver.chain_tags(&chain), ["de", "es", "en"]);
        let slots: Vec<u16> = chain.entries().map(|(_, slot)| slot).collect();
        assert!(slots[0] != 0 && slots[1] != 0 && slots[0] != slots[1]);
        assert_eq!(slots[2], 0);
        assert_eq!(
            max(&resolver, &chain, "1000000"),
            ("de-CH".to_owned(), "Höchstens 1'000'000 Zeichen".to_owned())
        );
    }

    #[test]
    fn slots_and_remembered_requests_are_bounded() {
        let mut resolver = resolver();
        resolver.regional = RegionalFormats::with_limits(2, 8);
        let format = |tag: &str| {
            let chain = resolver.negotiate_tag(tag).unwrap();
            max(&resolver, &chain, "1000000").0
        };
        assert_eq!(format("de-CH"), "de-CH");
        assert_eq!(format("de-AT"), "de-AT");
        // The slots are full: a third region formats as its language, and stays so.
        assert_eq!(format("pt-PT"), "pt");
        assert_eq!(format("pt-PT"), "pt");
        assert_eq!(format("de-CH"), "de-CH");
        // A flood of regions is remembered only up to the bound, then not even looked at.
        for region in ["AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI"] {
            assert_eq!(format(&format!("de-{region}")), "de");
        }
        let known = resolver.regional.known.read().unwrap();
        assert_eq!(known.answers.len(), 8);
        assert_eq!(known.filled, 2);
        drop(known);
        assert_eq!(format("es-MX"), "es");
        assert_eq!(format("de-AT"), "de-AT");
    }

    #[test]
    fn chains_stay_small_and_lookups_shared() {
        fn shared<T: Send + Sync>() {}
        shared::<Resolver>();
        assert!(std::mem::size_of::<FallbackChain>() <= 40);
        let resolver = resolver();
        let chain = resolver.negotiate_tag("pt-PT").unwrap();
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    let copy = chain;
                    assert_eq!(max(&resolver, &copy, "0").1, "No máximo 0 caracteres");
                });
            }
        });
    }
}
