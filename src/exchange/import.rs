//! Import: rows edited in Fresns, compared with the `.ftl` files and optionally written back.
//!
//! Nothing is written while any row has an error. A write edits only the changed values in
//! place, checks the result in memory before touching the disk, replaces each file atomically
//! (temporary file + rename, only if nobody changed the file meanwhile) and checks again after.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::fluent_edit::{self, FileEdit};
use super::{ExchangeFormat, LocaleTexts, canonical_tag, locale_texts, own_texts};
use crate::catalog::ErrorCode;
use crate::negotiate::{self, TagError};
use crate::resolver::Resolver;
use crate::resources::{EncodingIssues, LoadError, LocaleSet, LocaleSource, SourceFile};

use crate::limits::{MAX_FILE_BYTES, MAX_IMPORT_BYTES, MAX_MESSAGE_BYTES};

/// How many skips [`ImportPlan::render`] lists one by one.
const MAX_SKIPS_SHOWN: usize = 20;

/// Errors from reading, comparing or writing an import.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The import file cannot be read.
    #[error("cannot read {path}: {source}; check that the file exists and is readable")]
    Read {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The import file is larger than [`MAX_IMPORT_BYTES`].
    #[error("{path} is over the {MAX_IMPORT_BYTES}-byte limit for an import file; split it")]
    TooLarge {
        /// The file.
        path: PathBuf,
    },
    /// The document is not JSON.
    #[error(
        "the import file is not valid JSON (line {line}, column {column}: {message}); see `fresns-i18n export` for the expected shape"
    )]
    Json {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What the JSON parser reported.
        message: String,
    },
    /// The document is JSON but not of the expected shape, or an option is unusable.
    #[error("{0}")]
    Shape(String),
    /// A row lacks a field.
    #[error("{at}: the `{field}` field is missing; every row needs app_fskey, code and messages")]
    MissingField {
        /// Where: `row 3`, or a locale key for `--format json`.
        at: String,
        /// The missing field.
        field: &'static str,
    },
    /// A row or field has an unusable value.
    #[error("{at}: {problem}")]
    BadValue {
        /// Where: `row 3`, or a locale key for `--format json`.
        at: String,
        /// What is wrong and what to do.
        problem: String,
    },
    /// A code that is not in the catalog.
    #[error(
        "{at}: `{code}` is not a Fresns error code; run `fresns-i18n codes` to list the catalog"
    )]
    UnknownCode {
        /// Where: `row 3`, or a locale key for `--format json`.
        at: String,
        /// The code as given.
        code: String,
    },
    /// A `messages` key that is not a well-formed language tag.
    #[error(
        "{at}: `{key}` is not a well-formed BCP 47 language tag; messages are keyed by tags such as `en`, `zh-Hant` or `pt-BR`"
    )]
    BadTag {
        /// Where: `row 3`, or `--format json`'s top level.
        at: String,
        /// The key as given (control characters escaped).
        key: String,
        /// Why the tag is malformed.
        source: TagError,
    },
    /// Two rows give different texts for the same code and locale.
    #[error(
        "code {code} in `{tag}` is given twice with different texts ({first} and {second}); keep one"
    )]
    Conflict {
        /// The code.
        code: u32,
        /// The locale.
        tag: String,
        /// Where the first text is.
        first: String,
        /// Where the second text is.
        second: String,
    },
    /// `--write` without `--locales DIR`.
    #[error(
        "import --write needs --locales DIR; the embedded locales are compiled into the binary and cannot be written"
    )]
    EmbeddedReadOnly,
    /// A write was asked for a plan with errors.
    #[error("{0} problem(s) in the import file; fix them first, nothing was written")]
    HasErrors(usize),
    /// The locales directory cannot be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// A file cannot be edited safely.
    #[error("{path}: {problem}; nothing was written")]
    Unsafe {
        /// The file.
        path: PathBuf,
        /// Why.
        problem: String,
    },
    /// The files changed after the comparison (e.g. a translator saved meanwhile).
    #[error(
        "{what} changed since the import was compared; run the import again, nothing was written"
    )]
    Changed {
        /// What changed.
        what: String,
    },
    /// Writing failed.
    #[error("cannot write {path}: {source}; {state}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
        /// What was and was not written.
        state: &'static str,
    },
    /// The written files do not give the imported texts back.
    #[error(
        "`{tag}` code {code}: expected {expected:?} but the {stage} files give {got:?}; {advice}"
    )]
    Verify {
        /// The locale.
        tag: String,
        /// The code.
        code: u32,
        /// The text that should come back.
        expected: Option<String>,
        /// The text that came back.
        got: Option<String>,
        /// `edited` (checked before writing) or `written`.
        stage: &'static str,
        /// What happened and what to do.
        advice: &'static str,
    },
}

