//! The binary's one writer for stdout, and its failures.

use std::fmt;
use std::io::{self, BufWriter, StdoutLock, Write};

use fresns_i18n::check::LayoutError;
use fresns_i18n::exchange::ImportError;
use fresns_i18n::server::ServeError;
use fresns_i18n::site::db::DbError;
use fresns_i18n::{ArgError, CatalogError, ErrorCode, LoadError, ResolveError, TagError};

/// Standard output, buffered. A closed pipe (`| head`) surfaces as [`Failure::ClosedPipe`],
/// which ends the command quietly with status 0.
pub(crate) struct Out {
    inner: BufWriter<StdoutLock<'static>>,
}

impl Out {
    pub(crate) fn stdout() -> Self {
        Out {
            inner: BufWriter::new(io::stdout().lock()),
        }
    }

    pub(crate) fn write(&mut self, text: &str) -> Result<(), Failure> {
        Ok(self.inner.write_all(text.as_bytes())?)
    }

    pub(crate) fn line(&mut self, text: &str) -> Result<(), Failure> {
        self.write(text)?;
        self.write("\n")
    }

    pub(crate) fn flush(&mut self) -> Result<(), Failure> {
        Ok(self.inner.flush()?)
    }
}

/// Why a command stopped. The catalog code travels as a value and is printed as a prefix.
#[derive(Debug)]
pub(crate) enum Failure {
    /// Standard output was closed by its reader.
    ClosedPipe,
    /// The command line asks for something that cannot be done: exit status 2.
    Usage(String),
    /// A problem a catalog code describes.
    Coded { code: ErrorCode, message: String },
    /// Any other problem: exit status 1.
    Plain(String),
}

impl Failure {
    pub(crate) fn coded(code: ErrorCode, message: impl Into<String>) -> Self {
        Failure::Coded {
            code,
            message: message.into(),
        }
    }

    fn maybe_coded(code: Option<ErrorCode>, message: String) -> Self {
        match code {
            Some(code) => Failure::Coded { code, message },
            None => Failure::Plain(message),
        }
    }

    pub(crate) fn from_import(err: &ImportError) -> Self {
        Failure::maybe_coded(err.code(), err.to_string())
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::ClosedPipe => f.write_str("standard output was closed"),
            Failure::Usage(message) | Failure::Plain(message) => f.write_str(message),
            Failure::Coded { code, message } => write!(f, "code {code}: {message}"),
        }
    }
}

impl From<io::Error> for Failure {
    fn from(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Failure::ClosedPipe
        } else {
            Failure::Plain(format!("cannot write the output: {err}"))
        }
    }
}

impl From<CatalogError> for Failure {
    fn from(err: CatalogError) -> Self {
        Failure::coded(err.code(), err.to_string())
    }
}

impl From<ArgError> for Failure {
    fn from(err: ArgError) -> Self {
        Failure::coded(err.code(), err.to_string())
    }
}

impl From<TagError> for Failure {
    fn from(err: TagError) -> Self {
        Failure::coded(err.code(), err.to_string())
    }
}

impl From<ResolveError> for Failure {
    fn from(err: ResolveError) -> Self {
        Failure::maybe_coded(err.code(), err.to_string())
    }
}

impl From<ImportError> for Failure {
    fn from(err: ImportError) -> Self {
        Failure::from_import(&err)
    }
}

impl From<LoadError> for Failure {
    fn from(err: LoadError) -> Self {
        Failure::Plain(err.to_string())
    }
}

impl From<LayoutError> for Failure {
    fn from(err: LayoutError) -> Self {
        Failure::Plain(err.to_string())
    }
}

impl From<ServeError> for Failure {
    fn from(err: ServeError) -> Self {
        Failure::Plain(err.to_string())
    }
}

impl From<serde_json::Error> for Failure {
    fn from(err: serde_json::Error) -> Self {
        Failure::Plain(err.to_string())
    }
}

impl From<DbError> for Failure {
    fn from(err: DbError) -> Self {
        Failure::maybe_coded(err.code(), err.to_string())
    }
}
