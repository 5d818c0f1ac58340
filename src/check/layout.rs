//! The canonical layout of `.ftl` files: byte for byte what the Fluent reference serializer
//! (`fluent.syntax` for Python, `@fluent/syntax` for JavaScript) writes when it parses and
//! saves a file, as Pontoon and Weblate do. Files in this layout come back from those tools
//! unchanged, so a translator's edit there changes only the lines it means to.
//!
//! The layout is produced by fluent-syntax's serializer, which writes the same bytes as the
//! reference for everything the shipped locales use. Where the two could differ (a few rare
//! constructs, listed in [`divergence`]) or where rewriting could change what a file says,
//! the file is refused rather than rewritten:
//!
//! - a file with a parse error (Fluent "Junk") is never rewritten, since the serializer would
//!   drop the unparsable text;
//! - the rewritten text must parse to exactly the entries the original parses to, and
//!   rewriting it again must change nothing.
//!
//! The `layout` check reports files that differ; [`format_dir`] rewrites them
//! (`fresns-i18n fmt`), each atomically.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::{parser, serializer};

use super::diagnostic::FileReporter;
use super::{Check, Diagnostic, Severity};
use crate::limits::MAX_FILE_BYTES;
use crate::resources::{LoadError, LocaleSet, LocaleSource, ParsedLocale, nesting};

/// Why a file's layout cannot be checked or rewritten (the checker layer's error).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LayoutError {
    /// The file cannot be rewritten without risk to its text.
    #[error("{file}:{line}: {reason}; the file was left as it is")]
    Refused {
        /// The file, e.g. `de/users.ftl`.
        file: String,
        /// The 1-based line of the problem.
        line: usize,
        /// What is wrong and what to do.
        reason: String,
    },
    /// A file cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// A file cannot be written.
    #[error("cannot write {path}: {source}; the file was left as it is")]
    Write {
        /// The file (or its temporary copy).
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// Someone saved the file while it was being rewritten.
    #[error("{path} changed while it was being rewritten; it was left as it is, run fmt again")]
    Changed {
        /// The file.
        path: PathBuf,
    },
    /// The locales directory cannot be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// One file's layout.
#[derive(Debug)]
#[non_exhaustive]
pub struct FileLayout {
    /// The file, relative to the locales root, e.g. `de/users.ftl`.
    pub file: String,
    /// What was found, and done.
    pub status: LayoutStatus,
}

/// What a file's layout is.
#[derive(Debug)]
#[non_exhaustive]
pub enum LayoutStatus {
    /// Already in the canonical layout.
    Canonical,
    /// Not in the canonical layout from this 1-based line on.
    Differs {
        /// The first line that differs.
        line: usize,
    },
    /// Was not in the canonical layout and has been rewritten into it.
    Rewritten,
    /// Not checked, or not rewritten, and why.
    Refused(LayoutError),
}

/// The layout of every `.ftl` file of a locale set, locale by locale, file by file.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct LayoutReport {
    /// Every file, in order.
    pub files: Vec<FileLayout>,
}

impl LayoutReport {
    /// Whether every file is in the canonical layout now (none differs and none was refused).
    pub fn is_clean(&self) -> bool {
        self.files
            .iter()
            .all(|f| matches!(f.status, LayoutStatus::Canonical | LayoutStatus::Rewritten))
    }
}

