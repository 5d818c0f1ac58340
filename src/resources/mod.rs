//! The locale-loading layer: the embedded set or a directory, read, decoded and parsed, with
//! every problem reported as a [`Diagnostic`].

pub(crate) mod nesting;
pub(crate) mod pseudo;

use std::fs;
use std::path::{Path, PathBuf};

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_syntax::ast;
use include_dir::{Dir, include_dir};

use crate::check::diagnostic::FileReporter;
use crate::check::{Check, Findings, Severity};

/// The shipped locales, compiled into the binary.
static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The source and default locale: Fresns's own default language tag.
pub const DEFAULT_LOCALE: &str = "en";

use crate::limits::MAX_FILE_BYTES;

/// A locale set: for each locale (a directory named by its language tag), its `.ftl` files.
#[derive(Debug, Clone)]
pub struct LocaleSet {
    pub(crate) locales: Vec<LocaleSource>,
    pub(crate) origin: String,
}

/// One locale's files.
#[derive(Debug, Clone)]
pub(crate) struct LocaleSource {
    /// The directory name, as written (checked to be a language tag).
    pub(crate) tag: String,
    pub(crate) files: Vec<SourceFile>,
    /// Words that really are the same as in `en` (the checker's `untranslated` allow-list).
    pub(crate) allow_untranslated: Vec<String>,
}

/// One `.ftl` file, decoded.
#[derive(Debug, Clone)]
pub(crate) struct SourceFile {
    /// The file name, e.g. `users.ftl`.
    pub(crate) name: String,
    /// `<tag>/<name>`, as diagnostics show it.
    pub(crate) display: String,
    /// The text with CRLF turned into LF (so offsets still match lines). Embedded files that
    /// need no such repair are borrowed from the binary.
    pub(crate) text: Cow<'static, str>,
    pub(crate) encoding: EncodingIssues,
}

/// What was wrong with a file's bytes before parsing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EncodingIssues {
    pub(crate) invalid_utf8_at: Option<usize>,
    pub(crate) bom: bool,
    pub(crate) crlf_line: Option<usize>,
    /// Entries nested too deeply to parse safely, blanked out (see [`nesting`]): where each
    /// was, and the start of its first line.
    pub(crate) too_deep: Vec<(usize, String)>,
}

/// The name of the per-locale allow-list for the `untranslated` check.
pub(crate) const ALLOW_UNTRANSLATED_FILE: &str = "untranslated.txt";

/// Whether a file in a locale folder is one a locale is read from: an `.ftl` file or the
/// allow-list, and not hidden.
pub(crate) fn is_locale_file(name: &str) -> bool {
    !is_hidden(name) && (name.ends_with(".ftl") || name == ALLOW_UNTRANSLATED_FILE)
}

/// Whether a folder or file name is hidden, and so never read: editors keep lock and swap
/// files beside the one being edited (`.#users.ftl`, `.users.ftl.swp`), and deploy tools keep
/// their own folders (`..data`) beside the locales; none of them is a translation.
pub(crate) fn is_hidden(name: &str) -> bool {
    name.starts_with('.')
}

/// Fatal problems loading a locale set.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The directory or a file in it cannot be read.
    #[error("cannot read {path}: {source}; check that the path exists and is readable")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The set has no `en` locale, which is the source and last fallback.
    #[error(
        "{origin} has no `{DEFAULT_LOCALE}` locale; a locales directory holds one folder per language tag and must include `{DEFAULT_LOCALE}/` (the source language)"
    )]
    MissingDefaultLocale {
        /// The directory.
        origin: String,
    },
    /// A file is larger than [`MAX_FILE_BYTES`].
    #[error("{path} is {size} bytes, over the {MAX_FILE_BYTES}-byte limit for a locale file")]
    FileTooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
    },
    /// Two folders are one locale: the same tag in other case (`zh-hant/`, `zh-Hant/`), or one
    /// is a link to the other. Which one a translator edits would be a guess.
    #[error(
        "{first} and {second} are both the locale `{tag}`{how}; keep one folder per language tag"
    )]
    DuplicateLocale {
        /// One folder.
        first: PathBuf,
        /// The other.
        second: PathBuf,
        /// The locale's tag.
        tag: String,
        /// Why they are one (empty for the same tag, or " (one links to the other)").
        how: &'static str,
    },
}

