//! Import: rows edited in Fresns, compared with the `.ftl` files and optionally written back.
//!
//! Nothing is written while any row has an error. A write edits only the changed values in
//! place, checks the result in memory before touching the disk, replaces each file atomically
//! (temporary file + rename, only if nobody changed the file meanwhile) and checks again after.

mod plan;
mod read;
mod write;

use std::io;
use std::path::PathBuf;

use crate::catalog::ErrorCode;
use crate::limits::MAX_IMPORT_BYTES;
use crate::negotiate::TagError;
use crate::resources::LoadError;

pub use plan::plan_import;
pub use read::read_import_file;
pub use write::WriteSummary;

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
    /// Writing (`import --write`, `pull --write`, `fmt`) without `--locales DIR`.
    #[error(
        "writing needs --locales DIR (import --write, pull --write, fmt); the embedded locales are compiled into the binary and cannot be written"
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

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::negotiate;

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
}