impl ImportError {
    /// The catalog code that describes this error, where one fits.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ImportError::TooLarge { .. }
            | ImportError::Json { .. }
            | ImportError::Shape(_)
            | ImportError::BadValue { .. }
            | ImportError::UnknownCode { .. }
            | ImportError::Conflict { .. } => Some(ErrorCode::ParameterValueInvalid),
            ImportError::MissingField { .. } | ImportError::EmbeddedReadOnly => {
                Some(ErrorCode::ParameterMissing)
            }
            ImportError::BadTag { .. } => Some(ErrorCode::LanguageTagIncorrect),
            _ => None,
        }
    }
}

/// Something in the import that was deliberately left out (not an error).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Skip {
    /// Where: `row 3`, or a locale key for `--format json`.
    pub at: String,
    /// Why it was skipped.
    pub reason: String,
}

/// The comparison of an import with a locale set. Build it with [`plan_import`].
#[derive(Debug)]
#[non_exhaustive]
pub struct ImportPlan {
    /// Every locale the import mentions, `en` first.
    pub locales: Vec<LocalePlan>,
    /// Rows and texts that were skipped on purpose.
    pub skipped: Vec<Skip>,
    /// Rows that are wrong; while there are any, nothing is written.
    pub errors: Vec<ImportError>,
    /// Where the compared locales came from.
    pub origin: String,
}

/// One locale's part of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LocalePlan {
    /// The tag as the resolver reports it.
    pub tag: String,
    /// The folder that holds it (created on write when it does not exist yet).
    pub folder: String,
    /// Whether the folder exists.
    pub exists: bool,
    /// The messages whose text differs, in code order.
    pub changes: Vec<MessageChange>,
    /// How many imported texts equal the current ones.
    pub unchanged: usize,
}

/// One message whose imported text differs from the `.ftl` files.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MessageChange {
    /// The code.
    pub code: ErrorCode,
    /// Its message ID.
    pub id: &'static str,
    /// The locale's current own plain text; `None` when it has no usable message.
    pub old: Option<String>,
    /// The imported text.
    pub new: String,
    /// The file (in the locale's folder) that will hold it.
    pub file: String,
    /// Whether the value is replaced or the message added.
    pub kind: ChangeKind,
    /// The current value uses placeables (e.g. `{ DURATION($wait) }`); the imported text
    /// replaces them with fixed text.
    pub drops_placeables: bool,
}

/// How a change reaches the files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChangeKind {
    /// The message's value is replaced in place; attributes and comments stay.
    Replace,
    /// The message is new in this locale and appended to its group's file.
    Add,
}

/// What a write did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WriteSummary {
    /// The files written, in order.
    pub files: Vec<PathBuf>,
    /// Values replaced.
    pub replaced: usize,
    /// Messages added.
    pub added: usize,
    /// Locale folders created.
    pub created: Vec<String>,
}

/// One imported text.
struct Entry {
    at: String,
    tag: String,
    code: ErrorCode,
    text: String,
}

/// Reads an import file (`-` for standard input), refusing files over [`MAX_IMPORT_BYTES`].
pub fn read_import_file(path: &Path) -> Result<String, ImportError> {
    let read_err = |source| ImportError::Read {
        path: path.to_path_buf(),
        source,
    };
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        io::stdin()
            .lock()
            .take(MAX_IMPORT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
    } else {
        fs::File::open(path)
            .map_err(read_err)?
            .take(MAX_IMPORT_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
    }
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            path: path.to_path_buf(),
        });
    }
    String::from_utf8(bytes).map_err(|err| ImportError::Json {
        line: 1,
        column: 1,
        message: format!("not UTF-8 at byte {}", err.utf8_error().valid_up_to()),
    })
}