/// Two folders under `dir` that are one locale: the same tag (case aside) or the same folder
/// behind a link.
fn refuse_duplicate_folders(dir: &Path, locales: &[LocaleSource]) -> Result<(), LoadError> {
    let mut seen: Vec<(&str, String, Option<PathBuf>)> = Vec::with_capacity(locales.len());
    for locale in locales {
        let tag = crate::negotiate::parse_tag(&locale.tag)
            .map(|parsed| parsed.id.to_string())
            .unwrap_or_else(|_| locale.tag.clone());
        let real = fs::canonicalize(dir.join(&locale.tag)).ok();
        for (name, other_tag, other_real) in &seen {
            let how = if *other_tag == tag {
                ""
            } else if real.is_some() && *other_real == real {
                " (one links to the other)"
            } else {
                continue;
            };
            return Err(LoadError::DuplicateLocale {
                first: dir.join(name),
                second: dir.join(&locale.tag),
                tag: other_tag.clone(),
                how,
            });
        }
        seen.push((&locale.tag, tag, real));
    }
    Ok(())
}

impl LocaleSet {
    /// The file in a locale folder that lists words allowed to equal `en` (one per line,
    /// `#` comments), such as brand names; the checker does not report them as untranslated.
    pub const ALLOW_UNTRANSLATED_FILE: &'static str = ALLOW_UNTRANSLATED_FILE;

    /// The locales compiled into the binary.
    pub fn embedded() -> Self {
        let mut locales = Vec::new();
        for dir in EMBEDDED.dirs() {
            let Some(tag) = dir.path().file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let mut files = Vec::new();
            let mut allow = Vec::new();
            for file in dir.files() {
                let Some(name) = file.path().file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if name.ends_with(".ftl") {
                    files.push(SourceFile::embedded(tag, name, file.contents()));
                } else if name == ALLOW_UNTRANSLATED_FILE {
                    allow = parse_allow_list(&String::from_utf8_lossy(file.contents()));
                }
            }
            files.sort_by(|a, b| a.name.cmp(&b.name));
            locales.push(LocaleSource {
                tag: tag.to_owned(),
                files,
                allow_untranslated: allow,
            });
        }
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        LocaleSet {
            locales,
            origin: "embedded locales".to_owned(),
        }
    }

