//! The capped collection of findings: at most [`MAX_FINDINGS_PER_CHECK`] diagnostics per check
//! and file are built, and the rest are only counted, so memory does not grow with the number
//! of findings however broken a file is.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::diagnostic::FileReporter;
use super::{Check, Diagnostic, Severity};

/// How many findings of one check in one file are kept as [`Diagnostic`]s; the rest are
/// counted in [`Report::suppressed`](super::Report::suppressed).
///
/// Above what a real file produces: a fresh copy of the largest `en` file gives 70
/// `untranslated` warnings, so a new locale still sees its whole list. A hundred
/// findings of one kind in one file are enough to see the pattern; more only cost memory and
/// scrolling (each kept finding may copy its source line, up to 1 KiB).
pub const MAX_FINDINGS_PER_CHECK: usize = 100;

/// Findings of one check in one file that were counted but not shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Suppressed {
    /// The locale's tag, e.g. `de`.
    pub locale: String,
    /// The file, relative to the locales root, e.g. `de/users.ftl`.
    pub file: String,
    /// Which check found them.
    pub check: Check,
    /// Their severity.
    pub severity: Severity,
    /// How many were not kept (beyond the first [`MAX_FINDINGS_PER_CHECK`]).
    pub count: usize,
    /// Of those, `untranslated` findings about a message's value rather than an attribute:
    /// each lowers the locale's translated count.
    #[serde(skip)]
    pub(crate) whole_messages: usize,
}

/// Counts for one check (and severity) in one file.
#[derive(Default)]
struct Tally {
    kept: usize,
    suppressed: usize,
    whole_messages: usize,
}

/// The counts for one file, by check and severity.
struct FileTallies {
    locale: String,
    checks: BTreeMap<(Check, Severity), Tally>,
}

/// The findings of a check run, capped per file and check.
#[derive(Default)]
pub(crate) struct Findings {
    kept: Vec<Diagnostic>,
    /// Per file, then per check: one small map per file, whatever the number of findings.
    tallies: HashMap<String, FileTallies>,
}

impl Findings {
    /// Counts a finding and says whether to build it. The caller builds the diagnostic (and its
    /// message) only when this is true, so suppressed findings allocate nothing.
    fn admit(
        &mut self,
        locale: &str,
        file: &str,
        check: Check,
        severity: Severity,
        in_attribute: bool,
    ) -> bool {
        // Look up by `&str` first so a known file costs no allocation.
        if !self.tallies.contains_key(file) {
            self.tallies.insert(
                file.to_owned(),
                FileTallies {
                    locale: locale.to_owned(),
                    checks: BTreeMap::new(),
                },
            );
        }
        let Some(tallies) = self.tallies.get_mut(file) else {
            return false;
        };
        let tally = tallies.checks.entry((check, severity)).or_default();
        if tally.kept < MAX_FINDINGS_PER_CHECK {
            tally.kept += 1;
            true
        } else {
            tally.suppressed += 1;
            if check == Check::Untranslated && !in_attribute {
                tally.whole_messages += 1;
            }
            false
        }
    }

    /// Adds an already built diagnostic (kept if under the cap, else only counted).
    pub(crate) fn push(&mut self, diagnostic: Diagnostic) {
        if self.admit(
            &diagnostic.locale,
            &diagnostic.file,
            diagnostic.check,
            diagnostic.severity,
            diagnostic.attribute.is_some(),
        ) {
            self.kept.push(diagnostic);
        }
    }

    /// A finding at a slice of `reporter`'s file; `message` runs only if it is kept.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn at_slice(
        &mut self,
        reporter: &FileReporter<'_>,
        part: &str,
        severity: Severity,
        check: Check,
        id: Option<&str>,
        attribute: Option<&str>,
        message: impl FnOnce() -> String,
    ) {
        if self.admit(
            reporter.locale,
            reporter.file,
            check,
            severity,
            attribute.is_some(),
        ) {
            let diagnostic = reporter.at_slice(part, severity, check, id, message());
            self.kept.push(match attribute {
                Some(attribute) => diagnostic.in_attribute(attribute),
                None => diagnostic,
            });
        }
    }

    /// A finding at a byte offset of `reporter`'s file; `message` runs only if it is kept.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn at(
        &mut self,
        reporter: &FileReporter<'_>,
        offset: usize,
        width: usize,
        severity: Severity,
        check: Check,
        id: Option<&str>,
        attribute: Option<&str>,
        message: impl FnOnce() -> String,
    ) {
        if self.admit(
            reporter.locale,
            reporter.file,
            check,
            severity,
            attribute.is_some(),
        ) {
            let diagnostic = reporter.at(offset, width, severity, check, id, message());
            self.kept.push(match attribute {
                Some(attribute) => diagnostic.in_attribute(attribute),
                None => diagnostic,
            });
        }
    }

    /// Adds the findings of another run over other files (another locale).
    pub(crate) fn merge(&mut self, other: Findings) {
        self.kept.extend(other.kept);
        self.tallies.extend(other.tallies);
    }

    /// The kept diagnostics and the suppressed counts, sorted by file and check.
    pub(crate) fn finish(self) -> (Vec<Diagnostic>, Vec<Suppressed>) {
        let mut suppressed = Vec::new();
        for (file, tallies) in self.tallies {
            for ((check, severity), tally) in tallies.checks {
                if tally.suppressed > 0 {
                    suppressed.push(Suppressed {
                        locale: tallies.locale.clone(),
                        file: file.clone(),
                        check,
                        severity,
                        count: tally.suppressed,
                        whole_messages: tally.whole_messages,
                    });
                }
            }
        }
        suppressed
            .sort_by(|a, b| (&a.file, a.check, a.severity).cmp(&(&b.file, b.check, b.severity)));
        (self.kept, suppressed)
    }
}
