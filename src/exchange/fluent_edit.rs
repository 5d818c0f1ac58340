//! In-place edits of message values in `.ftl` text: write a plain text as a Fluent pattern,
//! find where a message's value sits, and check that an edit touched nothing else.
//!
//! Edits work on the source text rather than re-serializing the AST, so comments, blank lines,
//! attributes and the layout of every other entry stay byte for byte as the translator left them.
//! What they write (new values, appended messages) is in the canonical layout of
//! [`crate::check::layout`], so a file in that layout stays in it.

use std::ops::Range;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::check::layout;
use crate::resources::nesting;

/// Above this many escapes, the whole text goes into one string literal instead: fluent-bundle
/// refuses to format a pattern with more than 100 placeables.
const MAX_INLINE_ESCAPES: usize = 40;

/// Indentation of continuation lines in written values (the locales' own style).
const INDENT: &str = "    ";

/// Writes `text` as the part of a message that follows `id =`, in the canonical layout: after
/// a space on the same line, or, for text that spans lines, on the next lines, indented.
///
/// The result parses back to exactly `text`: characters Fluent would misread are written as
/// string-literal placeables (`{ "{" }`), which fluent-bundle prints without isolation marks.
pub(crate) fn serialize_value(text: &str) -> String {
    let raw = raw_value(text);
    canonical_value(&raw).unwrap_or(raw)
}

/// `raw`, the part of a message after `id =`, in the canonical layout.
fn canonical_value(raw: &str) -> Option<String> {
    let entry = format!("m ={raw}\n");
    let out = layout::canonical(&entry).ok()?;
    out.strip_prefix("m =")?
        .strip_suffix('\n')
        .map(str::to_owned)
}

/// [`serialize_value`] before the layout: continuation lines indented, escapes unspaced.
fn raw_value(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let last = lines.len().saturating_sub(1);
    // In text that spans lines, the first line goes on a line of its own too.
    let multiline = last > 0;
    let mut escapes = 0;
    let mut out = String::from(" ");
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            out.push('\n');
            if line.is_empty() && index != last {
                // A blank line inside the text: an empty line keeps it, with no stray indent.
                continue;
            }
            out.push_str(INDENT);
        }
        if line.is_empty() {
            // Fluent drops blank lines at the start and end of a value; an empty literal keeps them.
            out.push_str("{\"\"}");
            escapes += 1;
            continue;
        }
        escapes += write_line(line, index > 0 || multiline, &mut out);
    }
    if escapes > MAX_INLINE_ESCAPES {
        return format!(" {{\"{}\"}}", escape_literal(text, true));
    }
    out
}

/// Appends one line of text; returns how many placeables it used. `own_line`: the line will
/// start a line of the file, where `[`, `*` and `.` have a meaning of their own.
fn write_line(line: &str, own_line: bool, out: &mut String) -> usize {
    // Fluent trims leading spaces (indentation) and trailing spaces (end of value).
    let body = line.trim_start_matches(' ');
    let lead = &line[..line.len() - body.len()];
    let trimmed = body.trim_end_matches(' ');
    let tail = &body[trimmed.len()..];
    let mut escapes = 0;
    let mut pending = String::new();
    if !lead.is_empty() {
        pending.push_str(lead);
    }
    for (at, c) in trimmed.char_indices() {
        // `[`, `*` and `.` open a variant or an attribute at the start of a continuation line.
        let starts_line = at == 0 && own_line && lead.is_empty();
        let special = c == '{'
            || c == '}'
            || (c.is_control() && c != '\n')
            || (starts_line && matches!(c, '[' | '*' | '.'));
        if special {
            pending.push(c);
        } else {
            escapes += flush(&mut pending, out);
            out.push(c);
        }
    }
    pending.push_str(tail);
    escapes + flush(&mut pending, out)
}

/// Writes the pending characters as one string literal, if any.
fn flush(pending: &mut String, out: &mut String) -> usize {
    if pending.is_empty() {
        return 0;
    }
    out.push_str("{\"");
    out.push_str(&escape_literal(pending, false));
    out.push_str("\"}");
    pending.clear();
    1
}