    /// Reads `<dir>/<tag>/*.ftl`. Folders and files starting with `.` are ignored; so are other
    /// files.
    ///
    /// Fails when the directory is unreadable or has no `en`; every other problem becomes a
    /// diagnostic when the set is parsed.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Self, LoadError> {
        let dir = dir.as_ref();
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| LoadError::Io { path, source }
        };
        let mut locales = Vec::new();
        for entry in fs::read_dir(dir).map_err(io(dir))? {
            let entry = entry.map_err(io(dir))?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if is_hidden(&name) || !path.is_dir() {
                continue;
            }
            let mut files = Vec::new();
            let mut allow = Vec::new();
            for file in fs::read_dir(&path).map_err(io(&path))? {
                let file = file.map_err(io(&path))?;
                let file_path = file.path();
                let file_name = file.file_name().to_string_lossy().into_owned();
                if !is_locale_file(&file_name) || !file_path.is_file() {
                    continue;
                }
                let is_ftl = file_name.ends_with(".ftl");
                let size = file.metadata().map_err(io(&file_path))?.len();
                if size > MAX_FILE_BYTES {
                    return Err(LoadError::FileTooLarge {
                        path: file_path,
                        size,
                    });
                }
                let bytes = fs::read(&file_path).map_err(io(&file_path))?;
                if is_ftl {
                    files.push(SourceFile::decode(&name, &file_name, &bytes));
                } else {
                    allow = parse_allow_list(&String::from_utf8_lossy(&bytes));
                }
            }
            files.sort_by(|a, b| a.name.cmp(&b.name));
            locales.push(LocaleSource {
                tag: name,
                files,
                allow_untranslated: allow,
            });
        }
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        refuse_duplicate_folders(dir, &locales)?;
        let origin = dir.display().to_string();
        if !locales.iter().any(|l| l.tag == DEFAULT_LOCALE) {
            return Err(LoadError::MissingDefaultLocale { origin });
        }
        Ok(LocaleSet { locales, origin })
    }

    /// A set from files in memory, `(tag, file name, bytes)`, decoded and checked as
    /// [`LocaleSet::from_dir`] does. For tools, tests and fuzzing.
    ///
    /// ```
    /// use fresns_i18n::{LocaleSet, Resolver};
    /// let set = LocaleSet::from_memory([("en", "headers.ftl", &b"language-tag-incorrect = Bad tag\n"[..])])?;
    /// assert_eq!(Resolver::from_set(&set)?.locales().count(), 3); // en, en-XA, ar-XB
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_memory<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str, &'a [u8])>,
    ) -> Result<Self, LoadError> {
        let mut locales: Vec<LocaleSource> = Vec::new();
        for (tag, name, bytes) in files {
            let index = match locales.iter().position(|l| l.tag == tag) {
                Some(index) => index,
                None => {
                    locales.push(LocaleSource {
                        tag: tag.to_owned(),
                        files: Vec::new(),
                        allow_untranslated: Vec::new(),
                    });
                    locales.len() - 1
                }
            };
            let Some(locale) = locales.get_mut(index) else {
                continue;
            };
            if name == ALLOW_UNTRANSLATED_FILE {
                locale.allow_untranslated = parse_allow_list(&String::from_utf8_lossy(bytes));
            } else if name.ends_with(".ftl") {
                locale.files.push(SourceFile::decode(tag, name, bytes));
            }
        }
        for locale in &mut locales {
            locale.files.sort_by(|a, b| a.name.cmp(&b.name));
        }
        locales.sort_by(|a, b| a.tag.cmp(&b.tag));
        let origin = "files in memory".to_owned();
        if !locales.iter().any(|l| l.tag == DEFAULT_LOCALE) {
            return Err(LoadError::MissingDefaultLocale { origin });
        }
        Ok(LocaleSet { locales, origin })
    }

    /// Where the set came from: `embedded locales` or the directory.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The locales' tags (directory names), sorted.
    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.locales.iter().map(|l| l.tag.as_str())
    }

    /// Drops every locale except `en` and those in `keep` (for `check --locale`).
    pub(crate) fn retain(&mut self, keep: &[String]) {
        self.locales.retain(|l| {
            l.tag == DEFAULT_LOCALE || keep.iter().any(|k| k.eq_ignore_ascii_case(&l.tag))
        });
    }
}

fn parse_allow_list(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

impl SourceFile {
    /// Decodes an embedded file, borrowing it when it is clean UTF-8 with LF endings.
    fn embedded(tag: &str, name: &str, bytes: &'static [u8]) -> Self {
        match std::str::from_utf8(bytes) {
            Ok(text)
                if !text.starts_with('\u{FEFF}')
                    && !text.contains("\r\n")
                    && nesting::too_deep(text).is_empty() =>
            {
                SourceFile {
                    name: name.to_owned(),
                    display: format!("{tag}/{name}"),
                    text: Cow::Borrowed(text),
                    encoding: EncodingIssues::default(),
                }
            }
            _ => Self::decode(tag, name, bytes),
        }
    }

    fn decode(tag: &str, name: &str, bytes: &[u8]) -> Self {
        let mut encoding = EncodingIssues::default();
        let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => {
                encoding.bom = true;
                rest
            }
            None => bytes,
        };
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(err) => {
                encoding.invalid_utf8_at = Some(err.valid_up_to());
                String::from_utf8_lossy(bytes).into_owned()
            }
        };
        let text = if text.contains("\r\n") {
            encoding.crlf_line = text
                .find("\r\n")
                .map(|at| text[..at].matches('\n').count() + 1);
            text.replace("\r\n", "\n")
        } else {
            text
        };
        // Parsers recurse on nesting: runaway entries go before any of them sees the text.
        let deep = nesting::too_deep(&text);
        let text = if deep.is_empty() {
            text
        } else {
            encoding.too_deep = deep
                .iter()
                .map(|range| {
                    let first = text.get(range.clone()).and_then(|t| t.lines().next());
                    (range.start, first.unwrap_or("").chars().take(40).collect())
                })
                .collect();
            nesting::blank(&text, &deep)
        };
        SourceFile {
            name: name.to_owned(),
            display: format!("{tag}/{name}"),
            text: Cow::Owned(text),
            encoding,
        }
    }
}

