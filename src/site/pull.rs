//! [`pull_rows`]: a site's rows as an import document, for bringing admins' edits back.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::plan::{Conflict, SkippedRow};
use super::row::SiteRow;
use crate::catalog::ErrorCode;
use crate::exchange::own_texts;
use crate::resolver::Resolver;
use crate::resources::{DEFAULT_LOCALE, LoadError, LocaleSet};

/// What of a site's rows can come back into the locale files.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PullRows {
    /// Rows in `export --format fresns` shape, with only the keys that equal a locale's tag:
    /// the input of [`plan_import`](crate::exchange::plan_import).
    pub document: String,
    /// Keys that are no locale's tag (such as `pt-BR` served from `pt`, or an admin's
    /// `fr-CA`), with how many rows have them: listed, never written.
    pub site_only: BTreeMap<String, usize>,
    /// Codes whose stored `en` differs from this project's: on that site the code may mean
    /// something else, so none of its texts is pulled.
    pub drift: Vec<Conflict>,
    /// Rows that cannot be read, or codes with more than one live row.
    pub skipped: Vec<SkippedRow>,
}

/// Turns the live rows of `app_fskey` into an import document for `set`. `en` is never
/// pulled: it is Fresns's own text, kept byte for byte.
pub fn pull_rows(
    set: &LocaleSet,
    app_fskey: &str,
    rows: &[SiteRow],
) -> Result<PullRows, LoadError> {
    let resolver = Resolver::from_set(set)?;
    let own = own_texts(set, &resolver);
    let en = own.iter().find(|locale| locale.tag == DEFAULT_LOCALE);
    let mut out = PullRows {
        document: String::new(),
        site_only: BTreeMap::new(),
        drift: Vec::new(),
        skipped: Vec::new(),
    };
    let mut per_code: BTreeMap<i64, usize> = BTreeMap::new();
    for row in rows {
        *per_code.entry(row.code).or_default() += 1;
    }
    let mut document = Vec::new();
    for row in rows {
        let messages = match &row.messages {
            Ok(messages) => messages,
            Err(reason) => {
                out.skipped.push(SkippedRow {
                    row: row.id,
                    code: row.code,
                    reason: reason.clone(),
                });
                continue;
            }
        };
        if per_code.get(&row.code).copied().unwrap_or(0) > 1 {
            out.skipped.push(SkippedRow {
                row: row.id,
                code: row.code,
                reason: "the code has more than one live row".to_owned(),
            });
            continue;
        }
        let code = u32::try_from(row.code)
            .ok()
            .and_then(|number| ErrorCode::from_number(number).ok());
        if let Some(code) = code {
            let ours = en.and_then(|en| en.texts.get(code.index())?.as_deref());
            if let (Some(stored), Some(ours)) = (messages.text(DEFAULT_LOCALE), ours)
                && stored != ours
            {
                out.drift.push(Conflict {
                    code,
                    row: row.id,
                    stored_en: stored.to_owned(),
                    our_en: ours.to_owned(),
                });
                continue;
            }
        }
        let mut kept = serde_json::Map::new();
        for key in messages.keys() {
            if key == DEFAULT_LOCALE {
                continue;
            }
            match (
                own.iter().any(|locale| locale.tag == key),
                messages.text(key),
            ) {
                (true, Some(text)) => {
                    kept.insert(key.to_owned(), Value::String(text.to_owned()));
                }
                _ => *out.site_only.entry(key.to_owned()).or_default() += 1,
            }
        }
        if !kept.is_empty() {
            document.push(json!({"app_fskey": app_fskey, "code": row.code, "messages": kept}));
        }
    }
    out.document = Value::Array(document).to_string();
    Ok(out)
}
