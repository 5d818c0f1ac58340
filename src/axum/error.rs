//! [`FresnsError`]: an error a handler returns, rendered in the request's language.

use std::fmt;
use std::sync::OnceLock;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::envelope::{Envelope, MessageData, json_response};
use super::layer;
use crate::CatalogError;
use crate::catalog::ErrorCode;
use crate::format::args::{ArgError, ArgValue, Args};
use crate::negotiate::TagError;
use crate::resolver::{FallbackChain, Resolver};
use crate::resources::DEFAULT_LOCALE;

/// A Fresns API error: a catalog code, the values its message shows, an HTTP status and an
/// optional English detail for developers.
///
/// Returned from an axum handler, it becomes Fresns's envelope in the request's language
/// (negotiated by the [`Localizer`](super::Localizer) layer):
///
/// ```
/// use std::time::Duration;
/// use axum::http::StatusCode;
/// use fresns_i18n::ErrorCode;
/// use fresns_i18n::axum::FresnsError;
///
/// let err = FresnsError::new(ErrorCode::LoginAttemptsExceeded)
///     .with("wait", Duration::from_secs(7200));
/// assert_eq!(err.code(), ErrorCode::LoginAttemptsExceeded);
/// assert_eq!(err.status(), StatusCode::TOO_MANY_REQUESTS);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FresnsError {
    code: ErrorCode,
    args: Args,
    status: StatusCode,
    detail: Option<String>,
}

impl FresnsError {
    /// An error with `code`'s fitting HTTP status (see [`FresnsError::status`]).
    pub fn new(code: ErrorCode) -> Self {
        FresnsError {
            code,
            args: Args::new(),
            status: default_status(code),
            detail: None,
        }
    }

    /// Adds a value the message shows, such as `wait` for 34306. Values that do not fit the
    /// code are left out of the text (and logged by the server), never shown raw.
    pub fn with(mut self, name: &str, value: impl Into<ArgValue>) -> Self {
        self.args.set(name, value);
        self
    }

    /// Replaces the HTTP status.
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = status;
        self
    }

    /// Adds an English detail for the developer reading the response (`data.detail`).
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// The catalog code.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The message's values.
    pub fn args(&self) -> &Args {
        &self.args
    }

    /// The HTTP status. By default it follows the code's meaning: 401 for missing or bad
    /// credentials, 403 for what the site or a role forbids, 404 for records that do not exist,
    /// 409 for conflicts with existing data, 413 for oversized files, 429 for rate and daily
    /// limits, 502/503 for service providers, 500 for abnormal data, and 400 otherwise.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The English detail, if any.
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The envelope in the language of `chain`. Values that do not fit the code fall back to
    /// the message's plain text.
    pub(crate) fn render(&self, resolver: &Resolver, chain: &FallbackChain) -> Response {
        let resolved = resolver
            .resolve(self.code, chain, &self.args)
            .or_else(|_| resolver.resolve(self.code, chain, &Args::new()));
        let (text, locale) = match &resolved {
            Ok(resolved) => (resolved.text.as_ref(), resolved.locale),
            // Only a locales directory without a usable `en` gets here.
            Err(_) => (self.code.message_id(), DEFAULT_LOCALE),
        };
        let body = Envelope {
            code: self.code.number(),
            message: text,
            data: MessageData {
                id: self.code.message_id(),
                lang_tag: locale,
                detail: self.detail.as_deref(),
            },
        };
        json_response(self.status, &body, locale)
    }
}

impl fmt::Display for FresnsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fresns error {} ({})", self.code, self.code.message_id())?;
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

impl std::error::Error for FresnsError {}

