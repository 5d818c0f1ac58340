//! Rendering the checker's findings: rustc-like text, JSON, GitHub annotations, and coverage.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use super::{Check, Diagnostic, Severity};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// Like rustc: `path:line:col`, severity, check, the source line and a caret.
    Text,
    /// One JSON object with `diagnostics` and `summary`.
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
    /// Error count.
    pub errors: usize,
    /// Warning count.
    pub warnings: usize,
}

/// The checker's result.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Report {
    /// Every finding, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
    /// Per-locale coverage and counts.
    pub stats: BTreeMap<String, LocaleStats>,
}

impl Report {
    pub(crate) fn new(
        mut diagnostics: Vec<Diagnostic>,
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
        Report { diagnostics, stats }
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }

    /// Whether any finding is a warning.
    pub fn has_warnings(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Warning)
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
        let errors = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        let warnings = self.diagnostics.len() - errors;
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
            summary: &'a BTreeMap<String, LocaleStats>,
        }
        serde_json::to_string_pretty(&Out {
            diagnostics: &self.diagnostics,
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
                        percent(s),
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
                        percent(s),
                        s.errors,
                        s.warnings
                    );
                }
            }
        }
        out
    }
}

fn percent(s: &LocaleStats) -> f64 {
    if s.total == 0 {
        0.0
    } else {
        s.translated as f64 * 100.0 / s.total as f64
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
        let report = Report::new(vec![diagnostic], BTreeMap::from([("de".to_owned(), stats)]));
        report.stats["de"].translated
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
