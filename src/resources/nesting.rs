//! A bound on how deeply placeables and call arguments nest, enforced before parsing.
//!
//! fluent-syntax parses nested placeables (`{ { … } }`) and call arguments (`F(F(…))`) by
//! recursion, and so do the checker, the compiler and fluent-bundle. A few kilobytes of `{`
//! would exhaust a thread's stack, which aborts the whole process rather than failing. No
//! real message nests more than a few levels, so entries that might go deeper than
//! [`MAX_NESTING`] are blanked out before any parser sees them, and reported.
//!
//! The scan is an upper bound on the parser's depth, proven line by line:
//! - every `{`, and every `(` inside a placeable, counts as one level deeper, except inside a
//!   string literal that directly follows a `{` (the parser reads that as a string too);
//! - `}` and `)` count one level back only when no other `"` came before them on the line,
//!   since a string literal (which ends at the line's end) could otherwise hold them;
//! - a line starting with `#` or with `id =` at column 0 starts from zero: there the parser is
//!   either between entries or hits a syntax error and skips the rest of the entry.
//!
//! The bound is loose only for unusual text (quotes inside a select), never for what the
//! shipped locales or the importer write.

use std::ops::Range;

pub(crate) use crate::limits::MAX_NESTING;

/// The byte ranges of entries that may nest deeper than [`MAX_NESTING`], each from the line
/// that starts it to the line that starts the next entry.
pub(crate) fn too_deep(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut entry_start = 0;
    let mut deep = false;
    let mut braces = 0usize;
    let mut calls = 0usize;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let line_start = at;
        at += line.len();
        if starts_entry(line) {
            if deep {
                found.push(entry_start..line_start);
            }
            entry_start = line_start;
            deep = false;
            braces = 0;
            calls = 0;
            if line.starts_with('#') {
                continue; // a comment: nothing in it nests
            }
        }
        // Within the line: whether a `"` that may open a string literal has been seen, and
        // whether we are inside a literal that surely is one.
        let mut quote_seen = false;
        let mut in_literal = false;
        let mut escaped = false;
        let mut after_open = false;
        for byte in line.bytes() {
            if in_literal {
                match byte {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_literal = false,
                    _ => {}
                }
                continue;
            }
            match byte {
                b'{' => {
                    braces += 1;
                    after_open = true;
                    continue;
                }
                b'"' if after_open => in_literal = true,
                b'"' if braces > 0 => quote_seen = true,
                b'}' if !quote_seen => {
                    braces = braces.saturating_sub(1);
                    if braces == 0 {
                        // Outside every placeable no call can be open.
                        calls = 0;
                    }
                }
                b'(' if braces > 0 => calls += 1,
                b')' if braces > 0 && !quote_seen => calls = calls.saturating_sub(1),
                b' ' | b'\t' => {
                    // Blanks between `{` and a string literal keep it a literal.
                    continue;
                }
                _ => {}
            }
            after_open = false;
            if braces + calls > MAX_NESTING {
                deep = true;
            }
        }
        if braces + calls > MAX_NESTING {
            deep = true;
        }
    }
    if deep {
        found.push(entry_start..text.len());
    }
    found
}

/// Whether the parser is sure to be at the top level at this line, or to fail on it: a
/// comment, or a message or term definition (`id =` / `-id =`) at column 0.
fn starts_entry(line: &str) -> bool {
    if line.starts_with('#') {
        return true;
    }
    let id = line.strip_prefix('-').unwrap_or(line);
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let rest = id.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    rest.trim_start_matches([' ', '\t']).starts_with('=')
}

/// Replaces every byte of `ranges` except line feeds with a space: the entries vanish, and
/// every other offset, line and column stays where it was.
pub(crate) fn blank(text: &str, ranges: &[Range<usize>]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for range in ranges {
        if let Some(part) = bytes.get_mut(range.clone()) {
            for byte in part.iter_mut().filter(|b| **b != b'\n') {
                *byte = b' ';
            }
        }
    }
    // Whole lines became ASCII spaces, so the text is still UTF-8.
    String::from_utf8(bytes)
        .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!("m = {}\"a\"{}\n", "{ ".repeat(depth), " }".repeat(depth))
    }

    #[test]
    fn real_nesting_passes_and_runaway_nesting_is_caught() {
        assert!(too_deep(&nested(MAX_NESTING)).is_empty());
        let text = format!("a = ok\n{}b = ok\n", nested(MAX_NESTING + 1));
        let entry = 7..7 + nested(MAX_NESTING + 1).len();
        assert_eq!(too_deep(&text), [entry]);
        let calls = format!("m = {{ {}1{} }}\n", "NUMBER(".repeat(70), ")".repeat(70));
        assert_eq!(too_deep(&calls).len(), 1);
    }

    #[test]
    fn string_literals_and_comments_do_not_count() {
        // What the importer writes for a text full of braces: one literal per run.
        let escaped = format!(
            "m = {{\"{}\"}} and {{\"{}\"}}\n",
            "{".repeat(200),
            "}".repeat(9)
        );
        assert!(too_deep(&escaped).is_empty());
        let comment = format!("# {}\nm = x\n", "{".repeat(200));
        assert!(too_deep(&comment).is_empty());
        // Unbalanced text in one entry does not carry over to the next.
        let mut many = String::new();
        for i in 0..200 {
            many.push_str(&format!("m{i} = {{ NUMBER($n, style: \"percent\") }}\n"));
        }
        assert!(too_deep(&many).is_empty());
    }

    #[test]
    fn a_quote_in_text_cannot_hide_deeper_nesting() {
        // In a variant, `"` is text and `{` opens a placeable: the `}` after it may not count.
        let mut text = String::from("m = { $n ->\n");
        for _ in 0..70 {
            text.push_str("   *[other] \"}}}} { $n ->\n");
        }
        assert_eq!(too_deep(&text).len(), 1);
    }

    #[test]
    fn blanking_keeps_offsets_and_lines() {
        let text = "a = é\nb = {{{\nc = d\n";
        let entry = text.find('b').unwrap()..text.find('c').unwrap();
        let out = blank(text, std::slice::from_ref(&entry));
        assert_eq!(out.len(), text.len());
        assert_eq!(out, "a = é\n       \nc = d\n");
    }
}
