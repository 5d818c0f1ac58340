//! Diagnostics: one finding about a translation, with its exact place.

use std::fmt;

use serde::Serialize;

use crate::negotiate::TagError;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails CI only with `--strict`.
    Warning,
    /// Fails CI; at run time the message falls back to the next locale.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

macro_rules! checks {
    ($($variant:ident $name:literal $doc:literal,)*) => {
        /// The stable names of the checks, as used in output and docs.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Check {
            $(#[doc = $doc] $variant,)*
        }

        impl Check {
            /// Every check.
            pub const ALL: &'static [Check] = &[$(Check::$variant),*];

            /// The stable name, e.g. `missing-message`.
            pub const fn name(self) -> &'static str {
                match self { $(Check::$variant => $name,)* }
            }

            /// One line on what the check catches.
            pub const fn description(self) -> &'static str {
                match self { $(Check::$variant => $doc,)* }
            }
        }
    };
}

checks! {
    Syntax "syntax" "A Fluent parse error; the entry is skipped (Fluent \"Junk\").",
    MissingMessage "missing-message" "A catalog code, or a `.detailed` form, with no message in the locale.",
    ObsoleteMessage "obsolete-message" "A message ID that no catalog code uses (often a mistyped ID).",
    DuplicateId "duplicate-id" "The same message or term ID twice in a locale; the first one wins.",
    MissingFile "missing-file" "A file that `en` has and the locale lacks.",
    ExtraFile "extra-file" "A file that the locale has and `en` lacks.",
    UnknownVariable "unknown-variable" "A `$variable` that the code does not declare for this form.",
    DroppedVariable "dropped-variable" "A declared variable that the translation leaves out.",
    PluralCategories "plural-categories" "A plural select whose keys do not match the locale's CLDR categories.",
    MissingDefault "missing-default" "A select without a `*` default variant.",
    Reference "reference" "A message or term reference that does not resolve, or a cycle.",
    Function "function" "A Fluent function the resolver does not provide.",
    EmptyMessage "empty-message" "A message or attribute whose text is empty.",
    Untranslated "untranslated" "Text identical to `en` and not in the locale's allow-list.",
    BidiControl "bidi-control" "A stray bidi control character (U+200E/F, U+202A–E, U+2066–9).",
    Encoding "encoding" "A file that is not UTF-8, starts with a BOM or uses CRLF line endings.",
    Layout "layout" "A file not in the canonical layout that the Fluent reference serializer (and so Pontoon and Weblate) writes; `fresns-i18n fmt` rewrites it.",
    LocaleDir "locale-dir" "A directory under the locales root whose name is not a language tag.",
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Check {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// One finding about a locale file, with its place (1-based line and column, in characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Which check found it.
    pub check: Check,
    /// The locale's tag, e.g. `de`.
    pub locale: String,
    /// The file, relative to the locales root, e.g. `de/users.ftl`.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The message ID concerned, where there is one.
    pub id: Option<String>,
    /// The attribute of that message the finding is about (e.g. `detailed`); `None` for the
    /// message's value or the message as a whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
    /// The source line, for carets in text output; empty when the line is longer than
    /// 1 KiB (each problem on a line would copy it again).
    #[serde(skip)]
    pub source_line: String,
    /// How many characters the caret underlines (at least 1).
    #[serde(skip)]
    pub width: usize,
}

impl Diagnostic {
    /// An error about a whole file or folder, placed at its start.
    pub(crate) fn whole_file(locale: &str, file: String, check: Check, message: String) -> Self {
        Diagnostic {
            severity: Severity::Error,
            check,
            locale: locale.to_owned(),
            file,
            line: 1,
            column: 1,
            id: None,
            attribute: None,
            message,
            source_line: String::new(),
            width: 1,
        }
    }

    /// A locale folder whose name is not a language tag (`origin` is the locales root).
    pub(crate) fn not_a_tag(folder: &str, origin: &str, err: &TagError) -> Self {
        Self::whole_file(
            folder,
            format!("{folder}/"),
            Check::LocaleDir,
            format!(
                "folder `{folder}` under {origin} is not a language tag, so it is not loaded: {err}"
            ),
        )
    }

    /// Marks the finding as about `attribute` of its message.
    pub(crate) fn in_attribute(mut self, attribute: &str) -> Self {
        self.attribute = Some(attribute.to_owned());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}[{}]: {}",
            self.file, self.line, self.column, self.severity, self.check, self.message
        )
    }
}