impl IntoResponse for FresnsError {
    /// Inside a [`Localizer`](super::Localizer), the envelope is in the request's language.
    /// Without one, it is in English, from the embedded locales.
    fn into_response(self) -> Response {
        match layer::current_language() {
            Some((resolver, chain)) => self.render(&resolver, &chain),
            None => match english() {
                Some(resolver) => self.render(resolver, &resolver.default_chain()),
                None => json_response(
                    self.status,
                    &Envelope {
                        code: self.code.number(),
                        message: self.code.message_id(),
                        data: MessageData {
                            id: self.code.message_id(),
                            lang_tag: DEFAULT_LOCALE,
                            detail: self.detail.as_deref(),
                        },
                    },
                    DEFAULT_LOCALE,
                ),
            },
        }
    }
}

/// The embedded locales, built once, for errors rendered outside a [`Localizer`](super::Localizer).
fn english() -> Option<&'static Resolver> {
    static ENGLISH: OnceLock<Option<Resolver>> = OnceLock::new();
    ENGLISH.get_or_init(|| Resolver::embedded().ok()).as_ref()
}

impl From<TagError> for FresnsError {
    fn from(err: TagError) -> Self {
        FresnsError::new(err.code()).with_detail(err.to_string())
    }
}

impl From<ArgError> for FresnsError {
    fn from(err: ArgError) -> Self {
        FresnsError::new(err.code()).with_detail(err.to_string())
    }
}

impl From<CatalogError> for FresnsError {
    fn from(err: CatalogError) -> Self {
        FresnsError::new(err.code()).with_detail(err.to_string())
    }
}

/// The HTTP status that fits a code's meaning in Fresns.
fn default_status(code: ErrorCode) -> StatusCode {
    match code.number() {
        // Credentials: signatures, login tokens, account passwords.
        31302 | 31303 | 31501 | 31503..=31505 | 31601 | 31603 | 34304 | 34305 | 34502 | 35204 => {
            StatusCode::UNAUTHORIZED
        }
        // Records that do not exist.
        31101
        | 31201
        | 31502
        | 31602
        | 32101
        | 32201
        | 34301..=34303
        | 34501
        | 34503
        | 35201
        | 36100
        | 36400
        | 36601
        | 36700
        | 37100
        | 37200
        | 37300
        | 37302
        | 37400
        | 37402
        | 37500
        | 37600
        | 38100 => StatusCode::NOT_FOUND,
        // What the site, a role, a group or another user forbids.
        31304
        | 31305
        | 33100
        | 33101
        | 33403
        | 34201..=34203
        | 34307
        | 34308
        | 35202
        | 35203
        | 35301..=35306
        | 36101..=36104
        | 36106..=36112
        | 36116
        | 36200
        | 36201
        | 36300
        | 36311
        | 36312
        | 36600
        | 36602
        | 36606..=36608
        | 36701
        | 37101..=37106
        | 37201
        | 37301
        | 37303
        | 37401
        | 37403
        | 37501
        | 37601
        | 38209..=38211 => StatusCode::FORBIDDEN,
        // Conflicts with data that already exists.
        32204
        | 32205
        | 34204..=34206
        | 34401..=34403
        | 34405
        | 35105
        | 35111
        | 38103
        | 38104
        | 38201 => StatusCode::CONFLICT,
        36113 => StatusCode::PAYLOAD_TOO_LARGE,
        // Rate and daily limits.
        33201 | 34306 | 36105 | 36117 | 36119 | 36120 | 36304 => StatusCode::TOO_MANY_REQUESTS,
        32100 | 32102..=32104 => StatusCode::SERVICE_UNAVAILABLE,
        32301..=32304 => StatusCode::BAD_GATEWAY,
        32202 | 33102 => StatusCode::INTERNAL_SERVER_ERROR,
        _ => StatusCode::BAD_REQUEST,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_client_or_server_error_status() {
        for &code in ErrorCode::ALL {
            let status = default_status(code);
            assert!(
                status.is_client_error() || status.is_server_error(),
                "{code}"
            );
        }
        assert_eq!(
            default_status(ErrorCode::LanguageTagIncorrect),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            default_status(ErrorCode::DataAbnormal),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
