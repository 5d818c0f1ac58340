//! Localized Fresns errors for axum services (feature `axum`).
//!
//! A service mounts one layer, [`Localizer`], and then:
//! - returns [`FresnsError`] from handlers: it renders as Fresns's envelope
//!   `{"code":34306,"message":"…","data":{…}}` in the request's language, with a fitting HTTP
//!   status, `Content-Language` and `Vary`;
//! - takes [`ClientLanguage`] as an extractor where it needs the language itself.
//!
//! The request's language comes from `X-Fresns-Client-Lang-Tag` (strict: a malformed tag is
//! error 31401), else `Accept-Language` (lenient), else `en`: the same rules and code as
//! `fresns-i18n serve`.
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//! use axum::{Router, routing::post};
//! use fresns_i18n::{ErrorCode, Resolver};
//! use fresns_i18n::axum::{FresnsError, Localizer};
//!
//! async fn login() -> Result<&'static str, FresnsError> {
//!     Err(FresnsError::new(ErrorCode::LoginAttemptsExceeded)
//!         .with("wait", Duration::from_secs(7200)))
//! }
//!
//! let resolver = Arc::new(Resolver::embedded()?);
//! let app: Router = Router::new()
//!     .route("/login", post(login))
//!     .layer(Localizer::new(resolver));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod envelope;
mod error;
mod language;
mod layer;

pub use error::FresnsError;
pub use layer::{ClientLanguage, LocalizeService, Localizer};

// The HTTP service builds its responses with the same pieces.
#[cfg(feature = "server")]
pub(crate) use envelope::{Envelope, MessageData, json_response, set_language_headers};
#[cfg(feature = "server")]
pub(crate) use language::{lenient_chain, strict_chain};