/// Escapes text for a Fluent string literal: `"` and `\`, and control characters as `\uXXXX`
/// (with `newlines`, line feeds too; a literal cannot span lines).
fn escape_literal(text: &str, newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' if !newlines => out.push('\n'),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// The byte range of message `id`'s value in `text`: from just after `=` to the end of the
/// last value line (before any attribute). Empty when the message has only attributes.
/// `None` when `text` has no such message.
///
/// An entry starts at column 0 and runs until the next line that starts an entry (a letter,
/// `-` or `#` at column 0); inside it, attributes are the lines starting with `.`.
pub(crate) fn locate_value(text: &str, id: &str) -> Option<Range<usize>> {
    let mut lines = line_spans(text).peekable();
    while let Some(span) = lines.next() {
        let line = &text[span.clone()];
        let Some(eq) = definition_of(line, id) else {
            continue;
        };
        let start = span.start + eq + 1;
        let mut end = span.end;
        while let Some(next) = lines.peek() {
            let next_line = &text[next.clone()];
            if starts_entry(next_line) || next_line.trim_start().starts_with('.') {
                break;
            }
            if !next_line.trim().is_empty() {
                end = next.end;
            }
            lines.next();
        }
        return Some(start..end);
    }
    None
}

/// The byte offset of `=` when `line` defines message `id`.
fn definition_of(line: &str, id: &str) -> Option<usize> {
    let rest = line.strip_prefix(id)?;
    let after = rest.trim_start_matches(' ');
    after.starts_with('=').then(|| line.len() - after.len())
}

fn starts_entry(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#')
}

/// Each line's byte range, without its line feed.
fn line_spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let span = start..start + line.trim_end_matches('\n').len();
        start += line.len();
        span
    })
}

/// One edit of a file: new values for existing messages, and new messages to append.
#[derive(Debug, Default)]
pub(crate) struct FileEdit {
    /// `(message ID, new text)` for messages the file defines.
    pub(crate) replace: Vec<(&'static str, String)>,
    /// `(message ID, new text)` for messages to add at the end.
    pub(crate) append: Vec<(&'static str, String)>,
}

/// Why an edit could not be made safely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EditProblem(pub(crate) String);

/// Applies `edit` to `text` (LF line endings) and checks the result: every entry other than the
/// edited values parses exactly as before, and the new values are where they belong.
pub(crate) fn apply(text: &str, edit: &FileEdit) -> Result<String, EditProblem> {
    // The file is parsed below; nesting deep enough to exhaust the stack is refused first.
    if let Some(deep) = nesting::too_deep(text).first() {
        let line = text
            .get(..deep.start)
            .map_or(0, |t| t.matches('\n').count())
            + 1;
        return Err(EditProblem(format!(
            "the entry at line {line} nests placeables more than {} deep; fix it by hand first (`fresns-i18n check` shows it)",
            nesting::MAX_NESTING
        )));
    }
    let mut ranges = Vec::with_capacity(edit.replace.len());
    for (id, new) in &edit.replace {
        let range = locate_value(text, id).ok_or_else(|| {
            EditProblem(format!(
                "`{id}` is not defined at the start of a line; edit it by hand"
            ))
        })?;
        ranges.push((range, serialize_value(new)));
    }
    ranges.sort_by_key(|(range, _)| range.start);
    if ranges.windows(2).any(|w| w[0].0.end > w[1].0.start) {
        return Err(EditProblem(
            "two edits overlap; edit the file by hand".to_owned(),
        ));
    }
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for (range, value) in &ranges {
        out.push_str(&text[at..range.start]);
        out.push_str(value);
        at = range.end;
    }
    out.push_str(&text[at..]);
    if !edit.append.is_empty() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        // A comment right above would attach itself to the new message; keep it standalone,
        // with the one blank line the canonical layout puts after it.
        let last_line = out.trim_end_matches('\n').rsplit('\n').next().unwrap_or("");
        if last_line.starts_with('#') && !out.ends_with("\n\n") {
            out.push('\n');
        }
        for (id, new) in &edit.append {
            out.push_str(id);
            out.push_str(" =");
            out.push_str(&serialize_value(new));
            out.push('\n');
        }
    }
    verify(text, &out, edit)?;
    Ok(out)
}

/// Checks that `new` is `old` with only the edited values changed and the appended messages
/// added, comparing the parsed entries.
fn verify(old: &str, new: &str, edit: &FileEdit) -> Result<(), EditProblem> {
    let old_entries = entries(old);
    let new_entries = entries(new);
    let expected_len = old_entries.len() + edit.append.len();
    if new_entries.len() != expected_len {
        return Err(EditProblem(format!(
            "the edited file has {} entries instead of {expected_len}",
            new_entries.len()
        )));
    }
    let mut edited_seen: Vec<&str> = Vec::new();
    for (before, after) in old_entries.iter().zip(&new_entries) {
        let edited = match before {
            ast::Entry::Message(m) => edit
                .replace
                .iter()
                .find(|(id, _)| *id == m.id.name && !edited_seen.contains(id))
                .map(|(id, text)| (*id, text)),
            _ => None,
        };
        match (edited, before, after) {
            (Some((id, text)), ast::Entry::Message(b), ast::Entry::Message(a)) => {
                edited_seen.push(id);
                if a.id != b.id || a.attributes != b.attributes || a.comment != b.comment {
                    return Err(EditProblem(format!(
                        "editing `{id}` would change its attributes or comment"
                    )));
                }
                check_value(id, a, text)?;
            }
            (Some((id, _)), _, _) => {
                return Err(EditProblem(format!("editing `{id}` would break the entry")));
            }
            (None, ast::Entry::Junk { content: b }, ast::Entry::Junk { content: a })
                if a.trim_end() == b.trim_end() => {}
            (None, b, a) if a == b => {}
            (None, b, _) => {
                return Err(EditProblem(format!(
                    "the edit would change another entry ({})",
                    describe(b)
                )));
            }
        }
    }
    for ((id, text), after) in edit.append.iter().zip(&new_entries[old_entries.len()..]) {
        match after {
            ast::Entry::Message(m) if m.id.name == *id && m.comment.is_none() => {
                check_value(id, m, text)?;
            }
            _ => {
                return Err(EditProblem(format!(
                    "the appended `{id}` does not parse as a message"
                )));
            }
        }
    }
    Ok(())
}

/// The value must be only text and string literals that spell `text` exactly.
fn check_value(id: &str, message: &ast::Message<&str>, text: &str) -> Result<(), EditProblem> {
    let mut got = String::new();
    for element in message.value.iter().flat_map(|p| &p.elements) {
        match element {
            ast::PatternElement::TextElement { value } => got.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => got.push_str(&unescape(value)),
            ast::PatternElement::Placeable { .. } => {
                return Err(EditProblem(format!(
                    "the new value of `{id}` parses with an unexpected placeable"
                )));
            }
        }
    }
    if got == text {
        Ok(())
    } else {
        Err(EditProblem(format!(
            "the new value of `{id}` parses as {got:?}, not {text:?}"
        )))
    }
}

/// Undoes [`escape_literal`] (the only escapes it writes).
fn unescape(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                let decoded = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32);
                out.push(decoded.unwrap_or('\u{FFFD}'));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// The messages `text` defines, in order, each with whether its value has placeables other
/// than string literals (an imported plain text would replace them).
pub(crate) fn defined_messages(text: &str) -> Vec<(String, bool)> {
    entries(text)
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => {
                let placeables = m.value.iter().flat_map(|p| &p.elements).any(|element| {
                    matches!(element, ast::PatternElement::Placeable { expression }
                    if !matches!(
                        expression,
                        ast::Expression::Inline(ast::InlineExpression::StringLiteral { .. })
                    ))
                });
                Some((m.id.name.to_owned(), placeables))
            }
            _ => None,
        })
        .collect()
}