/// Reports which files of `set` are not in the canonical layout, without changing anything.
///
/// Byte-order marks and CRLF line endings count as differences (the canonical layout has
/// neither); files that are not UTF-8, nest too deeply or do not parse are refused.
///
/// ```
/// use fresns_i18n::LocaleSet;
/// use fresns_i18n::check::{LayoutStatus, layout_of};
///
/// let set = LocaleSet::from_memory([
///     ("en", "a.ftl", &b"### Resource\n\nhello = Hi\n"[..]),
///     ("de", "a.ftl", &b"### Resource\n\n\nhello = Hallo\n"[..]),
/// ])?;
/// let report = layout_of(&set);
/// // Locales come in tag order: `de`, then `en`.
/// assert_eq!(report.files[0].file, "de/a.ftl");
/// assert!(matches!(report.files[0].status, LayoutStatus::Differs { line: 3 }));
/// assert!(matches!(report.files[1].status, LayoutStatus::Canonical));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn layout_of(set: &LocaleSet) -> LayoutReport {
    let mut report = LayoutReport::default();
    for locale in &set.locales {
        for file in &locale.files {
            let status = if let Some(at) = file.encoding.invalid_utf8_at {
                LayoutStatus::Refused(refused(
                    &file.display,
                    Refusal::at(&file.text, at, NOT_UTF8.to_owned()),
                ))
            } else if let Some((at, _)) = file.encoding.too_deep.first() {
                LayoutStatus::Refused(refused(
                    &file.display,
                    Refusal::at(&file.text, *at, too_deep_reason()),
                ))
            } else if let Some(at) = file.text.find('\r') {
                LayoutStatus::Refused(refused(
                    &file.display,
                    Refusal::at(&file.text, at, LONE_CR.to_owned()),
                ))
            } else {
                match canonical(&file.text) {
                    Err(refusal) => LayoutStatus::Refused(refused(&file.display, refusal)),
                    Ok(_) if file.encoding.bom => LayoutStatus::Differs { line: 1 },
                    Ok(_) if file.encoding.crlf_line.is_some() => LayoutStatus::Differs {
                        line: file.encoding.crlf_line.unwrap_or(1),
                    },
                    Ok(out) if out == *file.text => LayoutStatus::Canonical,
                    Ok(out) => LayoutStatus::Differs {
                        line: first_difference(&file.text, &out).0,
                    },
                }
            };
            report.files.push(FileLayout {
                file: file.display.clone(),
                status,
            });
        }
    }
    report
}

/// Rewrites every `<dir>/<tag>/*.ftl` file that is not in the canonical layout.
///
/// Each file is read again just before it is rewritten, written to a temporary file next to
/// it and renamed into place only if nobody saved it in the meantime. A file that cannot be
/// rewritten safely (not UTF-8, a parse error, nesting too deep) is left as it is and listed
/// as refused; the others are still rewritten. Fails only when `dir` cannot be loaded.
pub fn format_dir(dir: &Path) -> Result<LayoutReport, LayoutError> {
    let set = LocaleSet::from_dir(dir)?;
    let mut report = LayoutReport::default();
    for locale in &set.locales {
        for file in &locale.files {
            let path = dir.join(&locale.tag).join(&file.name);
            let status = match format_file(&path, &file.name, &file.display) {
                Ok(status) => status,
                Err(err) => LayoutStatus::Refused(err),
            };
            report.files.push(FileLayout {
                file: file.display.clone(),
                status,
            });
        }
    }
    Ok(report)
}

const NOT_UTF8: &str = "the file is not valid UTF-8 from here on, and rewriting it would lose those bytes; save it as UTF-8 first";

const LONE_CR: &str = "a carriage return that does not end a line; remove it";

fn too_deep_reason() -> String {
    format!(
        "an entry nests placeables more than {} deep; flatten it first (`fresns-i18n check` shows it)",
        nesting::MAX_NESTING
    )
}

/// Rewrites one file if it is not canonical.
fn format_file(path: &Path, name: &str, display: &str) -> Result<LayoutStatus, LayoutError> {
    let read = |path: &Path| {
        fs::read(path).map_err(|source| LayoutError::Read {
            path: path.to_path_buf(),
            source,
        })
    };
    let original = read(path)?;
    let text = decode(&original).map_err(|(at, reason)| {
        let text = String::from_utf8_lossy(&original);
        refused(display, Refusal::at(&text, at, reason))
    })?;
    let out = canonical(&text).map_err(|refusal| refused(display, refusal))?;
    if out.as_bytes() == original.as_slice() {
        return Ok(LayoutStatus::Canonical);
    }
    if out.len() as u64 > MAX_FILE_BYTES {
        return Err(refused(
            display,
            Refusal {
                line: 1,
                reason: format!(
                    "the rewritten file would be over the {MAX_FILE_BYTES}-byte limit for a locale file"
                ),
            },
        ));
    }
    let temp = path.with_file_name(format!(".{name}.{}.fmt-tmp", std::process::id()));
    let write_error = |source| LayoutError::Write {
        path: temp.clone(),
        source,
    };
    if let Err(source) = write_temp(&temp, path, out.as_bytes()) {
        let _ = fs::remove_file(&temp);
        return Err(write_error(source));
    }
    // Compare-and-rename: only if the file is still what was read.
    let now = match read(path) {
        Ok(now) => now,
        Err(err) => {
            let _ = fs::remove_file(&temp);
            return Err(err);
        }
    };
    if now != original {
        let _ = fs::remove_file(&temp);
        return Err(LayoutError::Changed {
            path: path.to_path_buf(),
        });
    }
    if let Err(source) = fs::rename(&temp, path) {
        let _ = fs::remove_file(&temp);
        return Err(LayoutError::Write {
            path: path.to_path_buf(),
            source,
        });
    }
    // Make the rename durable; not every platform can open a directory, so best effort.
    if let Some(parent) = path.parent()
        && let Ok(handle) = fs::File::open(parent)
    {
        let _ = handle.sync_all();
    }
    Ok(LayoutStatus::Rewritten)
}

