//! # fresns-i18n
//!
//! Localized messages for the Fresns API error codes, built on [Fluent](https://projectfluent.org).
//!
//! - [`ErrorCode`]: the 220 codes, each with a stable Fluent message ID, a group and the
//!   arguments it takes ([`catalog`] has the details).
//! - [`Resolver`]: picks a message for a request's language, falling back per message along
//!   BCP 47 tags (`zh-TW` → `zh-Hant` → `en`), and formats arguments with CLDR data.
//! - [`LocaleSet`]: the locales embedded in the binary, a directory read at run time, or files
//!   in memory.
//! - [`check`]: the translation checker; [`exchange`]: export to and import from Fresns's
//!   `code_messages` rows; [`site`]: plans for a Fresns site's own database;
//!   [`limits`]: every bound on input.
//! - Behind Cargo features: `server` (the HTTP service), `axum` (per-request localized errors
//!   for an axum service), `db` (a Fresns site's database) and `cli` (the `fresns-i18n` binary). With `default-features = false`
//!   the crate is the library alone, with no async runtime or HTTP stack.
//!
//! ```
//! use fresns_i18n::{Args, ErrorCode, Resolver};
//!
//! let resolver = Resolver::embedded()?;
//! // Strict: a malformed X-Fresns-Client-Lang-Tag is error 31401.
//! assert!(resolver.negotiate_tag("x!").is_err());
//! // Lenient: Accept-Language never fails.
//! let chain = resolver.negotiate_accept_language("en-GB,en;q=0.9");
//! let message = resolver.resolve(ErrorCode::LanguageTagIncorrect, &chain, &Args::new())?;
//! assert_eq!(message.text, "Language tag incorrect");
//! assert_eq!(message.locale, "en");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Negotiation rules
//! - An explicit tag is parsed strictly (BCP 47, `-` separators, at most
//!   [`limits::MAX_TAG_LEN`] bytes); a malformed one is [`TagError`] (code 31401).
//! - `Accept-Language` is parsed leniently: q-values order the ranges, `q=0` excludes a
//!   language, `*` stands for `en`, malformed entries are skipped, and only the first
//!   [`limits::MAX_ACCEPT_LANGUAGE_BYTES`] bytes and
//!   [`limits::MAX_ACCEPT_LANGUAGE_RANGES`] ranges are read.
//! - Matching is case-insensitive: an exact tag first, then CLDR likely subtags (`zh-TW`,
//!   `zh-HK`, `zh-MO` → `zh-Hant`; `zh`, `zh-CN`, `zh-SG` → `zh-Hans`; `en-GB` → `en`;
//!   `pt-PT` → `pt`), never across scripts. The chain always ends in `en`.
//!
//! ## Errors
//! Each layer has one error enum. Errors that a catalog code describes say so as a value
//! (`code()`), never only in their text: [`TagError::code`] is 31401, [`ArgError::code`] is
//! 30000, 30001 or 30002.
#![deny(missing_docs, unreachable_pub)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod catalog;
pub mod check;
pub mod exchange;
mod format;
pub mod limits;
mod negotiate;
mod resolver;
mod resources;
pub mod site;

#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "server")]
pub mod server;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use catalog::codes::ErrorCode;
pub use catalog::error::CatalogError;
pub use format::args::{ArgError, ArgValue, Args, ParseValueError};
pub use negotiate::TagError;
pub use resolver::{FallbackChain, FormatProblem, ResolveError, Resolved, Resolver};
pub use resources::{DEFAULT_LOCALE, LoadError, LocaleSet};
