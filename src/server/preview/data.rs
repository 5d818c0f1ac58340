//! What the preview shows for one live set, built once per set: every locale's text for every
//! code through the resolver, at the sample values, with the checker's findings beside it.

use std::collections::HashMap;

use fluent_syntax::ast;
use icu_locale::Locale;

use super::samples::{self, Sample};
use crate::catalog::ErrorCode;
use crate::check::{Diagnostic, LocaleStats, Report, Severity};
use crate::format::args::Args;
use crate::negotiate::TagError;
use crate::resolver::{FallbackChain, Resolver};
use crate::resources::DEFAULT_LOCALE;

/// One code's text in one locale, as the API would send it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Text {
    /// The text, or why there is none.
    pub(crate) text: Result<String, String>,
    /// The locale that supplied it, when it is not the column's own (a fallback).
    pub(crate) from: Option<String>,
}

/// A code rendered at one value set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shown {
    pub(crate) label: String,
    pub(crate) category: Option<&'static str>,
    pub(crate) text: Text,
}

/// A checker finding, with what a reader needs to find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Finding {
    pub(crate) severity: Severity,
    pub(crate) check: &'static str,
    pub(crate) file: String,
    pub(crate) line: usize,
    pub(crate) message: String,
}

impl From<&Diagnostic> for Finding {
    fn from(d: &Diagnostic) -> Self {
        Finding {
            severity: d.severity,
            check: d.check.name(),
            file: d.file.clone(),
            line: d.line,
            message: d.message.clone(),
        }
    }
}

/// One code in one locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cell {
    pub(crate) plain: Text,
    /// The code at the values that matter for this locale (none for codes without values).
    pub(crate) shown: Vec<Shown>,
    pub(crate) findings: Vec<Finding>,
}

/// One locale: its coverage and, per code in catalog order, its cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Column {
    pub(crate) tag: String,
    pub(crate) rtl: bool,
    /// A pseudo-locale made from `en` for testing layouts, not a translation.
    pub(crate) pseudo: bool,
    /// The checker's coverage; `None` for pseudo-locales and without a report.
    pub(crate) stats: Option<LocaleStats>,
    /// Findings about the locale that concern no one message (files, layout, folders), and
    /// a line for each group of findings the bounded checker counted but did not list.
    pub(crate) loose: Vec<Finding>,
    pub(crate) unlisted: Vec<String>,
    pub(crate) cells: Vec<Cell>,
}

/// Everything about one live set that the page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SetData {
    pub(crate) origin: String,
    pub(crate) version: String,
    /// Whether checker findings are known (not for a resolver given as is).
    pub(crate) checked: bool,
    /// The `en` comment above each code's message, in catalog order.
    pub(crate) comments: Vec<String>,
    pub(crate) columns: Vec<Column>,
}

impl SetData {
    /// Renders every code in every locale of `resolver` once; `report` is the checker's on
    /// the same files.
    pub(crate) fn build(resolver: &Resolver, version: &str, report: Option<&Report>) -> Self {
        let mut findings = Findings::from_report(report);
        let comments = en_comments(resolver);
        let columns =
            resolver
                .locale_layouts()
                .map(|(tag, rtl, pseudo)| {
                    // What a request for this tag gets, negotiated once for the whole column.
                    let chain = resolver.negotiate_tag(tag);
                    let boundaries = Locale::try_from_str(tag)
                        .map(|locale| samples::plural_boundaries(&locale))
                        .ok();
                    let render = |code, args: &Args| render(resolver, tag, &chain, code, args);
                    let stats = report.and_then(|report| stats_for(report, tag));
                    let cells =
                        ErrorCode::ALL
                            .iter()
                            .map(|&code| Cell {
                                plain: render(code, &Args::new()),
                                shown: boundaries
                                    .as_deref()
                                    .map(|boundaries| {
                                        samples::samples(code, boundaries)
                                    .into_iter()
                                    .map(|Sample { label, category, args }| Shown {
                                        text: render(code, &args),
                                        label,
                                        category,
                                    })
                                    .collect()
                                    })
                                    .unwrap_or_default(),
                                findings: findings.take(tag, code.message_id()),
                            })
                            .collect();
                    let (loose, unlisted) = findings.rest_of(tag);
                    Column {
                        tag: tag.to_owned(),
                        rtl,
                        pseudo,
                        stats,
                        loose,
                        unlisted,
                        cells,
                    }
                })
                .collect();
        SetData {
            origin: resolver.origin().to_owned(),
            version: version.to_owned(),
            checked: report.is_some(),
            comments,
            columns,
        }
    }
}

/// `code` with `args` through `chain`, the column's chain for the locale `tag`, as the API
/// resolves it.
fn render(
    resolver: &Resolver,
    tag: &str,
    chain: &Result<FallbackChain, TagError>,
    code: ErrorCode,
    args: &Args,
) -> Text {
    let chain = match chain {
        Ok(chain) => chain,
        Err(err) => {
            return Text {
                text: Err(err.to_string()),
                from: None,
            };
        }
    };
    match resolver.resolve(code, chain, args) {
        Ok(resolved) => Text {
            from: (resolved.locale != tag).then(|| resolved.locale.to_owned()),
            text: Ok(resolved.text.into_owned()),
        },
        Err(err) => Text {
            text: Err(err.to_string()),
            from: None,
        },
    }
}