/// Compares an import document with `set`: which messages differ, per locale.
///
/// Fails only when the document as a whole is unusable (not JSON, wrong shape); problems in
/// single rows are collected in [`ImportPlan::errors`]. Rows of another `app_fskey`, and
/// `null` or empty texts, are skipped ([`ImportPlan::skipped`]). Nothing is ever deleted: a
/// locale missing from a row keeps its message.
///
/// ```
/// use fresns_i18n::LocaleSet;
/// use fresns_i18n::exchange::{ExchangeFormat, plan_import};
///
/// let rows = r#"[{"app_fskey":"Fresns","code":31401,"messages":{"en":"Bad language tag"}}]"#;
/// let plan = plan_import(rows, ExchangeFormat::Fresns, "Fresns", &LocaleSet::embedded())?;
/// assert_eq!(plan.change_count(), 1);
/// assert_eq!(plan.locales[0].changes[0].old.as_deref(), Some("Language tag incorrect"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn plan_import(
    document: &str,
    format: ExchangeFormat,
    app_fskey: &str,
    set: &LocaleSet,
) -> Result<ImportPlan, ImportError> {
    if app_fskey.trim().is_empty() {
        return Err(ImportError::Shape(
            "the app_fskey is empty; Fresns's own rows use `Fresns`".to_owned(),
        ));
    }
    let document = document.strip_prefix('\u{FEFF}').unwrap_or(document);
    let value: Value = serde_json::from_str(document).map_err(|err| {
        let message = err.to_string();
        // The position is shown separately.
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        ImportError::Json {
            line: err.line(),
            column: err.column(),
            message: message.to_owned(),
        }
    })?;
    let mut reader = Reader::default();
    match format {
        ExchangeFormat::Fresns => reader.fresns(&value, app_fskey)?,
        ExchangeFormat::Json => reader.flat(&value)?,
    }
    let Reader {
        entries,
        mut errors,
        mut skipped,
    } = reader;

    // One text per (locale, code); the same text twice is fine.
    let mut wanted: BTreeMap<String, BTreeMap<ErrorCode, (String, String)>> = BTreeMap::new();
    for entry in entries {
        let texts = wanted.entry(entry.tag.clone()).or_default();
        match texts.get(&entry.code) {
            Some((first, text)) if *text != entry.text => errors.push(ImportError::Conflict {
                code: entry.code.number(),
                tag: entry.tag,
                first: first.clone(),
                second: entry.at,
            }),
            Some(_) => {}
            None => {
                texts.insert(entry.code, (entry.at, entry.text));
            }
        }
    }

    let resolver = Resolver::from_set(set)?;
    let current = own_texts(set, &resolver);
    let mut locales = Vec::new();
    for (tag, texts) in wanted {
        let existing = current.iter().find(|l| l.tag == tag);
        if existing.is_none() && resolver.locales().any(|t| t == tag) {
            // A locale the resolver makes up (a pseudo-locale) has no files to write.
            skipped.push(Skip {
                at: format!("`{tag}`"),
                reason: format!("`{tag}` is generated, not translated; its texts are not imported"),
            });
            continue;
        }
        let source = existing.and_then(|l| set.locales.iter().find(|s| s.tag == l.folder));
        let defined = source.map(defined_messages).unwrap_or_default();
        let mut plan = LocalePlan {
            folder: existing.map_or_else(|| tag.clone(), |l| l.folder.clone()),
            exists: existing.is_some(),
            tag,
            changes: Vec::new(),
            unchanged: 0,
        };
        for (code, (_, new)) in texts {
            let old = existing.and_then(|l| text_of(&l.texts, code).cloned());
            if old.as_deref() == Some(new.as_str()) {
                plan.unchanged += 1;
                continue;
            }
            let id = code.message_id();
            let (kind, file, drops_placeables) = match defined.get(id) {
                Some((file, placeables)) => (ChangeKind::Replace, file.clone(), *placeables),
                None => (ChangeKind::Add, code.group().file_name().to_owned(), false),
            };
            plan.changes.push(MessageChange {
                code,
                id,
                old,
                new,
                file,
                kind,
                drops_placeables,
            });
        }
        locales.push(plan);
    }
    locales.sort_by_key(|l| l.tag != crate::resources::DEFAULT_LOCALE);
    Ok(ImportPlan {
        locales,
        skipped,
        errors,
        origin: set.origin().to_owned(),
    })
}

fn text_of(texts: &[Option<String>], code: ErrorCode) -> Option<&String> {
    let index = ErrorCode::ALL.iter().position(|&c| c == code)?;
    texts.get(index)?.as_ref()
}

/// Message ID → (file, whether its value has placeables), first definition first.
fn defined_messages(source: &LocaleSource) -> HashMap<String, (String, bool)> {
    let mut out = HashMap::new();
    for file in &source.files {
        for (id, placeables) in fluent_edit::defined_messages(&file.text) {
            out.entry(id)
                .or_insert_with(|| (file.name.clone(), placeables));
        }
    }
    out
}

/// Collects entries, errors and skips from a parsed document.
#[derive(Default)]
struct Reader {
    entries: Vec<Entry>,
    errors: Vec<ImportError>,
    skipped: Vec<Skip>,
}

