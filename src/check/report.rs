//! Rendering the checker's findings: rustc-like text, JSON, GitHub annotations, and coverage.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::{Check, Diagnostic, MAX_FINDINGS_PER_CHECK, Severity, Suppressed};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// Like rustc: `path:line:col`, severity, check, the source line and a caret.
    Text,
    /// One JSON object with `diagnostics`, `suppressed` and `summary`.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::…`).
    Github,
    /// A Markdown table (coverage only).
    Markdown,
}

/// Coverage and findings for one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LocaleStats {
    /// Catalog messages present and not flagged `untranslated`.
    pub translated: usize,
    /// Catalog messages in all.
    pub total: usize,
    /// Error count, including errors not shown (see [`Report::suppressed`]).
    pub errors: usize,
    /// Warning count, including warnings not shown (see [`Report::suppressed`]).
    pub warnings: usize,
}

impl LocaleStats {
    /// The share of catalog messages translated, in percent (0 for an empty catalog).
    pub fn percent_translated(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.translated as f64 * 100.0 / self.total as f64
        }
    }
}

/// The checker's result.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Report {
    /// The findings, sorted by file, line and column: for each check and file, the first
    /// [`MAX_FINDINGS_PER_CHECK`] in file order.
    pub diagnostics: Vec<Diagnostic>,
    /// For each check and file with more than [`MAX_FINDINGS_PER_CHECK`] findings, how many
    /// more there were; sorted by file and check. They are counted in `stats`, but no
    /// [`Diagnostic`] is built for them, so memory does not grow with a file's findings.
    pub suppressed: Vec<Suppressed>,
    /// Per-locale coverage and counts (of every finding, shown or not).
    pub stats: BTreeMap<String, LocaleStats>,
}

impl Report {
    pub(crate) fn new(
        mut diagnostics: Vec<Diagnostic>,
        suppressed: Vec<Suppressed>,
        mut stats: BTreeMap<String, LocaleStats>,
    ) -> Self {
        diagnostics.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.check).cmp(&(&b.file, b.line, b.column, b.check))
        });
        diagnostics.dedup();
        for diagnostic in &diagnostics {
            let Some(entry) = stats.get_mut(&diagnostic.locale) else {
                continue;
            };
            match diagnostic.severity {
                Severity::Error => entry.errors += 1,
                Severity::Warning => entry.warnings += 1,
            }
            // A message counts as translated by its value; an untranslated `.detailed` form
            // is a warning of its own but does not undo that.
            if diagnostic.check == Check::Untranslated && diagnostic.attribute.is_none() {
                entry.translated = entry.translated.saturating_sub(1);
            }
        }
        for more in &suppressed {
            let Some(entry) = stats.get_mut(&more.locale) else {
                continue;
            };
            match more.severity {
                Severity::Error => entry.errors += more.count,
                Severity::Warning => entry.warnings += more.count,
            }
            entry.translated = entry.translated.saturating_sub(more.whole_messages);
        }
        Report {
            diagnostics,
            suppressed,
            stats,
        }
    }

    /// Whether any finding, shown or not, is an error.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// Whether any finding, shown or not, is a warning.
    pub fn has_warnings(&self) -> bool {
        self.count(Severity::Warning) > 0
    }

    /// How many findings, shown or not, have `severity`.
    pub(crate) fn count(&self, severity: Severity) -> usize {
        let shown = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count();
        let more: usize = self
            .suppressed
            .iter()
            .filter(|s| s.severity == severity)
            .map(|s| s.count)
            .sum();
        shown + more
    }

    /// The findings in `format` (Markdown falls back to text).
    pub fn render(&self, format: Format, root: &str) -> String {
        match format {
            Format::Json => self.json(),
            Format::Github => self.github(root),
            Format::Text | Format::Markdown => self.text(root),
        }
    }

    fn text(&self, root: &str) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            let _ = writeln!(out, "{}[{}]: {}", d.severity, d.check, d.message);
            let _ = writeln!(out, "  --> {}:{}:{}", join(root, &d.file), d.line, d.column);
            if !d.source_line.is_empty() {
                let gutter = d.line.to_string().len();
                let _ = writeln!(out, "{:gutter$} |", "");
                let _ = writeln!(out, "{} | {}", d.line, d.source_line);
                let _ = writeln!(
                    out,
                    "{:gutter$} | {}{}",
                    "",
                    " ".repeat(d.column.saturating_sub(1)),
                    "^".repeat(d.width.min(80))
                );
            }
            out.push('\n');
        }
        for more in &self.suppressed {
            let _ = writeln!(
                out,
                "… {} more `{}` findings in {} not shown (only the first {MAX_FINDINGS_PER_CHECK} of each check per file are listed)",
                more.count,
                more.check,
                join(root, &more.file)
            );
        }
        if !self.suppressed.is_empty() {
            out.push('\n');
        }
        let errors = self.count(Severity::Error);
        let warnings = self.count(Severity::Warning);
        let _ = writeln!(
            out,
            "checked {} locale(s): {errors} error(s), {warnings} warning(s)",
            self.stats.len()
        );
        out
    }

    fn json(&self) -> String {
        #[derive(Serialize)]
        struct Out<'a> {
            diagnostics: &'a [Diagnostic],
            suppressed: &'a [Suppressed],
            summary: &'a BTreeMap<String, LocaleStats>,
        }
        serde_json::to_string_pretty(&Out {
            diagnostics: &self.diagnostics,
            suppressed: &self.suppressed,
            summary: &self.stats,
        })
        .unwrap_or_default()
    }

    fn github(&self, root: &str) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let _ = writeln!(
                out,
                "::{level} file={},line={},col={},title={}::{}",
                escape_property(&join(root, &d.file)),
                d.line,
                d.column,
                escape_property(&format!("{} ({})", d.check, d.locale)),
                escape_data(&d.message)
            );
        }
        // A notice, not an error or warning: the findings themselves were annotated up to the
        // cap, and GitHub shows only a limited number of annotations per step anyway.
        for more in &self.suppressed {
            let _ = writeln!(
                out,
                "::notice file={},title={}::{}",
                escape_property(&join(root, &more.file)),
                escape_property(&format!("{} ({})", more.check, more.locale)),
                escape_data(&format!(
                    "{} more `{}` findings in this file not shown (only the first {MAX_FINDINGS_PER_CHECK} of each check per file are listed)",
                    more.count, more.check
                ))
            );
        }
        out
    }

    /// The coverage table in `format`.
    pub fn render_stats(&self, format: Format) -> String {
        let mut out = String::new();
        match format {
            Format::Json => {
                return serde_json::to_string_pretty(&self.stats).unwrap_or_default();
            }
            Format::Markdown => {
                out.push_str("| locale | translated | coverage | errors | warnings |\n");
                out.push_str("|---|---:|---:|---:|---:|\n");
                for (tag, s) in &self.stats {
                    let _ = writeln!(
                        out,
                        "| `{tag}` | {}/{} | {:.1}% | {} | {} |",
                        s.translated,
                        s.total,
                        s.percent_translated(),
                        s.errors,
                        s.warnings
                    );
                }
            }
            _ => {
                let _ = writeln!(
                    out,
                    "{:<10} {:>11} {:>9} {:>7} {:>9}",
                    "locale", "translated", "coverage", "errors", "warnings"
                );
                for (tag, s) in &self.stats {
                    let _ = writeln!(
                        out,
                        "{:<10} {:>11} {:>8.1}% {:>7} {:>9}",
                        tag,
                        format!("{}/{}", s.translated, s.total),
                        s.percent_translated(),
                        s.errors,
                        s.warnings
                    );
                }
            }
        }
        out
    }
}

