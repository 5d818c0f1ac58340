//! The shared state: the live locale set behind an atomic pointer, metrics and reload status.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use arc_swap::ArcSwap;
use tokio::sync::watch;

use super::metrics::Metrics;
use super::preview;
use crate::check::{Diagnostic, Report, Severity};
use crate::resolver::Resolver;
use crate::resources::LocaleSet;

/// One locale set that passed the checker, ready to serve. Never changed once built: a reload
/// builds a new one and swaps the pointer, so a request that loaded this one sees it whole.
pub(crate) struct Loaded {
    pub(crate) resolver: Arc<Resolver>,
    /// A hash of every file in the set: the `/metrics` version and the base of catalog ETags.
    pub(crate) version: String,
    pub(crate) loaded_at_unix: u64,
    /// The checker's report on this set, kept for the preview page's findings and coverage;
    /// `None` for a resolver that was given as is, without its files.
    pub(crate) report: Option<Report>,
}

impl Loaded {
    /// A set that passed the checker with `report`.
    pub(crate) fn new(resolver: Resolver, version: String, report: Report) -> Self {
        Loaded {
            report: Some(report),
            ..Self::shared(Arc::new(resolver), version)
        }
    }

    pub(crate) fn shared(resolver: Arc<Resolver>, version: String) -> Self {
        Loaded {
            resolver,
            version,
            loaded_at_unix: unix_now(),
            report: None,
        }
    }

    /// The checker's warnings on this set, listed or not (they do not block a reload).
    pub(crate) fn warnings(&self) -> usize {
        self.report
            .as_ref()
            .map_or(0, |report| report.count(Severity::Warning))
    }
}

/// Why the newest edit is not live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReloadFailure {
    pub(crate) at_unix: u64,
    /// The rejected set's version, when it could be read.
    pub(crate) version: Option<String>,
    /// One line: what failed and what to do.
    pub(crate) reason: String,
    /// The checker's errors (at most [`MAX_REPORTED_DIAGNOSTICS`]).
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// How many errors there were in all.
    pub(crate) errors: usize,
}

/// `/healthz` lists at most this many diagnostics; the log has all of them.
pub(crate) const MAX_REPORTED_DIAGNOSTICS: usize = 20;

pub(crate) struct AppState {
    current: ArcSwap<Loaded>,
    pub(crate) metrics: Metrics,
    /// The directory being watched, when live reload is on.
    pub(crate) locales_dir: Option<PathBuf>,
    failure: Mutex<Option<ReloadFailure>>,
    /// Counts changes of what is served or reported (a swap, a rejected set, a failure
    /// cleared), so that open preview pages learn of them.
    changes: watch::Sender<u64>,
    /// Becomes true when the server begins to shut down, ending long-lived responses.
    closing: watch::Sender<bool>,
    /// The preview page's per-set cache and its event-stream slots.
    pub(crate) preview: preview::Cache,
}

impl AppState {
    pub(crate) fn new(loaded: Loaded, locales_dir: Option<PathBuf>) -> Self {
        AppState {
            current: ArcSwap::from_pointee(loaded),
            metrics: Metrics::new(),
            locales_dir,
            failure: Mutex::new(None),
            changes: watch::Sender::new(0),
            closing: watch::Sender::new(false),
            preview: preview::Cache::new(),
        }
    }

    /// The live set. Hold the returned `Arc` for the whole request so it sees one set.
    pub(crate) fn current(&self) -> Arc<Loaded> {
        self.current.load_full()
    }

    /// Makes `loaded` live and clears any reported failure: first the failure, so that a
    /// client that sees the new set never sees the old failure after it.
    pub(crate) fn swap(&self, loaded: Loaded) {
        *self.failure.lock().unwrap_or_else(PoisonError::into_inner) = None;
        self.current.store(Arc::new(loaded));
        self.changed();
    }

