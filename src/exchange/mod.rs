//! The exchange layer: exports the messages for Fresns's `code_messages` table or for front-end
//! clients, and imports edited rows back into the `.ftl` files.
//!
//! Every text here is a locale's *own* plain message: the message value with no arguments, as
//! the resolver prints it, without falling back to another locale. A locale that lacks a
//! message (or whose message is broken) is left out for that code.

mod fluent_edit;
mod import;

use crate::catalog::ErrorCode;
use crate::format::args::Args;
use crate::negotiate;
use crate::resolver::Resolver;
use crate::resources::{DEFAULT_LOCALE, LoadError, LocaleSet};

pub use import::{
    ChangeKind, ImportError, ImportPlan, LocalePlan, MessageChange, Skip, WriteSummary,
    plan_import, read_import_file,
};

/// The `app_fskey` of Fresns's own rows in `code_messages` (plugins have their own).
pub const FRESNS_APP_FSKEY: &str = "Fresns";

/// The shape of an export or import document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExchangeFormat {
    /// Rows of Fresns's `code_messages` table, as a JSON array with one row per line:
    /// `{"app_fskey":"Fresns","code":31401,"messages":{"en":"…","zh-Hans":"…"}}`.
    Fresns,
    /// One flat map per locale, code → text: `{"en":{"31401":"…"},"de":{…}}`.
    Json,
}

/// One locale's own plain texts, by position in [`ErrorCode::ALL`].
pub(crate) struct LocaleTexts {
    /// The tag as the resolver reports it.
    pub(crate) tag: String,
    /// The folder it was loaded from.
    pub(crate) folder: String,
    pub(crate) texts: Vec<Option<String>>,
}

/// The canonical tag of a locale folder, as the resolver derives it.
pub(crate) fn canonical_tag(folder: &str) -> Option<String> {
    negotiate::parse_tag(folder).ok().map(|l| l.id.to_string())
}

/// Every locale of `set` that the resolver loaded, `en` first, with its own plain texts.
pub(crate) fn own_texts(set: &LocaleSet, resolver: &Resolver) -> Vec<LocaleTexts> {
    let mut out: Vec<LocaleTexts> = Vec::new();
    for folder in set.tags() {
        let Some(tag) = canonical_tag(folder) else {
            continue;
        };
        // Only folder-backed locales: the resolver may offer more (e.g. generated ones).
        if !resolver.locales().any(|t| t == tag) || out.iter().any(|l| l.tag == tag) {
            continue;
        }
        let texts = locale_texts(resolver, &tag);
        out.push(LocaleTexts {
            tag,
            folder: folder.to_owned(),
            texts,
        });
    }
    out.sort_by_key(|l| l.tag != DEFAULT_LOCALE);
    out
}

/// The own plain text of every code in the resolver's locale `tag`.
pub(crate) fn locale_texts(resolver: &Resolver, tag: &str) -> Vec<Option<String>> {
    let Ok(chain) = resolver.negotiate_tag(tag) else {
        return vec![None; ErrorCode::ALL.len()];
    };
    let args = Args::new();
    ErrorCode::ALL
        .iter()
        .map(|&code| {
            resolver
                .resolve(code, &chain, &args)
                .ok()
                .filter(|resolved| resolved.locale == tag)
                .map(|resolved| resolved.text.into_owned())
        })
        .collect()
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}

/// Exports `set` as rows of Fresns's `code_messages` table: a JSON array, one row per code in
/// code order, one row per line. Each row's `messages` has `en` first, then the other locales.
/// A code that no locale has (only possible with an incomplete directory) gets no row.
///
/// ```
/// use fresns_i18n::LocaleSet;
/// use fresns_i18n::exchange::export_fresns;
///
/// let rows = export_fresns(&LocaleSet::embedded(), "Fresns")?;
/// let rows: serde_json::Value = serde_json::from_str(&rows)?;
/// assert_eq!(rows[0]["code"], 30000);
/// assert_eq!(rows[0]["messages"]["en"], "Parameter error");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn export_fresns(set: &LocaleSet, app_fskey: &str) -> Result<String, LoadError> {
    let resolver = Resolver::from_set(set)?;
    let locales = own_texts(set, &resolver);
    let fskey = json_string(app_fskey);
    let rows: Vec<String> = ErrorCode::ALL
        .iter()
        .enumerate()
        .filter_map(|(index, code)| {
            let messages: Vec<String> = locales
                .iter()
                .filter_map(|l| {
                    let text = l.texts.get(index)?.as_deref()?;
                    Some(format!("{}:{}", json_string(&l.tag), json_string(text)))
                })
                .collect();
            // A row without messages would only blank the code in Fresns.
            (!messages.is_empty()).then(|| {
                format!(
                    "{{\"app_fskey\":{fskey},\"code\":{},\"messages\":{{{}}}}}",
                    code.number(),
                    messages.join(",")
                )
            })
        })
        .collect();
    Ok(format!("[\n{}\n]\n", rows.join(",\n")))
}

/// Exports `set` as one flat map per locale (`en` first), code → own plain text, for
/// front-end clients: `{"en":{"30000":"Parameter error",…},"de":{…}}`.
pub fn export_json(set: &LocaleSet) -> Result<String, LoadError> {
    let resolver = Resolver::from_set(set)?;
    let locales = own_texts(set, &resolver);
    let blocks: Vec<String> = locales
        .iter()
        .map(|l| {
            let entries: Vec<String> = ErrorCode::ALL
                .iter()
                .zip(&l.texts)
                .filter_map(|(code, text)| {
                    let text = text.as_deref()?;
                    Some(format!("    \"{}\": {}", code.number(), json_string(text)))
                })
                .collect();
            format!(
                "  {}: {{\n{}\n  }}",
                json_string(&l.tag),
                entries.join(",\n")
            )
        })
        .collect();
    Ok(format!("{{\n{}\n}}\n", blocks.join(",\n")))
}