fn entries(text: &str) -> Vec<ast::Entry<&str>> {
    match parser::parse(text) {
        Ok(resource) => resource.body,
        Err((resource, _)) => resource.body,
    }
}

fn describe(entry: &ast::Entry<&str>) -> String {
    match entry {
        ast::Entry::Message(m) => format!("message `{}`", m.id.name),
        ast::Entry::Term(t) => format!("term `-{}`", t.id.name),
        ast::Entry::Junk { content } => {
            format!("unparsable text `{}`", content.lines().next().unwrap_or(""))
        }
        _ => "a comment".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `id =<value>` and returns the message's plain text as fluent-bundle prints it.
    fn round_trip(text: &str) -> String {
        use fluent_bundle::{FluentBundle, FluentResource};
        let source = format!("m ={}\n", serialize_value(text));
        let resource = FluentResource::try_new(source.clone()).unwrap();
        let mut bundle = FluentBundle::<FluentResource>::default();
        bundle.set_use_isolating(true);
        bundle.add_resource(resource).unwrap();
        let message = bundle.get_message("m").unwrap();
        let mut errors = Vec::new();
        let out = bundle
            .format_pattern(message.value().unwrap(), None, &mut errors)
            .into_owned();
        assert!(errors.is_empty(), "{source}: {errors:?}");
        out
    }

    #[test]
    fn plain_text_stays_plain() {
        assert_eq!(
            serialize_value("Sprachkennung ungültig"),
            " Sprachkennung ungültig"
        );
        assert_eq!(
            serialize_value("line one\nline two"),
            "\n    line one\n    line two"
        );
        assert_eq!(serialize_value("a {b}"), " a { \"{\" }b{ \"}\" }");
        // A first line that would read as a variant once on a line of its own is escaped.
        assert_eq!(
            serialize_value("[x]\n.y"),
            "\n    { \"[\" }x]\n    { \".\" }y"
        );
        assert_eq!(serialize_value("[x]"), " [x]");
        assert_eq!(
            serialize_value("two\n\nparagraphs"),
            "\n    two\n    \n    paragraphs"
        );
    }

    #[test]
    fn tricky_texts_round_trip_exactly() {
        for text in [
            "a { b } c",
            "{$wait}",
            "  leading and trailing  ",
            "two\n\nparagraphs",
            "\nstarts with a newline",
            "ends with a newline\n",
            "\n\n",
            "x\n[not a variant]\n*[nor a default]\n.nor an attribute\n}",
            "x\n  indented\n\tTabbed",
            "quote \" and backslash \\ and {\"literal\"}",
            "bell \u{7} and CR \r here",
            "= 值 {",
            "# not a comment\n# nor this",
            "x\n   \ny",
        ] {
            assert_eq!(round_trip(text), text, "{:?}", serialize_value(text));
        }
    }

    #[test]
    fn many_escapes_fall_back_to_one_literal() {
        let text = "{a".repeat(120) + "\nand more";
        let value = serialize_value(&text);
        assert!(
            value.starts_with(" { \"") && !value.contains('\n'),
            "{value}"
        );
        assert_eq!(round_trip(&text), text);
    }

    #[test]
    fn locates_values_with_attributes_and_multiline_selects() {
        let text = "# c\na = one\n    two\n\n    .detailed = { $n ->\n        [one] x\n       *[other] y\n    }\nb=\n    .detailed = z\nc = { $x ->\n[a] p\n*[b] q\n}\n";
        let a = locate_value(text, "a").unwrap();
        assert_eq!(&text[a], " one\n    two");
        let b = locate_value(text, "b").unwrap();
        assert_eq!(&text[b], "");
        let c = locate_value(text, "c").unwrap();
        assert_eq!(&text[c], " { $x ->\n[a] p\n*[b] q\n}");
        assert_eq!(locate_value(text, "d"), None);
        // `a` must not match a longer ID that starts with it.
        assert_eq!(locate_value("ab = 1\n", "a"), None);
    }

    #[test]
    fn apply_keeps_everything_else_byte_for_byte() {
        let text = "### Head\n\n# about a\na = old\n    .detailed = { $n } old\nb = keep\n# trailing comment\n";
        let edit = FileEdit {
            replace: vec![("a", "new {x}\n  two".to_owned())],
            append: vec![("c", "added".to_owned())],
        };
        let out = apply(text, &edit).unwrap();
        assert_eq!(
            out,
            "### Head\n\n# about a\na =\n    new { \"{\" }x{ \"}\" }\n    { \"  \" }two\n    .detailed = { $n } old\nb = keep\n# trailing comment\n\nc = added\n"
        );
    }

    #[test]
    fn edits_of_a_canonical_file_keep_it_canonical() {
        let text = "### Head\n\n\n## Group\n\n# about a\na = old\n    .detailed = { $n } old\nb =\n    two\n    lines\nc = keep\n\n# trailing comment\n\n";
        assert_eq!(layout::canonical(text).as_deref(), Ok(text));
        for (replace, append) in [
            ("x", "y"),
            (
                "multi\nline {x}\n\n  indented",
                "[starts]\n*like a variant\n.or attribute",
            ),
            ("\nleading and trailing\n", " spaced "),
        ] {
            let edit = FileEdit {
                replace: vec![("a", replace.to_owned()), ("b", replace.to_owned())],
                append: vec![("d", append.to_owned()), ("e", replace.to_owned())],
            };
            let out = apply(text, &edit).unwrap();
            assert_eq!(
                layout::canonical(&out).as_deref(),
                Ok(out.as_str()),
                "{out}"
            );
        }
    }

    #[test]
    fn apply_refuses_when_the_message_is_not_found() {
        let edit = FileEdit {
            replace: vec![("a", "x".to_owned())],
            append: Vec::new(),
        };
        assert!(apply("  a = indented\n", &edit).is_err());
    }

    #[test]
    fn files_nested_too_deep_to_parse_are_refused_before_parsing() {
        let edit = FileEdit {
            replace: vec![("b", "new".to_owned())],
            append: Vec::new(),
        };
        let deep = format!("a = {}\nb = old\n", "{".repeat(100_000));
        let problem = apply(&deep, &edit).unwrap_err();
        assert!(
            problem.0.contains("line 1 nests placeables"),
            "{}",
            problem.0
        );
    }
}