    pub(crate) fn set_failure(&self, failure: ReloadFailure) {
        *self.failure.lock().unwrap_or_else(PoisonError::into_inner) = Some(failure);
        self.changed();
    }

    pub(crate) fn clear_failure(&self) {
        let had = self
            .failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
            .is_some();
        // Every unchanged reload clears; only the end of a reported failure is news.
        if had {
            self.changed();
        }
    }

    fn changed(&self) {
        self.changes.send_modify(|generation| *generation += 1);
    }

    /// How many changes there have been: a page rendered at one generation is current until
    /// the next.
    pub(crate) fn generation(&self) -> u64 {
        *self.changes.borrow()
    }

    /// Wakes on every change after the call.
    pub(crate) fn subscribe(&self) -> watch::Receiver<u64> {
        self.changes.subscribe()
    }

    /// Ends long-lived responses (the preview's event streams) so that shutdown need not
    /// wait for them.
    pub(crate) fn begin_shutdown(&self) {
        self.closing.send_replace(true);
    }

    /// Sees `true` once [`AppState::begin_shutdown`] was called.
    pub(crate) fn closing(&self) -> watch::Receiver<bool> {
        self.closing.subscribe()
    }

    pub(crate) fn failure(&self) -> Option<ReloadFailure> {
        self.failure
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

pub(crate) fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// FNV-1a, 64 bits: stable across builds and platforms (std's hasher is not), and ample for
/// telling locale sets apart.
pub(crate) struct Fnv(u64);

impl Fnv {
    pub(crate) fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    /// Adds `bytes` and a separator, so `("ab", "c")` and `("a", "bc")` differ.
    pub(crate) fn write(&mut self, bytes: &[u8]) -> &mut Self {
        for &byte in bytes.iter().chain(&[0xff]) {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }

    pub(crate) fn finish(&self) -> u64 {
        self.0
    }
}

/// The version of a resolver's set, from what it loaded: every locale's tag and file texts.
pub(crate) fn version_of_resolver(resolver: &Resolver) -> String {
    let mut hash = Fnv::new();
    for (tag, texts) in resolver.sources() {
        hash.write(tag.as_bytes());
        for text in texts {
            hash.write(text.as_bytes());
        }
    }
    format!("{:016x}", hash.finish())
}

/// The version of a set: a hash of every locale's tag, file names, texts and allow-list.
pub(crate) fn version_of(set: &LocaleSet) -> String {
    let mut hash = Fnv::new();
    for locale in &set.locales {
        hash.write(locale.tag.as_bytes());
        for file in &locale.files {
            hash.write(file.name.as_bytes()).write(file.text.as_bytes());
        }
        for word in &locale.allow_untranslated {
            hash.write(word.as_bytes());
        }
    }
    format!("{:016x}", hash.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_follows_the_content() {
        let set = LocaleSet::embedded();
        assert_eq!(version_of(&set), version_of(&LocaleSet::embedded()));
        let mut edited = set.clone();
        edited.locales[0].files[0]
            .text
            .to_mut()
            .push_str("\n# a comment\n");
        assert_ne!(version_of(&set), version_of(&edited));
        assert_eq!(version_of(&set).len(), 16);
    }

    /// `/healthz` took the warning count from the listed findings, which the checker caps
    /// per check and file, so warnings past the cap went uncounted.
    #[test]
    fn warnings_past_the_listing_cap_are_counted() {
        use crate::check::{Check, Suppressed};
        let report = Report::new(
            Vec::new(),
            vec![Suppressed {
                locale: "de".to_owned(),
                file: "de/users.ftl".to_owned(),
                check: Check::Untranslated,
                severity: Severity::Warning,
                count: 250,
                whole_messages: 0,
            }],
            std::collections::BTreeMap::new(),
        );
        let resolver = Resolver::embedded().unwrap();
        assert_eq!(
            Loaded::new(resolver, "v".to_owned(), report).warnings(),
            250
        );
    }
}
