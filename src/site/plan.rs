//! [`plan_sync`]: what to write into a site's `code_messages` rows, and what to leave alone.

use std::collections::{HashMap, HashSet};

use serde::{Serialize, Serializer};

use super::languages::{LanguageMapping, SiteLanguages, map_tags};
use super::row::{Messages, SiteRow};
use crate::catalog::ErrorCode;
use crate::exchange::own_texts;
use crate::resolver::Resolver;
use crate::resources::{DEFAULT_LOCALE, LoadError, LocaleSet};

/// Choices that loosen [`plan_sync`]'s defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct SyncOptions {
    /// Codes to write even though their stored `en` text differs from this project's.
    pub accept: Vec<ErrorCode>,
    /// Write every code whose stored `en` text differs.
    pub accept_all_drift: bool,
}

/// Everything a sync would do, and everything it leaves alone.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct SyncPlan {
    /// The app whose rows were planned.
    pub app_fskey: String,
    /// Each site language and the locale that serves it.
    pub languages: Vec<LanguageMapping>,
    /// The site's default language.
    pub default_language: Option<String>,
    /// Rows to update (with `row`) or insert (without).
    pub changes: Vec<RowChange>,
    /// Messages already as this project has them.
    pub unchanged: usize,
    /// Codes skipped because the stored `en` text differs.
    pub conflicts: Vec<Conflict>,
    /// Rows reported and left alone.
    pub skipped: Vec<SkippedRow>,
}

/// One row to write.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RowChange {
    /// The code.
    #[serde(serialize_with = "code_number")]
    pub code: ErrorCode,
    /// The row's primary key; `None` for a row to insert.
    pub row: Option<i64>,
    /// The keys added or changed.
    pub keys: Vec<KeyChange>,
    /// The row's `messages` as planned against (`None` for an insert). A write re-reads the
    /// row and skips it if it changed since.
    #[serde(skip)]
    pub before: Option<Messages>,
    /// The row's `messages` after the write: the stored object with the keys merged in.
    #[serde(skip)]
    pub after: Messages,
}

/// One key of `messages` added or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct KeyChange {
    /// The key: the site's language tag.
    pub tag: String,
    /// The locale the text comes from.
    pub locale: String,
    /// The stored text, if any (a non-text value is shown as JSON).
    pub old: Option<String>,
    /// The text written.
    pub new: String,
}

/// A code whose stored `en` text is not this project's: on that site it may mean something
/// else, so it is not written unless accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Conflict {
    /// The code.
    #[serde(serialize_with = "code_number")]
    pub code: ErrorCode,
    /// The row.
    pub row: i64,
    /// The site's `en` text (a non-text value is shown as JSON).
    pub stored_en: String,
    /// This project's `en` text.
    pub our_en: String,
}

/// A row that is reported and never written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SkippedRow {
    /// The row's primary key.
    pub row: i64,
    /// Its `code` column.
    pub code: i64,
    /// Why it is left alone.
    pub reason: String,
}

fn code_number<S: Serializer>(code: &ErrorCode, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u32(code.number())
}

impl SyncPlan {
    /// How many keys the plan adds and changes.
    pub fn key_counts(&self) -> (usize, usize) {
        let keys = self.changes.iter().flat_map(|change| &change.keys);
        let added = keys.clone().filter(|key| key.old.is_none()).count();
        (added, keys.count() - added)
    }