impl Reader {
    /// `[{"app_fskey":…,"code":…,"messages":{tag: text}}, …]`
    fn fresns(&mut self, value: &Value, app_fskey: &str) -> Result<(), ImportError> {
        let Value::Array(rows) = value else {
            return Err(ImportError::Shape(format!(
                "expected a JSON array of code_messages rows, found {}; see `fresns-i18n export --format fresns`",
                kind_of(value)
            )));
        };
        for (index, row) in rows.iter().enumerate() {
            let at = format!("row {}", index + 1);
            if let Err(err) = self.fresns_row(&at, row, app_fskey) {
                self.errors.push(err);
            }
        }
        Ok(())
    }

    fn fresns_row(&mut self, at: &str, row: &Value, app_fskey: &str) -> Result<(), ImportError> {
        let Value::Object(row) = row else {
            return Err(bad(
                at,
                format!("expected an object, found {}", kind_of(row)),
            ));
        };
        let field = |name: &'static str| {
            row.get(name).ok_or_else(|| ImportError::MissingField {
                at: at.to_owned(),
                field: name,
            })
        };
        let fskey = field("app_fskey")?;
        let Value::String(fskey) = fskey else {
            return Err(bad(
                at,
                format!("app_fskey must be a string, found {}", kind_of(fskey)),
            ));
        };
        if fskey != app_fskey {
            // The table also holds plugins' own codes; they are not ours to import.
            self.skipped.push(Skip {
                at: at.to_owned(),
                reason: format!("app_fskey `{fskey}` is not `{app_fskey}`"),
            });
            return Ok(());
        }
        let code = parse_code(at, field("code")?)?;
        // Database dumps may hold the JSON column as a string.
        let parsed;
        let messages = match field("messages")? {
            Value::String(json) => {
                parsed = serde_json::from_str::<Value>(json).map_err(|err| {
                    bad(
                        at,
                        format!("messages is a string but not a JSON object: {err}"),
                    )
                })?;
                &parsed
            }
            other => other,
        };
        let Value::Object(messages) = messages else {
            return Err(bad(
                at,
                format!(
                    "messages must be an object of language tag → text, found {}",
                    kind_of(messages)
                ),
            ));
        };
        for (key, text) in messages {
            let tag = match parse_key(at, key) {
                Ok(tag) => tag,
                Err(err) => {
                    self.errors.push(err);
                    continue;
                }
            };
            self.text(at, tag, code, text);
        }
        Ok(())
    }

    /// `{tag: {code: text}}`
    fn flat(&mut self, value: &Value) -> Result<(), ImportError> {
        let Value::Object(locales) = value else {
            return Err(ImportError::Shape(format!(
                "expected a JSON object of language tag → {{code → text}}, found {}; see `fresns-i18n export --format json`",
                kind_of(value)
            )));
        };
        for (key, texts) in locales {
            let tag = match parse_key("the top level", key) {
                Ok(tag) => tag,
                Err(err) => {
                    self.errors.push(err);
                    continue;
                }
            };
            let at = format!("`{}`", key.escape_debug());
            let Value::Object(texts) = texts else {
                self.errors.push(bad(
                    &at,
                    format!(
                        "expected an object of code → text, found {}",
                        kind_of(texts)
                    ),
                ));
                continue;
            };
            for (code, text) in texts {
                match parse_code(&at, &Value::String(code.clone())) {
                    Ok(code) => self.text(&at, tag.clone(), code, text),
                    Err(err) => self.errors.push(err),
                }
            }
        }
        Ok(())
    }

    fn text(&mut self, at: &str, tag: String, code: ErrorCode, text: &Value) {
        let text = match text {
            Value::String(text) => text,
            Value::Null => {
                self.skipped.push(Skip {
                    at: at.to_owned(),
                    reason: format!("code {code} in `{tag}` is null"),
                });
                return;
            }
            other => {
                self.errors.push(bad(
                    at,
                    format!(
                        "code {code} in `{tag}` must be a string, found {}",
                        kind_of(other)
                    ),
                ));
                return;
            }
        };
        // Text areas send CRLF; the files keep LF.
        let text = text.replace("\r\n", "\n");
        if text.trim().is_empty() {
            // An empty message would only fall back to another locale; keep the current one.
            self.skipped.push(Skip {
                at: at.to_owned(),
                reason: format!("code {code} in `{tag}` is empty"),
            });
            return;
        }
        if text.len() > MAX_MESSAGE_BYTES {
            self.errors.push(bad(
                at,
                format!(
                    "code {code} in `{tag}` is {} bytes, over the {MAX_MESSAGE_BYTES}-byte limit for a message",
                    text.len()
                ),
            ));
            return;
        }
        self.entries.push(Entry {
            at: at.to_owned(),
            tag,
            code,
            text,
        });
    }
}