fn write_temp(temp: &Path, target: &Path, bytes: &[u8]) -> io::Result<()> {
    // A leftover from an interrupted run with the same process ID.
    let _ = fs::remove_file(temp);
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    if let Ok(meta) = fs::metadata(target) {
        fs::set_permissions(temp, meta.permissions())?;
    }
    Ok(())
}

/// A file's bytes as text with LF line endings and no byte-order mark (the canonical layout
/// has neither). Refuses, with a byte offset, what cannot be decoded without loss.
fn decode(bytes: &[u8]) -> Result<String, (usize, String)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text =
        std::str::from_utf8(bytes).map_err(|err| (err.valid_up_to(), NOT_UTF8.to_owned()))?;
    let text = text.replace("\r\n", "\n");
    if let Some(at) = text.find('\r') {
        return Err((at, LONE_CR.to_owned()));
    }
    Ok(text)
}

fn refused(file: &str, refusal: Refusal) -> LayoutError {
    LayoutError::Refused {
        file: file.to_owned(),
        line: refusal.line,
        reason: refusal.reason,
    }
}

/// Why the canonical layout of a text cannot be produced safely, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Refusal {
    /// 1-based line.
    pub(crate) line: usize,
    pub(crate) reason: String,
}

impl Refusal {
    fn at(text: &str, offset: usize, reason: String) -> Self {
        Refusal {
            line: line_at(text, offset),
            reason,
        }
    }
}

/// The 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()
        .iter()
        .take(offset)
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The canonical layout of `text` (LF line endings), or why it cannot be produced safely.
pub(crate) fn canonical(text: &str) -> Result<String, Refusal> {
    // The parser recurses on nesting: runaway entries are refused before it sees them.
    if let Some(deep) = nesting::too_deep(text).first() {
        return Err(Refusal::at(text, deep.start, too_deep_reason()));
    }
    let resource = match parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    canonical_parsed(text, &resource)
}

/// [`canonical`] for a text already parsed into `resource`.
pub(crate) fn canonical_parsed(
    text: &str,
    resource: &ast::Resource<&str>,
) -> Result<String, Refusal> {
    let spot = Spot { text };
    for entry in &resource.body {
        if let ast::Entry::Junk { content } = entry {
            let first = content
                .lines()
                .find(|line| !line.trim().is_empty())
                .unwrap_or("");
            return Err(spot.refusal(
                content,
                format!(
                    "`{}` does not parse (Fluent Junk), and rewriting would drop it; fix it first (`fresns-i18n check` says why)",
                    shorten(first.trim())
                ),
            ));
        }
    }
    divergence(resource, &spot)?;
    let out = serializer::serialize(resource);
    if out == text {
        return Ok(out);
    }
    let changed = |what: &str| Refusal {
        line: first_difference(text, &out).0,
        reason: format!("{what}; lay this part out by hand like the entries around it"),
    };
    let again =
        parser::parse(out.as_str()).map_err(|_| changed("the rewritten file would not parse"))?;
    if again != *resource {
        return Err(changed("rewriting would change what the file says"));
    }
    if serializer::serialize(&again) != out {
        return Err(changed("the rewritten layout is not stable"));
    }
    Ok(out)
}

/// At most 60 characters of `text`, for messages.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// The 1-based line where `old` and `new` first differ, and what `new` has there.
fn first_difference(old: &str, new: &str) -> (usize, String) {
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let index = old_lines
        .iter()
        .zip(&new_lines)
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| old_lines.len().min(new_lines.len()));
    let wanted = match (old_lines.get(index), new_lines.get(index)) {
        (Some(a), Some(b)) if a.trim_end_matches('\n') == b.trim_end_matches('\n') => {
            "a line feed at the end of this line".to_owned()
        }
        (_, Some(b)) if b.trim_end_matches('\n').is_empty() => "an empty line".to_owned(),
        (_, Some(b)) => format!("`{}`", shorten(b.trim_end_matches('\n'))),
        (_, None) => "the end of the file".to_owned(),
    };
    ((index + 1).min(old_lines.len()).max(1), wanted)
}