    /// Whether the plan writes nothing.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

/// Plans a sync of `set`'s translations into a site's rows of `app_fskey` (its live rows,
/// as read from `code_messages`), for the site's `languages`.
///
/// ```
/// use fresns_i18n::LocaleSet;
/// use fresns_i18n::site::{SiteLanguages, SiteRow, SyncOptions, plan_sync};
///
/// let languages = SiteLanguages::from_configs(
///     Some(r#"[{"langTag":"en","isEnabled":true},{"langTag":"pt-BR","isEnabled":true}]"#),
///     Some("en"),
/// )?;
/// let rows = [SiteRow::new(1, 31401, Some(r#"{"en":"Language tag incorrect"}"#))];
/// let plan = plan_sync(&LocaleSet::embedded(), "Fresns", &languages, &rows, &SyncOptions::default())?;
/// let change = plan.changes.iter().find(|c| c.code.number() == 31401).expect("a change");
/// assert_eq!(change.row, Some(1));
/// assert_eq!(change.keys[0].tag, "pt-BR");
/// assert_eq!(change.keys[0].locale, "pt");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn plan_sync(
    set: &LocaleSet,
    app_fskey: &str,
    languages: &SiteLanguages,
    rows: &[SiteRow],
    options: &SyncOptions,
) -> Result<SyncPlan, LoadError> {
    let resolver = Resolver::from_set(set)?;
    let own = own_texts(set, &resolver);
    let tags: Vec<&str> = own.iter().map(|locale| locale.tag.as_str()).collect();
    let mapping = map_tags(&resolver, &tags, &languages.tags);
    // Site key → index into `own`; `en` itself is never rewritten.
    let managed: Vec<(&str, usize)> = mapping
        .iter()
        .filter(|m| m.site_tag != DEFAULT_LOCALE)
        .filter_map(|m| {
            let locale = m.locale.as_deref()?;
            let index = own.iter().position(|l| l.tag == locale)?;
            Some((m.site_tag.as_str(), index))
        })
        .collect();
    let en = own.iter().find(|locale| locale.tag == DEFAULT_LOCALE);

    let mut plan = SyncPlan {
        app_fskey: app_fskey.to_owned(),
        languages: mapping.clone(),
        default_language: languages.default.clone(),
        changes: Vec::new(),
        unchanged: 0,
        conflicts: Vec::new(),
        skipped: Vec::new(),
    };
    let rows = sort_rows(rows, app_fskey);
    plan.skipped = rows.skipped;

    for &code in ErrorCode::ALL {
        let index = code.index();
        let Some(en_text) = en.and_then(|en| en.texts.get(index)?.as_deref()) else {
            continue;
        };
        let ours = |locale: usize| own.get(locale)?.texts.get(index)?.as_deref();
        match rows.usable.get(&code) {
            // A code whose live rows cannot be used is reported, and gets no second row.
            None if rows.present.contains(&code) => {}
            None => {
                let mut after = Messages::default();
                let mut keys = vec![KeyChange {
                    tag: DEFAULT_LOCALE.to_owned(),
                    locale: DEFAULT_LOCALE.to_owned(),
                    old: None,
                    new: en_text.to_owned(),
                }];
                after.set(DEFAULT_LOCALE, en_text);
                for &(site_tag, locale) in &managed {
                    if let Some(text) = ours(locale) {
                        after.set(site_tag, text);
                        keys.push(KeyChange {
                            tag: site_tag.to_owned(),
                            locale: own[locale].tag.clone(),
                            old: None,
                            new: text.to_owned(),
                        });
                    }
                }
                plan.changes.push(RowChange {
                    code,
                    row: None,
                    keys,
                    before: None,
                    after,
                });
            }
            Some(&(row, stored)) => {
                let accepted = options.accept_all_drift || options.accept.contains(&code);
                if let Some(stored_en) = drifted(stored, en_text)
                    && !accepted
                {
                    plan.conflicts.push(Conflict {
                        code,
                        row: row.id,
                        stored_en,
                        our_en: en_text.to_owned(),
                    });
                    continue;
                }
                let mut after = stored.clone();
                let mut keys = Vec::new();
                for &(site_tag, locale) in &managed {
                    let Some(text) = ours(locale) else { continue };
                    if stored.text(site_tag) == Some(text) {
                        plan.unchanged += 1;
                        continue;
                    }
                    let old = shown(stored, site_tag);
                    after.set(site_tag, text);
                    keys.push(KeyChange {
                        tag: site_tag.to_owned(),
                        locale: own[locale].tag.clone(),
                        old,
                        new: text.to_owned(),
                    });
                }
                if !keys.is_empty() {
                    plan.changes.push(RowChange {
                        code,
                        row: Some(row.id),
                        keys,
                        before: Some(stored.clone()),
                        after,
                    });
                }
            }
        }
    }
    Ok(plan)
}

/// A site's live rows as a plan can use them: one readable row per catalog code.
pub(crate) struct SortedRows<'r> {
    /// The one live row of a code, with its `messages` object.
    pub(crate) usable: HashMap<ErrorCode, (&'r SiteRow, &'r Messages)>,
    /// Every catalog code with at least one live row, usable or not.
    pub(crate) present: HashSet<ErrorCode>,
    /// Rows left alone, by code and row: codes outside the catalog, `messages` that is not an
    /// object, and codes with more than one live row.
    pub(crate) skipped: Vec<SkippedRow>,
}

/// Sorts the live rows of `app_fskey` into the ones a plan may use and the ones it reports.
pub(crate) fn sort_rows<'r>(rows: &'r [SiteRow], app_fskey: &str) -> SortedRows<'r> {
    let mut by_code: HashMap<i64, Vec<&SiteRow>> = HashMap::new();
    for row in rows {
        by_code.entry(row.code).or_default().push(row);
    }
    let mut sorted = SortedRows {
        usable: HashMap::new(),
        present: HashSet::new(),
        skipped: Vec::new(),
    };
    let mut skip = |row: &SiteRow, reason: String| {
        sorted.skipped.push(SkippedRow {
            row: row.id,
            code: row.code,
            reason,
        });
    };
    for (number, found) in &by_code {
        let code = u32::try_from(*number)
            .ok()
            .and_then(|number| ErrorCode::from_number(number).ok());
        let Some(code) = code else {
            for row in found {
                skip(row, "not a code of this project's catalog".to_owned());
            }
            continue;
        };
        sorted.present.insert(code);
        match found.as_slice() {
            [row] => match &row.messages {
                Ok(messages) => {
                    sorted.usable.insert(code, (*row, messages));
                }
                Err(reason) => skip(row, reason.clone()),
            },
            several => {
                for row in several {
                    skip(
                        row,
                        format!(
                            "code {code} has {} live rows for {app_fskey}; which one Fresns reads is unclear, so none is changed",
                            several.len()
                        ),
                    );
                }
            }
        }
    }
    sorted.skipped.sort_by_key(|skip| (skip.code, skip.row));
    sorted
}

/// The stored `en` text when it is not `ours` (a non-text value shown as JSON): on that site
/// the code may mean something else.
pub(crate) fn drifted(stored: &Messages, ours: &str) -> Option<String> {
    shown(stored, DEFAULT_LOCALE).filter(|stored| stored != ours)
}

/// The stored value under `tag` as a person reads it: the text, or the JSON of a non-text value.
fn shown(messages: &Messages, tag: &str) -> Option<String> {
    match messages.text(tag) {
        Some(text) => Some(text.to_owned()),
        None if messages.contains(tag) => Some(messages.raw(tag)),
        None => None,
    }
}
