//! [`pull_rows`]: a site's rows as an import document, for bringing admins' edits back.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::plan::{Conflict, SkippedRow, drifted, sort_rows};
use super::row::SiteRow;
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
    /// Rows left alone: codes outside the catalog, `messages` that is not an object, and codes
    /// with more than one live row.
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
    let sorted = sort_rows(rows, app_fskey);
    out.skipped = sorted.skipped;
    let mut usable: Vec<_> = sorted.usable.into_iter().collect();
    usable.sort_by_key(|(code, _)| *code);
    let mut document = Vec::new();
    for (code, (row, messages)) in usable {
        let ours = en.and_then(|en| en.texts.get(code.index())?.as_deref());
        if let Some(ours) = ours
            && let Some(stored_en) = drifted(messages, ours)
        {
            out.drift.push(Conflict {
                code,
                row: row.id,
                stored_en,
                our_en: ours.to_owned(),
            });
            continue;
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
