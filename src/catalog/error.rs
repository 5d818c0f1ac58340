//! The catalog layer's error.

use super::ErrorCode;

/// Errors from catalog lookups.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CatalogError {
    /// The number is not a Fresns error code.
    #[error("{0} is not a Fresns error code; run `fresns-i18n codes` to list the catalog")]
    UnknownCode(u32),
    /// The message ID is not in the catalog.
    #[error("`{0}` is not a catalog message ID; run `fresns-i18n codes` to list them")]
    UnknownMessageId(String),
    /// The text is neither a number nor a message ID.
    #[error("`{0}` is not an error code; give a number such as 31401")]
    NotACode(String),
}

impl CatalogError {
    /// The catalog code that describes this error (always 30002, a bad parameter value).
    pub fn code(&self) -> ErrorCode {
        ErrorCode::ParameterValueInvalid
    }
}