/// One file, parsed: its AST borrows the file's text.
pub(crate) struct ParsedFile<'s> {
    pub(crate) text: &'s str,
    pub(crate) display: &'s str,
    /// The file's entries, without the skipped ones (Fluent "Junk"): once reported, they only
    /// cost memory, a lot of it in a file of junk.
    pub(crate) resource: ast::Resource<&'s str>,
    /// Whether the parser skipped any entry.
    pub(crate) had_junk: bool,
}

impl<'s> ParsedFile<'s> {
    /// A parsed file, its skipped entries dropped.
    pub(crate) fn new(
        text: &'s str,
        display: &'s str,
        mut resource: ast::Resource<&'s str>,
    ) -> Self {
        let before = resource.body.len();
        resource
            .body
            .retain(|entry| !matches!(entry, ast::Entry::Junk { .. }));
        let had_junk = resource.body.len() != before;
        if had_junk {
            resource.body.shrink_to_fit();
        }
        ParsedFile {
            text,
            display,
            resource,
            had_junk,
        }
    }
}

/// One locale, parsed.
pub(crate) struct ParsedLocale<'s> {
    pub(crate) files: Vec<ParsedFile<'s>>,
}

impl<'s> ParsedLocale<'s> {
    /// The first definition of each message, with the index of its file.
    pub(crate) fn messages(&self) -> HashMap<&'s str, (usize, &ast::Message<&'s str>)> {
        let mut out = HashMap::new();
        for (index, file) in self.files.iter().enumerate() {
            for entry in &file.resource.body {
                if let ast::Entry::Message(message) = entry {
                    out.entry(message.id.name).or_insert((index, message));
                }
            }
        }
        out
    }
}

/// Parses every file of every locale, reporting syntax errors, encoding problems and
/// duplicate IDs (fluent-bundle would silently keep the first), capped like every check's
/// findings.
pub(crate) fn parse(set: &LocaleSet) -> (Vec<ParsedLocale<'_>>, Findings) {
    let mut findings = Findings::default();
    let mut parsed = Vec::new();
    for (locale, found) in par_map(&set.locales, |locale| {
        let mut found = Findings::default();
        (parse_locale(locale, &mut found), found)
    }) {
        parsed.push(locale);
        findings.merge(found);
    }
    (parsed, findings)
}

/// Runs `f` over `items` on up to four threads (the machine's cores), keeping their order.
/// Loading parses and compiles each locale independently, so this divides load time.
pub(crate) fn par_map<'a, T: Sync, R: Send>(
    items: &'a [T],
    f: impl Fn(&'a T) -> R + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4)
        .min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let f = &f;
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                (
                    part,
                    scope.spawn(move || part.iter().map(f).collect::<Vec<_>>()),
                )
            })
            .collect();
        workers
            .into_iter()
            // A worker that died is redone here, so its panic surfaces on this thread.
            .flat_map(|(part, worker)| {
                worker
                    .join()
                    .unwrap_or_else(|_| part.iter().map(f).collect())
            })
            .collect()
    })
}