/// Offsets of slices of one text.
struct Spot<'t> {
    text: &'t str,
}

impl Spot<'_> {
    fn offset(&self, part: &str) -> Option<usize> {
        let base = self.text.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        (at >= base && at + part.len() <= base + self.text.len()).then(|| at - base)
    }

    fn refusal(&self, part: &str, reason: String) -> Refusal {
        Refusal::at(self.text, self.offset(part).unwrap_or(0), reason)
    }

    /// When only spaces come before `at` on its line, how many. Counts back over the spaces
    /// only, so that asking for every placeable of a long line stays linear.
    fn line_indent(&self, at: usize) -> Option<usize> {
        let before = self.text.as_bytes().get(..at)?;
        let spaces = before.iter().rev().take_while(|&&b| b == b' ').count();
        match before
            .len()
            .checked_sub(spaces + 1)
            .and_then(|i| before.get(i))
        {
            None | Some(b'\n') => Some(spaces),
            Some(_) => None,
        }
    }

    /// The offset of the outermost `{` of a placeable holding `expression`.
    fn brace(&self, expression: &ast::Expression<&str>) -> Option<usize> {
        let mut at = self.offset(first_slice(expression)?)?;
        let bytes = self.text.as_bytes();
        let mut brace = None;
        while at > 0 {
            match bytes.get(at - 1) {
                Some(b'{') => brace = Some(at - 1),
                Some(b' ' | b'\n' | b'"' | b'$' | b'-') => {}
                _ => break,
            }
            at -= 1;
        }
        brace
    }
}

/// The first slice of the source inside an expression.
fn first_slice<'s>(expression: &ast::Expression<&'s str>) -> Option<&'s str> {
    match expression {
        ast::Expression::Select { selector, .. } => first_inline_slice(selector),
        ast::Expression::Inline(inline) => first_inline_slice(inline),
    }
}

fn first_inline_slice<'s>(inline: &ast::InlineExpression<&'s str>) -> Option<&'s str> {
    match inline {
        ast::InlineExpression::StringLiteral { value }
        | ast::InlineExpression::NumberLiteral { value } => Some(value),
        ast::InlineExpression::FunctionReference { id, .. }
        | ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. }
        | ast::InlineExpression::VariableReference { id } => Some(id.name),
        ast::InlineExpression::Placeable { expression } => first_slice(expression),
    }
}

/// Refuses the constructs where fluent-syntax's parser or serializer and the reference
/// implementation disagree, so that the layout written here is always the reference's:
///
/// - a comment line holding only spaces after `#` (the reference keeps the spaces);
/// - a pattern that spans lines and whose first text starts with `[`, `*` or `.` (the
///   reference keeps it on the `=` line);
/// - a line inside a pattern that holds only spaces beyond the pattern's indentation (the
///   reference empties it);
/// - a line inside a pattern that starts with `{` indented differently from the pattern's
///   other lines (the parsers disagree on the common indentation);
/// - a select directly inside a second pair of braces, `{{ $n -> … }}`.
fn divergence(resource: &ast::Resource<&str>, spot: &Spot<'_>) -> Result<(), Refusal> {
    let walker = Divergence { spot };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                walker.comment(message.comment.as_ref())?;
                if let Some(value) = &message.value {
                    walker.pattern(value)?;
                }
                for attribute in &message.attributes {
                    walker.pattern(&attribute.value)?;
                }
            }
            ast::Entry::Term(term) => {
                walker.comment(term.comment.as_ref())?;
                walker.pattern(&term.value)?;
                for attribute in &term.attributes {
                    walker.pattern(&attribute.value)?;
                }
            }
            ast::Entry::Comment(comment)
            | ast::Entry::GroupComment(comment)
            | ast::Entry::ResourceComment(comment) => walker.comment(Some(comment))?,
            ast::Entry::Junk { .. } => {}
        }
    }
    Ok(())
}

struct Divergence<'a, 't> {
    spot: &'a Spot<'t>,
}