/// Source lines longer than this are not copied into diagnostics.
const MAX_SOURCE_LINE: usize = 1024;

/// The index counts characters at every multiple of this many bytes, so that finding a
/// column costs at most this much counting, however long the line.
const CHECKPOINT: usize = 1024;

/// Maps byte offsets in a file to 1-based lines and character columns.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// For each checkpoint, the characters before it (see [`LineIndex::checkpoint`]).
    chars: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut count = 0;
        let mut previous = 0;
        for k in 0..=text.len() / CHECKPOINT {
            let at = Self::checkpoint(text, k);
            count += text
                .get(previous..at)
                .map_or(0, |part| part.chars().count());
            chars.push(count);
            previous = at;
        }
        LineIndex {
            text,
            starts,
            chars,
        }
    }

    /// Checkpoint `k`: the character boundary at or before byte `k * CHECKPOINT`.
    fn checkpoint(text: &str, k: usize) -> usize {
        let mut at = (k * CHECKPOINT).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    /// How many characters come before byte `offset` (a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let k = offset / CHECKPOINT;
        let at = Self::checkpoint(self.text, k);
        let counted = self.chars.get(k).copied().unwrap_or(0);
        counted
            + self
                .text
                .get(at..offset)
                .map_or(0, |part| part.chars().count())
    }

    /// The 1-based line and column of `offset` (clamped to the text), and that line's text.
    pub(crate) fn locate(&self, offset: usize) -> (usize, usize, &'a str) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let end = self
            .starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        let line_text = self.text.get(start..end).unwrap_or("");
        let column = self.chars_before(offset) - self.chars_before(start) + 1;
        (line, column, line_text.trim_end_matches('\r'))
    }

    /// The byte offset of `part` when it is a slice of this index's text.
    pub(crate) fn offset_of(&self, part: &str) -> Option<usize> {
        let base = self.text.as_ptr() as usize;
        let at = part.as_ptr() as usize;
        (at >= base && at + part.len() <= base + self.text.len()).then(|| at - base)
    }
}

/// Builds diagnostics for one file.
pub(crate) struct FileReporter<'a> {
    pub(crate) locale: &'a str,
    pub(crate) file: &'a str,
    pub(crate) index: LineIndex<'a>,
}

impl<'a> FileReporter<'a> {
    pub(crate) fn new(locale: &'a str, file: &'a str, text: &'a str) -> Self {
        FileReporter {
            locale,
            file,
            index: LineIndex::new(text),
        }
    }

    /// A diagnostic at a byte offset.
    pub(crate) fn at(
        &self,
        offset: usize,
        width: usize,
        severity: Severity,
        check: Check,
        id: Option<&str>,
        message: String,
    ) -> Diagnostic {
        let (line, column, source_line) = self.index.locate(offset);
        Diagnostic {
            severity,
            check,
            locale: self.locale.to_owned(),
            file: self.file.to_owned(),
            line,
            column,
            id: id.map(str::to_owned),
            attribute: None,
            message,
            source_line: if source_line.len() <= MAX_SOURCE_LINE {
                source_line.to_owned()
            } else {
                String::new()
            },
            width: width.max(1),
        }
    }

    /// A diagnostic at a slice of the file's text (falls back to the file's start).
    pub(crate) fn at_slice(
        &self,
        part: &str,
        severity: Severity,
        check: Check,
        id: Option<&str>,
        message: String,
    ) -> Diagnostic {
        let offset = self.index.offset_of(part).unwrap_or(0);
        let width = part.lines().next().map_or(1, |line| line.chars().count());
        self.at(offset, width, severity, check, id, message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_to_lines_and_character_columns() {
        let text = "a = 1\nbé = 2\n\nc";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(0), (1, 1, "a = 1"));
        assert_eq!(index.locate(6), (2, 1, "bé = 2"));
        assert_eq!(index.locate(9), (2, 3, "bé = 2"));
        assert_eq!(index.locate(14), (3, 1, ""));
        assert_eq!(index.locate(15), (4, 1, "c"));
        assert_eq!(index.locate(999), (4, 2, "c"));
        assert_eq!(index.offset_of(&text[6..7]), Some(6));
        assert_eq!(index.offset_of("elsewhere"), None);
    }
}
