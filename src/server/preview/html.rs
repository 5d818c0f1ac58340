//! The page's HTML. Every text that comes from files, the checker or the request goes through
//! [`push_escaped`]; the markup around it is fixed.
//!
//! Rows and cells are rendered once per live set ([`Page::new`]); a request only picks and
//! joins them ([`Page::render`]).

use std::fmt::Write as _;

use super::data::{Cell, Column, Finding, SetData, Text};
use crate::catalog::{ArgKind, ErrorCode, Group};
use crate::server::state::ReloadFailure;

/// Appends `text` with the five characters that HTML gives meaning to replaced, so it reads as
/// text both between tags and inside quoted attribute values.
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
}

pub(crate) fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

/// What one request asks to see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct View {
    /// Indices into the set's columns, in the order asked for.
    pub(crate) columns: Vec<usize>,
    pub(crate) group: Option<Group>,
    /// Only messages with findings in a shown locale.
    pub(crate) flagged: bool,
    /// Text to look for (case-insensitive) in codes, IDs, comments and shown texts.
    pub(crate) search: String,
    /// Locale tags asked for that the set does not have.
    pub(crate) unknown: Vec<String>,
}

/// The state of the service when the page is rendered.
pub(crate) struct Live<'a> {
    pub(crate) generation: u64,
    pub(crate) failure: Option<&'a ReloadFailure>,
    pub(crate) reloading: bool,
    /// The versioned URLs of the script and the style sheet.
    pub(crate) script: &'a str,
    pub(crate) style: &'a str,
}

/// One code in one locale, ready to join into a row.
struct PreparedCell {
    html: String,
    /// Lower-cased texts, for search.
    search: String,
    flagged: bool,
}

/// One live set's page parts.
pub(crate) struct Page {
    /// The set's data, without its cells (kept as HTML in `cells`).
    pub(crate) data: SetData,
    /// Per code: the row's first cells (code, ID, group, comment, value field).
    heads: Vec<String>,
    /// Per code: the lower-cased number, ID and comment, for search.
    head_search: Vec<String>,
    /// Per column, per code.
    cells: Vec<Vec<PreparedCell>>,
}

impl Page {
    pub(crate) fn new(mut data: SetData) -> Page {
        let heads = ErrorCode::ALL
            .iter()
            .map(|&code| row_head(code, data.comments.get(code.index()).map_or("", |c| c)))
            .collect();
        let head_search = ErrorCode::ALL
            .iter()
            .map(|&code| {
                let comment = data.comments.get(code.index()).map_or("", |c| c);
                format!("{code} {} {comment}", code.message_id()).to_lowercase()
            })
            .collect();
        let cells = data
            .columns
            .iter_mut()
            .map(|column| {
                // Rendered once here; the page keeps the HTML, not the cells as well.
                let cells = std::mem::take(&mut column.cells);
                cells
                    .iter()
                    .map(|cell| prepare_cell(column, cell))
                    .collect()
            })
            .collect();
        Page {
            data,
            heads,
            head_search,
            cells,
        }
    }

    /// The index of the column for `tag` (case-insensitive).
    pub(crate) fn column(&self, tag: &str) -> Option<usize> {
        self.data
            .columns
            .iter()
            .position(|column| column.tag.eq_ignore_ascii_case(tag))
    }

    /// Every real (not pseudo) locale: what the page shows when no locale is asked for.
    pub(crate) fn default_columns(&self) -> Vec<usize> {
        (0..self.data.columns.len())
            .filter(|&index| self.data.columns.get(index).is_some_and(|c| !c.pseudo))
            .collect()
    }

    /// Whether the row of code number `index` passes the view's filters.
    fn shows(&self, index: usize, code: ErrorCode, view: &View, needle: &str) -> bool {
        if view.group.is_some_and(|group| code.group() != group) {
            return false;
        }
        let cells = || {
            view.columns
                .iter()
                .filter_map(|&column| self.cells.get(column).and_then(|cells| cells.get(index)))
        };
        if view.flagged && !cells().any(|cell| cell.flagged) {
            return false;
        }
        needle.is_empty()
            || self
                .head_search
                .get(index)
                .is_some_and(|text| text.contains(needle))
            || cells().any(|cell| cell.search.contains(needle))
    }