impl Divergence<'_, '_> {
    fn comment(&self, comment: Option<&ast::Comment<&str>>) -> Result<(), Refusal> {
        for line in comment.iter().flat_map(|c| &c.content) {
            if !line.is_empty() && line.trim_matches(' ').is_empty() {
                return Err(self.spot.refusal(
                    line,
                    "a comment line holds only spaces after `#`; delete the spaces".to_owned(),
                ));
            }
        }
        Ok(())
    }

    fn pattern(&self, pattern: &ast::Pattern<&str>) -> Result<(), Refusal> {
        let multiline = pattern.elements.iter().any(|element| match element {
            ast::PatternElement::TextElement { value } => value.contains('\n'),
            ast::PatternElement::Placeable { expression } => {
                matches!(expression, ast::Expression::Select { .. })
            }
        });
        if multiline
            && let Some(ast::PatternElement::TextElement { value }) = pattern.elements.first()
            && value.starts_with(['[', '*', '.'])
        {
            return Err(self.spot.refusal(
                value,
                "a message that spans lines starts with `[`, `*` or `.`; write that character as a string literal, e.g. { \"[\" }".to_owned(),
            ));
        }
        let mut text_indents = Vec::new();
        let mut placeable_indents = Vec::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    let Some(indent) = self
                        .spot
                        .offset(value)
                        .and_then(|at| self.spot.line_indent(at))
                    else {
                        continue;
                    };
                    if value.trim_end_matches('\n').trim_matches(' ').is_empty() {
                        if value.contains(' ') {
                            return Err(self.spot.refusal(
                                value,
                                "a line inside a message holds only spaces; make it empty"
                                    .to_owned(),
                            ));
                        }
                        continue;
                    }
                    // The parser dedents a line's text by the pattern's indentation.
                    let extra = value.len() - value.trim_start_matches(' ').len();
                    text_indents.push(indent + extra);
                }
                ast::PatternElement::Placeable { expression } => {
                    if let Some(at) = self.spot.brace(expression)
                        && let Some(indent) = self.spot.line_indent(at)
                    {
                        placeable_indents.push((at, indent));
                    }
                    self.expression(expression)?;
                }
            }
        }
        if let Some(&(_, first)) = placeable_indents.first() {
            let common = text_indents.iter().min().copied().unwrap_or(first);
            if let Some(&(at, _)) = placeable_indents
                .iter()
                .find(|(_, indent)| *indent != first || *indent != common)
            {
                return Err(Refusal::at(
                    self.spot.text,
                    at,
                    "a line inside a message that starts with `{` is indented differently from the message's other lines; indent them alike".to_owned(),
                ));
            }
        }
        Ok(())
    }

    fn expression(&self, expression: &ast::Expression<&str>) -> Result<(), Refusal> {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector)?;
                for variant in variants {
                    self.pattern(&variant.value)?;
                }
                Ok(())
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&self, inline: &ast::InlineExpression<&str>) -> Result<(), Refusal> {
        match inline {
            ast::InlineExpression::Placeable { expression } => {
                if matches!(**expression, ast::Expression::Select { .. }) {
                    let at = self.spot.brace(expression).unwrap_or(0);
                    return Err(Refusal::at(
                        self.spot.text,
                        at,
                        "a select inside a second pair of braces, `{{ … }}`; remove the outer pair"
                            .to_owned(),
                    ));
                }
                self.expression(expression)
            }
            ast::InlineExpression::FunctionReference { arguments, .. }
            | ast::InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for argument in &arguments.positional {
                    self.inline(argument)?;
                }
                for named in &arguments.named {
                    self.inline(&named.value)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

/// The `layout` check: a warning for each file of the locale that is not in the canonical
/// layout, at the first line that differs. Files with encoding problems, entries nested too
/// deeply or parse errors are left to the `encoding` and `syntax` checks.
pub(crate) fn diagnostics(
    locale: &LocaleSource,
    parsed: &ParsedLocale<'_>,
    out: &mut Vec<Diagnostic>,
) {
    for (source, file) in locale.files.iter().zip(&parsed.files) {
        if source.encoding.invalid_utf8_at.is_some()
            || !source.encoding.too_deep.is_empty()
            || file.had_junk
        {
            continue;
        }
        let (line, message) = match canonical_parsed(file.text, &file.resource) {
            Ok(canonical) if canonical == file.text => continue,
            Ok(canonical) => {
                let (line, wanted) = first_difference(file.text, &canonical);
                (
                    line,
                    format!(
                        "the file is not in the canonical Fluent layout from this line on (translation tools would write {wanted} here); run `fresns-i18n fmt --locales <dir>` to rewrite it"
                    ),
                )
            }
            Err(refusal) => (
                refusal.line,
                format!(
                    "the file is not in the canonical Fluent layout, and `fresns-i18n fmt` cannot rewrite it: {}",
                    refusal.reason
                ),
            ),
        };
        let reporter = FileReporter::new(&locale.tag, file.display, file.text);
        let offset = line_offset(file.text, line);
        out.push(reporter.at(offset, 1, Severity::Warning, Check::Layout, None, message));
    }
}

/// The byte offset where 1-based `line` starts.
fn line_offset(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.match_indices('\n')
        .nth(line - 2)
        .map_or(text.len(), |(at, _)| at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> String {
        canonical(text).unwrap_or_else(|r| panic!("{text:?}: {r:?}"))
    }

    #[test]
    fn the_reference_layout() {
        // A blank line after every free-standing comment, none between messages.
        assert_eq!(
            ok("### Resource\n\n## Group\n\na = 1\n\nb = 2\n"),
            "### Resource\n\n\n## Group\n\na = 1\nb = 2\n"
        );
        // Patterns that span lines, or hold a select, start on their own line.
        assert_eq!(
            ok(
                "a = one\n    two\n    .detailed = x { $n ->\n        [one] y\n       *[other] z\n    } w\n"
            ),
            "a =\n    one\n    two\n    .detailed =\n        x { $n ->\n            [one] y\n           *[other] z\n        } w\n"
        );
        // Placeables get one space inside their braces.
        assert_eq!(ok("a = {\"{\"}{$x}\n"), "a = { \"{\" }{ $x }\n");
        let canonical = "### R\n\n\n## G\n\n# about a\na = 1\n";
        assert_eq!(ok(canonical), canonical);
    }

    #[test]
    fn junk_and_divergent_constructs_are_refused_with_their_line() {
        for (text, line, words) in [
            ("a = 1\nb = { oops\nc = 2\n", 2, "does not parse"),
            ("# a\n#   \nb = 1\n", 2, "only spaces after `#`"),
            ("a = [x]\n    y\n", 1, "starts with `[`"),
            ("a = .x\n    y\n", 1, "starts with `[`, `*` or `.`"),
            ("a =\n    x\n      \n    y\n", 3, "holds only spaces"),
            (
                "a =\n    { $x } foo\n      bar\n",
                2,
                "indented differently",
            ),
            (
                "a =\n      foo\n    { $x } bar\n",
                3,
                "indented differently",
            ),
            (
                "a = {{ $n ->\n   *[other] x\n}}\n",
                1,
                "second pair of braces",
            ),
        ] {
            let refusal = canonical(text).unwrap_err();
            assert_eq!(refusal.line, line, "{text:?}: {refusal:?}");
            assert!(refusal.reason.contains(words), "{text:?}: {refusal:?}");
        }
        let deep = format!("a = 1\nb = {}\n", "{".repeat(1000));
        assert_eq!(canonical(&deep).unwrap_err().line, 2);
    }

    #[test]
    fn placeables_at_line_starts_indented_alike_are_fine() {
        assert_eq!(
            ok("a =\n    { $x } foo\n    bar\n    { $y }\n"),
            "a =\n    { $x } foo\n    bar\n    { $y }\n"
        );
        assert_eq!(
            ok("a =\n  { $x }\n  { $y }\n"),
            "a =\n    { $x }\n    { $y }\n"
        );
    }

    #[test]
    fn first_difference_names_the_line_and_what_belongs_there() {
        assert_eq!(
            first_difference("a\nb\n", "a\n\nb\n"),
            (2, "an empty line".to_owned())
        );
        assert_eq!(
            first_difference("a\nb\n\n\n", "a\nb\n"),
            (3, "the end of the file".to_owned())
        );
        assert_eq!(
            first_difference("x = 1\n", "x = 2\n"),
            (1, "`x = 2`".to_owned())
        );
    }

    #[test]
    fn decode_normalizes_line_endings_and_refuses_loss() {
        assert_eq!(decode(b"\xEF\xBB\xBFa = 1\r\n"), Ok("a = 1\n".to_owned()));
        assert_eq!(decode(b"a = 1\rb\n").unwrap_err().0, 5);
        assert_eq!(decode(b"a = \xFF\n").unwrap_err().0, 4);
    }
}
