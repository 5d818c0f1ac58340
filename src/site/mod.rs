//! A Fresns site's own copy of the messages: its `code_messages` rows, planned against this
//! project's locales.
//!
//! Fresns reads an error's message only from its database, by the exact language tag the client
//! sends, falling back to the site's default language. [`plan_sync`] works out, for every code
//! and every language the site offers, what to write so that the site serves these
//! translations; [`SyncPlan`] says what would change and why anything is left alone. The plan
//! needs no database: the `db` feature reads the rows and applies plans
//! (`fresns-i18n sync` and `fresns-i18n pull`).
//!
//! The rules, each a promise to the site's admins:
//! - Only the rows of one app (`Fresns` by default) are planned; soft-deleted rows are not read.
//! - A site tag is served by this project's locale that the resolver's negotiation picks for it
//!   (`pt-BR` → `pt`, `zh-Hant-HK` → `zh-Hant`); a site tag with no locale of its own is reported
//!   and left alone, so English never lands under another language's key.
//! - Keys are merged into `messages`: keys of languages not managed here stay as they are, and
//!   `en` is never rewritten (it is only written into rows that do not exist yet).
//! - A code whose stored `en` text differs from this project's is a conflict and is skipped:
//!   on that site the code may mean something else. Accepting it (by code or all at once)
//!   writes it anyway.
//! - A row whose `messages` is not a JSON object, and a code with more than one live row, are
//!   reported and skipped, never overwritten.

#[cfg(feature = "db")]
pub mod db;
mod languages;
mod plan;
mod pull;
mod render;
mod row;

pub use languages::{LanguageMapping, SiteLanguages};
pub use plan::{Conflict, KeyChange, RowChange, SkippedRow, SyncOptions, SyncPlan, plan_sync};
pub use pull::{PullRows, pull_rows};
pub use row::{Messages, SiteRow};

use crate::catalog::ErrorCode;

/// Errors in what a site stores about its languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SiteError {
    /// `language_menus` is not the JSON array Fresns writes.
    #[error(
        "the site's language_menus config is not a JSON array of languages ({reason}); fix it in the Fresns admin panel"
    )]
    LanguageMenus {
        /// What is wrong.
        reason: String,
    },
}

impl SiteError {
    /// The catalog code that describes this error.
    pub fn code(&self) -> ErrorCode {
        ErrorCode::ParameterValueInvalid
    }
}