fn bad(at: &str, problem: String) -> ImportError {
    ImportError::BadValue {
        at: at.to_owned(),
        problem,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A code as a number or a string of digits (database dumps differ).
fn parse_code(at: &str, value: &Value) -> Result<ErrorCode, ImportError> {
    let unknown = |code: String| ImportError::UnknownCode {
        at: at.to_owned(),
        code,
    };
    let number = match value {
        Value::Number(n) => n.as_u64().ok_or_else(|| unknown(n.to_string()))?,
        Value::String(s) => s
            .trim()
            .parse::<u64>()
            .map_err(|_| unknown(s.escape_debug().to_string()))?,
        other => {
            return Err(bad(
                at,
                format!("code must be a number, found {}", kind_of(other)),
            ));
        }
    };
    u32::try_from(number)
        .ok()
        .and_then(|n| ErrorCode::from_number(n).ok())
        .ok_or_else(|| unknown(number.to_string()))
}

/// A messages key, strictly parsed; returns the tag as the resolver spells it.
fn parse_key(at: &str, key: &str) -> Result<String, ImportError> {
    negotiate::parse_tag(key)
        .map(|locale| locale.id.to_string())
        .map_err(|source| ImportError::BadTag {
            at: at.to_owned(),
            key: key.escape_debug().to_string(),
            source,
        })
}

impl ImportPlan {
    /// Whether any row has an error (then nothing is written).
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// How many messages differ, over all locales.
    pub fn change_count(&self) -> usize {
        self.locales.iter().map(|l| l.changes.len()).sum()
    }

    /// A report for people: per locale, each differing message with its old and new text
    /// (quoted, so spaces and line breaks show), then the skips. Errors are not included.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for locale in &self.locales {
            let changed = locale.changes.len();
            let added = locale
                .changes
                .iter()
                .filter(|c| c.kind == ChangeKind::Add)
                .count();
            let new = if locale.exists {
                String::new()
            } else {
                format!(" (new locale: folder `{}` will be created)", locale.folder)
            };
            if changed == 0 {
                out.push_str(&format!(
                    "{}{new}: unchanged ({} message(s))\n",
                    locale.tag, locale.unchanged
                ));
                continue;
            }
            out.push_str(&format!(
                "{}{new}: {} to change, {added} to add, {} unchanged\n",
                locale.tag,
                changed - added,
                locale.unchanged
            ));
            for change in &locale.changes {
                out.push_str(&format!(
                    "  {} {} ({}/{})\n",
                    change.code, change.id, locale.folder, change.file
                ));
                match &change.old {
                    Some(old) => out.push_str(&format!("    - {old:?}\n")),
                    None if change.kind == ChangeKind::Add => out.push_str("    - (missing)\n"),
                    None => out.push_str("    - (broken; see `fresns-i18n check`)\n"),
                }
                out.push_str(&format!("    + {:?}\n", change.new));
                if change.drops_placeables {
                    out.push_str(
                        "    note: the current value has placeables (such as { DURATION($wait) }); the imported text replaces them with fixed text\n",
                    );
                }
            }
        }
        // A whole table dump can hold many plugin rows; a few show the pattern.
        for skip in self.skipped.iter().take(MAX_SKIPS_SHOWN) {
            out.push_str(&format!("skipped: {}: {}\n", skip.at, skip.reason));
        }
        if self.skipped.len() > MAX_SKIPS_SHOWN {
            out.push_str(&format!(
                "skipped: {} more\n",
                self.skipped.len() - MAX_SKIPS_SHOWN
            ));
        }
        out
    }

    /// Writes the changes into `<dir>/<folder>/*.ftl`.
    ///
    /// Refuses while [`ImportPlan::errors`] is not empty, when the files changed since the
    /// comparison, and when an edit could not be made without touching other text. Each file
    /// is checked in memory first, then replaced atomically, then the directory is reloaded
    /// and every imported text is checked to come back exactly.
    pub fn write(&self, dir: &Path) -> Result<WriteSummary, ImportError> {
        if self.has_errors() {
            return Err(ImportError::HasErrors(self.errors.len()));
        }
        let set = LocaleSet::from_dir(dir)?;
        let resolver = Resolver::from_set(&set)?;
        let current = own_texts(&set, &resolver);
        let mut jobs = Vec::new();
        let mut expected = Vec::new();
        let mut summary = WriteSummary {
            files: Vec::new(),
            replaced: 0,
            added: 0,
            created: Vec::new(),
        };
        for plan in self.locales.iter().filter(|l| !l.changes.is_empty()) {
            let existing = current.iter().find(|l| l.tag == plan.tag);
            if existing.is_some() != plan.exists {
                return Err(ImportError::Changed {
                    what: format!("locale `{}`", plan.tag),
                });
            }
            let folder = existing.map_or(plan.folder.as_str(), |l| l.folder.as_str());
            let source = set.locales.iter().find(|s| s.tag == folder);
            let defined = source.map(defined_messages).unwrap_or_default();
            let mut texts =
                existing.map_or_else(|| vec![None; ErrorCode::ALL.len()], |l| l.texts.clone());
            let mut edits: BTreeMap<String, FileEdit> = BTreeMap::new();
            for change in &plan.changes {
                let Some(index) = ErrorCode::ALL.iter().position(|&c| c == change.code) else {
                    continue;
                };
                if texts.get(index).cloned().flatten() != change.old {
                    return Err(ImportError::Changed {
                        what: format!("code {} in `{}`", change.code, plan.tag),
                    });
                }
                match defined.get(change.id) {
                    Some((file, _)) => {
                        summary.replaced += 1;
                        edits
                            .entry(file.clone())
                            .or_default()
                            .replace
                            .push((change.id, change.new.clone()));
                    }
                    None => {
                        summary.added += 1;
                        edits
                            .entry(change.code.group().file_name().to_owned())
                            .or_default()
                            .append
                            .push((change.id, change.new.clone()));
                    }
                }
                if let Some(slot) = texts.get_mut(index) {
                    *slot = Some(change.new.clone());
                }
            }
            if existing.is_none() {
                summary.created.push(folder.to_owned());
            }
            for (name, edit) in edits {
                jobs.push(FileJob::prepare(dir, folder, &name, &edit)?);
            }
            expected.push(LocaleTexts {
                tag: plan.tag.clone(),
                folder: folder.to_owned(),
                texts,
            });
        }
        if jobs.is_empty() {
            return Ok(summary);
        }

        // Check the edited set in memory before anything touches the disk.
        let edited = edited_set(&set, &jobs);
        verify(
            &Resolver::from_set(&edited)?,
            &expected,
            "edited",
            "nothing was written",
        )?;

        commit(dir, &jobs, &summary.created)?;
        summary.files = jobs.iter().map(|job| job.path.clone()).collect();

        let written = Resolver::from_set(&LocaleSet::from_dir(dir)?)?;
        verify(
            &written,
            &expected,
            "written",
            "the files were written; compare them with your version control and run the import again",
        )?;
        Ok(summary)
    }
}