fn join(root: &str, file: &str) -> String {
    if root.is_empty() {
        file.to_owned()
    } else {
        format!("{}/{file}", root.trim_end_matches('/'))
    }
}

/// GitHub's escaping for workflow command data.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub's escaping for workflow command properties.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn untranslated(attribute: Option<&str>, message: &str) -> Diagnostic {
        let mut diagnostic = Diagnostic::whole_file(
            "de",
            "de/users.ftl".to_owned(),
            Check::Untranslated,
            message.to_owned(),
        );
        diagnostic.severity = Severity::Warning;
        diagnostic.attribute = attribute.map(str::to_owned);
        diagnostic
    }

    fn translated_after(diagnostic: Diagnostic) -> usize {
        let stats = LocaleStats {
            translated: 10,
            total: 10,
            errors: 0,
            warnings: 0,
        };
        let report = Report::new(
            vec![diagnostic],
            Vec::new(),
            BTreeMap::from([("de".to_owned(), stats)]),
        );
        report.stats["de"].translated
    }

    #[test]
    fn suppressed_findings_alone_count_in_stats_and_status() {
        let stats = LocaleStats {
            translated: 10,
            total: 10,
            errors: 0,
            warnings: 0,
        };
        let more = |check, severity, count, whole_messages| Suppressed {
            locale: "de".to_owned(),
            file: "de/users.ftl".to_owned(),
            check,
            severity,
            count,
            whole_messages,
        };
        let warnings = Report::new(
            Vec::new(),
            vec![more(Check::Untranslated, Severity::Warning, 7, 3)],
            BTreeMap::from([("de".to_owned(), stats)]),
        );
        assert!(warnings.has_warnings() && !warnings.has_errors());
        assert_eq!(
            (
                warnings.stats["de"].warnings,
                warnings.stats["de"].translated
            ),
            (7, 7)
        );
        assert!(
            warnings
                .render(Format::Text, "")
                .contains("… 7 more `untranslated` findings in de/users.ftl not shown")
        );
        let errors = Report::new(
            Vec::new(),
            vec![more(Check::Syntax, Severity::Error, 2, 0)],
            BTreeMap::from([("de".to_owned(), stats)]),
        );
        assert!(errors.has_errors() && !errors.has_warnings());
        assert_eq!(errors.stats["de"].errors, 2);
    }

    #[test]
    fn coverage_follows_the_attribute_field_not_the_wording() {
        // Reworded messages: only the field decides.
        assert_eq!(
            translated_after(untranslated(None, "anything `.detailed`")),
            9
        );
        assert_eq!(
            translated_after(untranslated(Some("detailed"), "anything")),
            10
        );
    }
}