    /// The whole page for `view`.
    pub(crate) fn render(&self, view: &View, live: &Live<'_>) -> String {
        let data = &self.data;
        let mut out = String::with_capacity(32 * 1024 + 512 * view.columns.len() * 220);
        out.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.push_str("<title>Fresns error messages: preview</title>\n");
        let _ = writeln!(
            out,
            "<link rel=\"stylesheet\" href=\"{}\">\n<script src=\"{}\" defer></script>",
            escaped(live.style),
            escaped(live.script)
        );
        let _ = writeln!(
            out,
            "</head>\n<body data-generation=\"{}\">",
            live.generation
        );
        out.push_str("<header>\n<h1>Fresns error messages</h1>\n<p class=\"meta\">");
        push_escaped(&mut out, &data.origin);
        out.push_str(" · version <code id=\"version\">");
        push_escaped(&mut out, &data.version);
        out.push_str("</code> · ");
        out.push_str(if live.reloading {
            "edits go live once the checker passes"
        } else {
            "not reloading"
        });
        out.push_str(" · <span id=\"live\">static</span></p>\n</header>\n");
        banner(&mut out, live.failure, &data.version);
        coverage(&mut out, data);
        self.controls(&mut out, view);
        self.table(&mut out, view);
        out.push_str("</body>\n</html>\n");
        out
    }

    fn controls(&self, out: &mut String, view: &View) {
        out.push_str("<form id=\"controls\" method=\"get\" action=\"preview\">\n");
        out.push_str("<fieldset id=\"picker\"><legend>Locales</legend>\n");
        for (index, column) in self.data.columns.iter().enumerate() {
            let checked = if view.columns.contains(&index) {
                " checked"
            } else {
                ""
            };
            let tag = escaped(&column.tag);
            let _ = write!(
                out,
                "<label><input type=\"checkbox\" name=\"locales\" value=\"{tag}\"{checked}> {tag}"
            );
            if column.pseudo {
                out.push_str(" <small>(pseudo)</small>");
            }
            out.push_str("</label>\n");
        }
        for unknown in &view.unknown {
            out.push_str("<p class=\"note\">No locale <code>");
            push_escaped(out, unknown);
            out.push_str("</code> in this set.</p>\n");
        }
        out.push_str("</fieldset>\n<label>Group <select name=\"group\">");
        out.push_str("<option value=\"\">all groups</option>");
        for group in Group::ALL {
            let selected = if view.group == Some(group) {
                " selected"
            } else {
                ""
            };
            let _ = write!(
                out,
                "<option value=\"{0}\"{selected}>{0}</option>",
                group.name()
            );
        }
        out.push_str("</select></label>\n");
        let flagged = if view.flagged { " checked" } else { "" };
        let _ = writeln!(
            out,
            "<label><input type=\"checkbox\" name=\"findings\" value=\"1\"{flagged}> has findings</label>"
        );
        out.push_str("<label>Search <input type=\"search\" name=\"q\" value=\"");
        push_escaped(out, &view.search);
        out.push_str("\" placeholder=\"code, ID or text\"></label>\n");
        out.push_str("<button type=\"submit\" class=\"nojs\">Apply</button>\n</form>\n");
    }

