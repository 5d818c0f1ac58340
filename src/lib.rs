//! # fresns-i18n
//!
//! Localized messages for the Fresns API error codes, built on [Fluent](https://projectfluent.org).
//!
//! - [`ErrorCode`]: the 220 codes, each with a stable Fluent message ID, a group and the
//!   arguments it takes.
//! - [`Resolver`]: picks a message for a request's language, falling back per message along
//!   BCP 47 tags (`zh-TW` → `zh-Hant` → `en`), and formats arguments with CLDR data.
//! - [`LocaleSet`]: the locales embedded in the binary, or a directory read at run time.
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
//!   [`negotiate::MAX_TAG_LEN`] bytes); a malformed one is [`TagError`] (code 31401).
//! - `Accept-Language` is parsed leniently: q-values order the ranges, `q=0` excludes a
//!   language, `*` stands for `en`, malformed entries are skipped, and only the first
//!   [`negotiate::MAX_ACCEPT_LANGUAGE_BYTES`] bytes and
//!   [`negotiate::MAX_ACCEPT_LANGUAGE_RANGES`] ranges are read.
//! - Matching is case-insensitive: an exact tag first, then CLDR likely subtags (`zh-TW`,
//!   `zh-HK`, `zh-MO` → `zh-Hant`; `zh`, `zh-CN`, `zh-SG` → `zh-Hans`; `en-GB` → `en`;
//!   `pt-PT` → `pt`), never across scripts. The chain always ends in `en`.
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod catalog;
mod check;
mod export;
mod format;
mod locales;
pub mod negotiate;
mod resolver;
mod server;

pub use catalog::{ArgKind, ArgSpec, CatalogError, ErrorCode, Group, Presence};
/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub use check::{Format, LocaleStats, Report, check};
pub use export::{
    ChangeKind, ExchangeFormat, FRESNS_APP_FSKEY, ImportError, ImportPlan, LocalePlan,
    MAX_IMPORT_BYTES, MAX_MESSAGE_BYTES, MessageChange, Skip, WriteSummary, export_fresns,
    export_json, plan_import, read_import_file,
};
pub use format::args::{ArgError, ArgValue, Args};
pub use locales::{Check, DEFAULT_LOCALE, Diagnostic, LoadError, LocaleSet, Severity};
pub use negotiate::TagError;
pub use resolver::{
    DETAILED_ATTRIBUTE, FallbackChain, FormatProblem, MAX_CHAIN, ResolveError, Resolved, Resolver,
};
pub use server::{ServeError, ServeOptions, serve};