impl fmt::Display for WriteSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for folder in &self.created {
            writeln!(f, "created locale folder {folder}")?;
        }
        for file in &self.files {
            writeln!(f, "wrote {}", file.display())?;
        }
        write!(
            f,
            "{} value(s) replaced, {} message(s) added in {} file(s); every imported text reads back exactly",
            self.replaced,
            self.added,
            self.files.len()
        )
    }
}

/// Checks that each locale in `expected` resolves to exactly those own texts.
fn verify(
    resolver: &Resolver,
    expected: &[LocaleTexts],
    stage: &'static str,
    advice: &'static str,
) -> Result<(), ImportError> {
    for locale in expected {
        let got = locale_texts(resolver, &locale.tag);
        for ((code, want), have) in ErrorCode::ALL.iter().zip(&locale.texts).zip(&got) {
            if want != have {
                return Err(ImportError::Verify {
                    tag: locale.tag.clone(),
                    code: code.number(),
                    expected: want.clone(),
                    got: have.clone(),
                    stage,
                    advice,
                });
            }
        }
    }
    Ok(())
}

/// One file to write.
struct FileJob {
    folder: String,
    name: String,
    path: PathBuf,
    /// The bytes on disk when read; `None` for a new file.
    original: Option<Vec<u8>>,
    /// The new text with LF line endings (what the loader sees).
    text: String,
    /// The new bytes, in the file's own encoding conventions.
    bytes: Vec<u8>,
}