    fn table(&self, out: &mut String, view: &View) {
        let needle = view.search.trim().to_lowercase();
        let mut rows = String::new();
        let mut count = 0;
        for (index, &code) in ErrorCode::ALL.iter().enumerate() {
            if !self.shows(index, code, view, &needle) {
                continue;
            }
            count += 1;
            let flagged = view.columns.iter().any(|&column| {
                self.cells
                    .get(column)
                    .and_then(|cells| cells.get(index))
                    .is_some_and(|cell| cell.flagged)
            });
            let _ = write!(
                rows,
                "<tr data-code=\"{}\" data-group=\"{}\"{}>",
                code.number(),
                code.group().name(),
                if flagged { " class=\"flagged\"" } else { "" }
            );
            rows.push_str(self.heads.get(index).map_or("", |head| head));
            for &column in &view.columns {
                if let Some(cell) = self.cells.get(column).and_then(|cells| cells.get(index)) {
                    rows.push_str(&cell.html);
                }
            }
            rows.push_str("</tr>\n");
        }
        let _ = writeln!(
            out,
            "<p id=\"count\"><strong>{count}</strong> of {} messages</p>",
            ErrorCode::ALL.len()
        );
        out.push_str("<table id=\"messages\">\n<thead><tr><th scope=\"col\">Code</th>");
        out.push_str("<th scope=\"col\">Message ID · group</th>");
        out.push_str("<th scope=\"col\">What it means (en)</th>");
        for &column in &view.columns {
            if let Some(column) = self.data.columns.get(column) {
                let tag = escaped(&column.tag);
                let _ = write!(
                    out,
                    "<th scope=\"col\" data-locale=\"{tag}\" lang=\"{tag}\">{tag}</th>"
                );
            }
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        out.push_str(&rows);
        out.push_str("</tbody>\n</table>\n");
    }
}

/// The code, its ID and group (with a field to try values, for codes that take them), and the
/// comment.
fn row_head(code: ErrorCode, comment: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<th scope=\"row\" class=\"code\">{}</th><td class=\"id\"><code>",
        code.number()
    );
    push_escaped(&mut out, code.message_id());
    let _ = write!(
        out,
        "</code> <span class=\"group\">{}</span>",
        code.group().name()
    );
    if !code.args().is_empty() {
        let _ = write!(
            out,
            "<form class=\"try\" data-code=\"{}\" action=\"v1/errors/{0}\" method=\"get\">",
            code.number()
        );
        for spec in code.args() {
            let example = match spec.kind {
                ArgKind::Duration => "1h30m",
                ArgKind::Count => "21",
                ArgKind::Bytes => "10MB",
                ArgKind::Text => "exe",
            };
            let _ = write!(
                out,
                "<label>${0} <input name=\"{0}\" placeholder=\"{example}\" size=\"6\" required></label> ",
                spec.name
            );
        }
        out.push_str("<button type=\"submit\">Try</button></form>");
    }
    out.push_str("</td>");
    out.push_str("<td class=\"note\">");
    push_escaped(&mut out, comment);
    out.push_str("</td>");
    out
}

fn prepare_cell(column: &Column, cell: &Cell) -> PreparedCell {
    let tag = escaped(&column.tag);
    let dir = if column.rtl { "rtl" } else { "ltr" };
    let mut html = String::new();
    let mut classes = String::from("cell");
    if cell.plain.from.is_some() {
        classes.push_str(" fallback");
    }
    if !cell.findings.is_empty() {
        classes.push_str(" flagged");
    }
    let _ = write!(
        html,
        "<td data-locale=\"{tag}\" lang=\"{tag}\" dir=\"{dir}\" class=\"{classes}\">"
    );
    html.push_str("<p class=\"plain\">");
    text(&mut html, &cell.plain);
    html.push_str("</p>");
    if !cell.shown.is_empty() {
        html.push_str("<ul class=\"shown\">");
        for shown in &cell.shown {
            html.push_str("<li><span class=\"at\" dir=\"ltr\" lang=\"en\">");
            push_escaped(&mut html, &shown.label);
            if let Some(category) = shown.category {
                let _ = write!(html, " <i>{category}</i>");
            }
            html.push_str("</span> ");
            text(&mut html, &shown.text);
            html.push_str("</li>");
        }
        html.push_str("</ul>");
    }
    findings(&mut html, &cell.findings);
    html.push_str("</td>");
    let mut search = String::new();
    for shown in std::iter::once(&cell.plain).chain(cell.shown.iter().map(|s| &s.text)) {
        if let Ok(text) = &shown.text {
            search.push_str(&text.to_lowercase());
            search.push('\n');
        }
    }
    PreparedCell {
        html,
        search,
        flagged: !cell.findings.is_empty(),
    }
}

/// A resolved text, marked when another locale supplied it or when there is none.
fn text(out: &mut String, shown: &Text) {
    match &shown.text {
        Ok(text) => {
            out.push_str("<span class=\"text\">");
            push_escaped(out, text);
            out.push_str("</span>");
        }
        Err(why) => {
            out.push_str("<span class=\"none\" dir=\"ltr\" lang=\"en\">");
            push_escaped(out, why);
            out.push_str("</span>");
        }
    }
    if let Some(from) = &shown.from {
        out.push_str(" <span class=\"from\" dir=\"ltr\" lang=\"en\">from ");
        push_escaped(out, from);
        out.push_str("</span>");
    }
}