/// Parses one locale's files into `findings`; see [`parse`]. A file of junk yields a finding
/// per skipped entry: only the first [`MAX_FINDINGS_PER_CHECK`] of each kind are built.
///
/// [`MAX_FINDINGS_PER_CHECK`]: crate::check::MAX_FINDINGS_PER_CHECK
pub(crate) fn parse_locale<'a>(
    locale: &'a LocaleSource,
    findings: &mut Findings,
) -> ParsedLocale<'a> {
    {
        let mut files = Vec::new();
        let mut seen: HashMap<String, (String, usize)> = HashMap::new();
        for file in &locale.files {
            let text: &str = &file.text;
            let reporter = FileReporter::new(&locale.tag, &file.display, text);
            encoding_diagnostics(&reporter, file, findings);
            let resource = match fluent_syntax::parser::parse(text) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        let junk_range = error.slice.clone().unwrap_or(error.pos.clone());
                        let (check, offset) = match missing_default(text, junk_range) {
                            Some(at) => (Check::MissingDefault, at),
                            None if error.kind
                                == fluent_syntax::parser::ErrorKind::MissingDefaultVariant =>
                            {
                                (Check::MissingDefault, error.pos.start)
                            }
                            None => (Check::Syntax, error.pos.start),
                        };
                        findings.at(
                            &reporter,
                            offset,
                            error.pos.end.saturating_sub(error.pos.start),
                            Severity::Error,
                            check,
                            None,
                            None,
                            || {
                                let junk = error
                                    .slice
                                    .clone()
                                    .and_then(|range| text.get(range))
                                    .unwrap_or("")
                                    .lines()
                                    .find(|line| !line.trim().is_empty())
                                    .unwrap_or("");
                                format!("{error}; this entry is skipped: `{}`", junk.trim())
                            },
                        );
                    }
                    resource
                }
            };
            let index = &reporter.index;
            for entry in &resource.body {
                let (id, prefix) = match entry {
                    ast::Entry::Message(m) => (m.id.name, ""),
                    ast::Entry::Term(t) => (t.id.name, "-"),
                    _ => continue,
                };
                let key = format!("{prefix}{id}");
                let offset = index.offset_of(id).unwrap_or(0);
                if let Some((first_file, first_line)) = seen.get(&key) {
                    findings.at(
                        &reporter,
                        offset.saturating_sub(prefix.len()),
                        key.chars().count(),
                        Severity::Error,
                        Check::DuplicateId,
                        Some(&key),
                        None,
                        || format!(
                            "`{key}` is already defined at {first_file}:{first_line}; the first definition wins, remove or rename this one"
                        ),
                    );
                } else {
                    let (line, _, _) = index.locate(offset);
                    seen.insert(key, (file.display.clone(), line));
                }
            }
            files.push(ParsedFile::new(text, &file.display, resource));
        }
        ParsedLocale { files }
    }
}

/// fluent-syntax reports a select without a `*` default as a generic error on the entry, so
/// find such selects in the skipped text: a `->` followed by `[key]` variants, none starred.
/// Returns the offset of the `->`.
fn missing_default(text: &str, junk: std::ops::Range<usize>) -> Option<usize> {
    let junk_text = text.get(junk.clone())?;
    let arrow = junk_text.find("->")?;
    let after = junk_text.get(arrow + 2..)?;
    let mut any_variant = false;
    for line in after.lines().map(str::trim_start) {
        if line.starts_with('}') {
            break;
        }
        if line.starts_with("*[") {
            return None;
        }
        any_variant |= line.starts_with('[');
    }
    any_variant.then_some(junk.start + arrow)
}

fn encoding_diagnostics(reporter: &FileReporter<'_>, file: &SourceFile, out: &mut Findings) {
    // Messages are built only for the findings the cap keeps.
    let mut error = |offset, check, message: &dyn Fn() -> String| {
        out.at(
            reporter,
            offset,
            1,
            Severity::Error,
            check,
            None,
            None,
            message,
        );
    };
    if let Some(valid_up_to) = file.encoding.invalid_utf8_at {
        error(valid_up_to, Check::Encoding, &|| {
            "the file is not valid UTF-8 from here on (shown with U+FFFD); save it as UTF-8"
                .to_owned()
        });
    }
    if file.encoding.bom {
        error(0, Check::Encoding, &|| {
            "the file starts with a byte-order mark; save it as UTF-8 without BOM".to_owned()
        });
    }
    for (offset, first_line) in &file.encoding.too_deep {
        error(*offset, Check::Syntax, &|| {
            format!(
                "this entry nests placeables or function calls more than {} deep, which could exhaust the stack, so it is skipped: `{first_line}…`; flatten it",
                nesting::MAX_NESTING
            )
        });
    }
    if let Some(line) = file.encoding.crlf_line {
        let offset = file
            .text
            .match_indices('\n')
            .nth(line.saturating_sub(1))
            .map_or(0, |(at, _)| at);
        error(offset, Check::Encoding, &|| {
            "the file uses CRLF line endings; save it with LF line endings".to_owned()
        });
    }
}