impl FileJob {
    fn prepare(dir: &Path, folder: &str, name: &str, edit: &FileEdit) -> Result<Self, ImportError> {
        let path = dir.join(folder).join(name);
        let original = match fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(err) if err.kind() == io::ErrorKind::NotFound => None,
            Err(source) => return Err(ImportError::Read { path, source }),
        };
        let unsafe_file = |problem: String| ImportError::Unsafe {
            path: path.clone(),
            problem,
        };
        let (text, bom, crlf) = match &original {
            Some(bytes) => decode(bytes).map_err(unsafe_file)?,
            None => (String::new(), false, false),
        };
        let new = fluent_edit::apply(&text, edit).map_err(|problem| unsafe_file(problem.0))?;
        let mut bytes = Vec::with_capacity(new.len() + 3);
        if bom {
            bytes.extend_from_slice(b"\xEF\xBB\xBF");
        }
        if crlf {
            bytes.extend_from_slice(new.replace('\n', "\r\n").as_bytes());
        } else {
            bytes.extend_from_slice(new.as_bytes());
        }
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(unsafe_file(format!(
                "the edited file would be over the {}-byte limit for a locale file",
                MAX_FILE_BYTES
            )));
        }
        Ok(FileJob {
            folder: folder.to_owned(),
            name: name.to_owned(),
            path,
            original,
            text: new,
            bytes,
        })
    }

    fn temp_path(&self) -> PathBuf {
        self.path
            .with_file_name(format!(".{}.{}.import-tmp", self.name, std::process::id()))
    }
}