fn stats_for(report: &Report, tag: &str) -> Option<LocaleStats> {
    report
        .stats
        .iter()
        .find(|(folder, _)| folder.eq_ignore_ascii_case(tag))
        .map(|(_, stats)| *stats)
}

/// The report's findings, handed out by locale and message.
#[derive(Default)]
struct Findings {
    /// Keyed by the locale folder's name in lower case (folder names are matched to tags
    /// case-insensitively, as the loader does) and the message ID.
    by_message: HashMap<(String, String), Vec<Finding>>,
    loose: HashMap<String, Vec<Finding>>,
    unlisted: HashMap<String, Vec<String>>,
}

impl Findings {
    fn from_report(report: Option<&Report>) -> Self {
        let mut findings = Findings::default();
        let Some(report) = report else {
            return findings;
        };
        for diagnostic in &report.diagnostics {
            let locale = diagnostic.locale.to_ascii_lowercase();
            let finding = Finding::from(diagnostic);
            match &diagnostic.id {
                Some(id) => findings
                    .by_message
                    .entry((locale, id.clone()))
                    .or_default()
                    .push(finding),
                None => findings.loose.entry(locale).or_default().push(finding),
            }
        }
        for more in &report.suppressed {
            findings
                .unlisted
                .entry(more.locale.to_ascii_lowercase())
                .or_default()
                .push(format!(
                    "{} more `{}` findings in {} are not listed",
                    more.count, more.check, more.file
                ));
        }
        findings
    }

    fn take(&mut self, tag: &str, id: &str) -> Vec<Finding> {
        self.by_message
            .remove(&(tag.to_ascii_lowercase(), id.to_owned()))
            .unwrap_or_default()
    }

    /// The locale's findings that no catalog message took: about files, or about IDs that
    /// are not (or no longer) in the catalog.
    fn rest_of(&mut self, tag: &str) -> (Vec<Finding>, Vec<String>) {
        let key = tag.to_ascii_lowercase();
        let mut loose = self.loose.remove(&key).unwrap_or_default();
        let stray: Vec<_> = self
            .by_message
            .keys()
            .filter(|(locale, _)| *locale == key)
            .cloned()
            .collect();
        for id in stray {
            loose.extend(self.by_message.remove(&id).unwrap_or_default());
        }
        loose.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        (loose, self.unlisted.remove(&key).unwrap_or_default())
    }
}

/// The comment above each code's message in `en`, which tells translators what it means.
fn en_comments(resolver: &Resolver) -> Vec<String> {
    let mut found: HashMap<String, String> = HashMap::new();
    for (tag, texts) in resolver.sources() {
        if tag != DEFAULT_LOCALE {
            continue;
        }
        for text in texts {
            // A file with syntax errors still yields the entries around them.
            let resource =
                fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry
                    && let Some(comment) = message.comment
                {
                    found
                        .entry(message.id.name.to_owned())
                        .or_insert_with(|| comment.content.join("\n"));
                }
            }
        }
    }
    ErrorCode::ALL
        .iter()
        .map(|code| found.remove(code.message_id()).unwrap_or_default())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resources::LocaleSet;

    #[test]
    fn every_locale_has_every_code_with_findings_by_message() {
        let set = LocaleSet::from_memory([
            (
                "en",
                "headers.ftl",
                &b"# What the tag is.\nlanguage-tag-incorrect = Language tag incorrect\n"[..],
            ),
            (
                "en",
                "parameters.ftl",
                &b"parameter-error = Parameter error\n"[..],
            ),
            (
                "de",
                "headers.ftl",
                &b"language-tag-incorrect = Falsch\n"[..],
            ),
        ])
        .unwrap();
        let report = crate::check::check(&set, &[]);
        let resolver = Resolver::from_set(&set).unwrap();
        let data = SetData::build(&resolver, "v1", Some(&report));
        let tags: Vec<_> = data.columns.iter().map(|c| c.tag.as_str()).collect();
        assert_eq!(tags, ["de", "en", "en-XA", "ar-XB"]);
        let index = ErrorCode::LanguageTagIncorrect.index();
        assert_eq!(data.comments[index], "What the tag is.");
        let de = &data.columns[0];
        assert_eq!(de.cells.len(), ErrorCode::ALL.len());
        assert_eq!(de.cells[index].plain.text.as_deref(), Ok("Falsch"));
        assert_eq!(de.cells[index].plain.from, None);
        // Every other code is missing: an error on that message, and the text from `en`.
        let other = ErrorCode::ParameterError.index();
        assert_eq!(de.cells[other].plain.from.as_deref(), Some("en"));
        assert!(
            de.cells[other]
                .findings
                .iter()
                .any(|f| f.check == "missing-message" && f.file == "de/parameters.ftl"),
            "{:?}",
            de.cells[other].findings
        );
        assert!(data.columns[3].rtl && data.columns[3].pseudo);
        assert!(!de.rtl && !de.pseudo && de.stats.is_some());
    }
}