fn findings(out: &mut String, findings: &[Finding]) {
    if findings.is_empty() {
        return;
    }
    out.push_str("<ul class=\"findings\" dir=\"ltr\" lang=\"en\">");
    for finding in findings {
        let _ = write!(out, "<li class=\"{}\"><code>", finding.severity);
        push_escaped(out, &finding.file);
        let _ = write!(out, ":{}</code> ", finding.line);
        push_escaped(out, &finding.message);
        let _ = write!(out, " <span class=\"check\">{}</span></li>", finding.check);
    }
    out.push_str("</ul>");
}

/// Why the newest edit is not live, with the checker's findings on it; an empty, hidden
/// section when it is, so the script has one element to replace either way.
fn banner(out: &mut String, failure: Option<&ReloadFailure>, version: &str) {
    let Some(failure) = failure else {
        out.push_str("<section id=\"banner\" hidden></section>\n");
        return;
    };
    out.push_str("<section id=\"banner\" role=\"alert\">\n<h2>The last edit is not live</h2>\n<p>");
    push_escaped(out, &failure.reason);
    out.push_str("</p>\n");
    if !failure.diagnostics.is_empty() {
        out.push_str("<ul class=\"findings\">");
        for d in &failure.diagnostics {
            // Worded as the log and /healthz give it: `file:line:column: severity[check]: message`.
            out.push_str("<li class=\"error\"><code>");
            push_escaped(out, &d.file);
            let _ = write!(
                out,
                ":{}:{}</code> {}[{}]: ",
                d.line, d.column, d.severity, d.check
            );
            push_escaped(out, &d.message);
            out.push_str("</li>");
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<p>");
    let listed = failure.diagnostics.len();
    if failure.errors > listed && listed > 0 {
        let _ = write!(
            out,
            "{} errors in all, the first {listed} listed. ",
            failure.errors
        );
    }
    out.push_str("Still serving version <code>");
    push_escaped(out, version);
    out.push_str("</code>.</p>\n</section>\n");
}

/// Per locale: translated messages as a number and a bar, errors and warnings, and the
/// findings that concern no one message.
fn coverage(out: &mut String, data: &SetData) {
    out.push_str("<section id=\"coverage\">\n");
    if !data.checked {
        out.push_str(
            "<p class=\"note\">No checker findings: this service was given a resolver without its files.</p>\n</section>\n",
        );
        return;
    }
    out.push_str("<ul class=\"locales\">\n");
    for column in &data.columns {
        let Some(stats) = column.stats else {
            continue;
        };
        let tag = escaped(&column.tag);
        let percent = stats.percent_translated();
        let _ = write!(
            out,
            "<li data-locale=\"{tag}\"><b>{tag}</b> <meter min=\"0\" max=\"{1}\" value=\"{0}\" title=\"{percent:.1}%\"></meter> <span class=\"translated\">{0}/{1}</span> <span class=\"{2}\">{3} {4}</span> <span class=\"{5}\">{6} {7}</span>",
            stats.translated,
            stats.total,
            if stats.errors > 0 { "errors" } else { "zero" },
            stats.errors,
            if stats.errors == 1 { "error" } else { "errors" },
            if stats.warnings > 0 {
                "warnings"
            } else {
                "zero"
            },
            stats.warnings,
            if stats.warnings == 1 {
                "warning"
            } else {
                "warnings"
            },
        );
        if !column.loose.is_empty() || !column.unlisted.is_empty() {
            let _ = write!(
                out,
                "<details><summary>{} about no one message</summary>",
                column.loose.len() + column.unlisted.len()
            );
            findings(out, &column.loose);
            for line in &column.unlisted {
                out.push_str("<p class=\"note\">");
                push_escaped(out, line);
                out.push_str("</p>");
            }
            out.push_str("</details>");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_text_and_attribute_values() {
        assert_eq!(
            escaped(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(escaped("Größe ≤ 10 MB"), "Größe ≤ 10 MB");
    }
}