/// The text of a file as UTF-8 with LF line endings, and whether it had a BOM and CRLF
/// endings (kept on write). Refuses what cannot be written back faithfully.
fn decode(bytes: &[u8]) -> Result<(String, bool, bool), String> {
    let (bytes, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let text = std::str::from_utf8(bytes).map_err(|err| {
        format!(
            "not valid UTF-8 at byte {}; save it as UTF-8 (see `fresns-i18n check`)",
            err.valid_up_to()
        )
    })?;
    if !text.contains('\r') {
        return Ok((text.to_owned(), bom, false));
    }
    let lf = text.replace("\r\n", "\n");
    if lf.contains('\r') || text.matches("\r\n").count() != text.matches('\n').count() {
        return Err("mixes line endings; save it with LF line endings".to_owned());
    }
    Ok((lf, bom, true))
}

/// `set` with the jobs' files replaced or added.
fn edited_set(set: &LocaleSet, jobs: &[FileJob]) -> LocaleSet {
    let mut edited = set.clone();
    for job in jobs {
        let position = edited.locales.iter().position(|l| l.tag == job.folder);
        let index = position.unwrap_or_else(|| {
            edited.locales.push(LocaleSource {
                tag: job.folder.clone(),
                files: Vec::new(),
                allow_untranslated: Vec::new(),
            });
            edited.locales.len() - 1
        });
        let Some(locale) = edited.locales.get_mut(index) else {
            continue;
        };
        let file = SourceFile {
            name: job.name.clone(),
            display: format!("{}/{}", job.folder, job.name),
            text: job.text.clone().into(),
            encoding: EncodingIssues::default(),
        };
        match locale.files.iter_mut().find(|f| f.name == job.name) {
            Some(slot) => *slot = file,
            None => {
                locale.files.push(file);
                locale.files.sort_by(|a, b| a.name.cmp(&b.name));
            }
        }
    }
    edited.locales.sort_by(|a, b| a.tag.cmp(&b.tag));
    edited
}

/// Writes every job to a temporary file next to its target, checks that no target changed
/// since it was read, then renames them into place.
fn commit(dir: &Path, jobs: &[FileJob], created: &[String]) -> Result<(), ImportError> {
    for folder in created {
        let path = dir.join(folder);
        // Only well-formed tags become folders, so the name cannot climb out of `dir`.
        if canonical_tag(folder).as_deref() != Some(folder.as_str()) {
            return Err(ImportError::Unsafe {
                path,
                problem: "not a language tag, so no folder is created".to_owned(),
            });
        }
        if let Err(source) = fs::create_dir(&path)
            && !(source.kind() == io::ErrorKind::AlreadyExists && path.is_dir())
        {
            return Err(ImportError::Write {
                path,
                source,
                state: "nothing was written",
            });
        }
    }
    let cleanup = |upto: usize| {
        for job in jobs.iter().take(upto) {
            let _ = fs::remove_file(job.temp_path());
        }
        // Folders made for new locales go again (only if still empty).
        for folder in created {
            let _ = fs::remove_dir(dir.join(folder));
        }
    };
    for (index, job) in jobs.iter().enumerate() {
        if let Err(source) = write_temp(job) {
            cleanup(index + 1);
            return Err(ImportError::Write {
                path: job.temp_path(),
                source,
                state: "nothing was written",
            });
        }
    }
    for job in jobs {
        let now = match fs::read(&job.path) {
            Ok(bytes) => Some(bytes),
            Err(err) if err.kind() == io::ErrorKind::NotFound => None,
            Err(source) => {
                cleanup(jobs.len());
                return Err(ImportError::Read {
                    path: job.path.clone(),
                    source,
                });
            }
        };
        if now != job.original {
            cleanup(jobs.len());
            return Err(ImportError::Changed {
                what: job.path.display().to_string(),
            });
        }
    }
    for (index, job) in jobs.iter().enumerate() {
        if let Err(source) = fs::rename(job.temp_path(), &job.path) {
            for rest in &jobs[index..] {
                let _ = fs::remove_file(rest.temp_path());
            }
            return Err(ImportError::Write {
                path: job.path.clone(),
                source,
                state: if index == 0 {
                    "nothing was written"
                } else {
                    "the files listed before it were written, the rest were not"
                },
            });
        }
    }
    // Make the renames durable; not every platform can open a directory, so this is best effort.
    for job in jobs {
        if let Some(parent) = job.path.parent()
            && let Ok(handle) = fs::File::open(parent)
        {
            let _ = handle.sync_all();
        }
    }
    Ok(())
}

fn write_temp(job: &FileJob) -> io::Result<()> {
    let temp = job.temp_path();
    // A leftover from an interrupted run with the same process ID.
    let _ = fs::remove_file(&temp);
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)?;
    file.write_all(&job.bytes)?;
    file.sync_all()?;
    if let Ok(meta) = fs::metadata(&job.path) {
        fs::set_permissions(&temp, meta.permissions())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_keeps_bom_and_crlf_and_refuses_mixed_endings() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFa = 1\r\nb = 2\r\n"),
            Ok(("a = 1\nb = 2\n".to_owned(), true, true))
        );
        assert_eq!(decode(b"a = 1\n"), Ok(("a = 1\n".to_owned(), false, false)));
        assert!(decode(b"a = 1\r\nb = 2\n").is_err());
        assert!(decode(b"a = 1\rb = 2\n").is_err());
        assert!(decode(b"a = \xFF\n").is_err());
    }

    #[test]
    fn errors_name_their_catalog_codes() {
        let tag = negotiate::parse_tag("x!").unwrap_err();
        let bad_tag = ImportError::BadTag {
            at: "row 1".to_owned(),
            key: "x!".to_owned(),
            source: tag,
        };
        assert_eq!(bad_tag.code(), Some(ErrorCode::LanguageTagIncorrect));
        assert!(bad_tag.to_string().starts_with("row 1: `x!`"));
        assert_eq!(
            ImportError::EmbeddedReadOnly.code(),
            Some(ErrorCode::ParameterMissing)
        );
        let json = serde_json::from_str::<Value>("[").unwrap_err();
        let json = ImportError::Json {
            line: json.line(),
            column: json.column(),
            message: json.to_string(),
        };
        assert_eq!(json.code(), Some(ErrorCode::ParameterValueInvalid));
    }

    #[test]
    fn generated_locales_are_skipped_not_created() {
        let set = LocaleSet::embedded();
        let resolver = Resolver::from_set(&set).unwrap();
        let folders: Vec<Option<String>> = set.tags().map(canonical_tag).collect();
        let generated = resolver
            .locales()
            .find(|t| !folders.contains(&Some((*t).to_owned())));
        // Only meaningful while the resolver offers locales without folders.
        let Some(tag) = generated else { return };
        let document =
            format!(r#"[{{"app_fskey":"Fresns","code":31401,"messages":{{"{tag}":"x"}}}}]"#);
        let plan = plan_import(&document, ExchangeFormat::Fresns, "Fresns", &set).unwrap();
        assert!(plan.locales.is_empty());
        assert!(plan.skipped[0].reason.contains("is generated"));
    }

    #[test]
    fn many_skips_are_summarized() {
        let rows: Vec<String> = (0..50)
            .map(|_| r#"{"app_fskey":"Plugin","code":1,"messages":{}}"#.to_owned())
            .collect();
        let document = format!("[{}]", rows.join(","));
        let plan = plan_import(
            &document,
            ExchangeFormat::Fresns,
            "Fresns",
            &LocaleSet::embedded(),
        )
        .unwrap();
        assert_eq!(plan.skipped.len(), 50);
        let report = plan.render();
        assert_eq!(report.lines().count(), MAX_SKIPS_SHOWN + 1);
        assert!(report.ends_with("skipped: 30 more\n"));
    }
}
