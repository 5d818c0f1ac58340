//! Planning an import: which messages differ from the `.ftl` files, per locale, and the
//! report of it for people.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::read::Reader;
use super::{ChangeKind, ImportError, ImportPlan, LocalePlan, MessageChange, Skip};
use crate::catalog::ErrorCode;
use crate::exchange::fluent_edit;
use crate::exchange::{ExchangeFormat, own_texts};
use crate::resolver::Resolver;
use crate::resources::{LocaleSet, LocaleSource};

/// How many skips [`ImportPlan::render`] lists one by one.
const MAX_SKIPS_SHOWN: usize = 20;

/// Compares an import document with `set`: which messages differ, per locale.
///
/// Fails only when the document as a whole is unusable (not JSON, wrong shape); problems in
/// single rows are collected in [`ImportPlan::errors`]. Rows of another `app_fskey`, and
/// `null` or empty texts, are skipped ([`ImportPlan::skipped`]). Nothing is ever deleted: a
/// locale missing from a row keeps its message.
///
/// ```
/// use fresns_i18n::LocaleSet;
/// use fresns_i18n::exchange::{ExchangeFormat, plan_import};
///
/// let rows = r#"[{"app_fskey":"Fresns","code":31401,"messages":{"en":"Bad language tag"}}]"#;
/// let plan = plan_import(rows, ExchangeFormat::Fresns, "Fresns", &LocaleSet::embedded())?;
/// assert_eq!(plan.change_count(), 1);
/// assert_eq!(plan.locales[0].changes[0].old.as_deref(), Some("Language tag incorrect"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn plan_import(
    document: &str,
    format: ExchangeFormat,
    app_fskey: &str,
    set: &LocaleSet,
) -> Result<ImportPlan, ImportError> {
    if app_fskey.trim().is_empty() {
        return Err(ImportError::Shape(
            "the app_fskey is empty; Fresns's own rows use `Fresns`".to_owned(),
        ));
    }
    let document = document.strip_prefix('\u{FEFF}').unwrap_or(document);
    let value: Value = serde_json::from_str(document).map_err(|err| {
        let message = err.to_string();
        // The position is shown separately.
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        ImportError::Json {
            line: err.line(),
            column: err.column(),
            message: message.to_owned(),
        }
    })?;
    let mut reader = Reader::default();
    match format {
        ExchangeFormat::Fresns => reader.fresns(&value, app_fskey)?,
        ExchangeFormat::Json => reader.flat(&value)?,
    }
    let Reader {
        entries,
        mut errors,
        mut skipped,
    } = reader;

    // One text per (locale, code); the same text twice is fine.
    let mut wanted: BTreeMap<String, BTreeMap<ErrorCode, (String, String)>> = BTreeMap::new();
    for entry in entries {
        let texts = wanted.entry(entry.tag.clone()).or_default();
        match texts.get(&entry.code) {
            Some((first, text)) if *text != entry.text => errors.push(ImportError::Conflict {
                code: entry.code.number(),
                tag: entry.tag,
                first: first.clone(),
                second: entry.at,
            }),
            Some(_) => {}
            None => {
                texts.insert(entry.code, (entry.at, entry.text));
            }
        }
    }

    let resolver = Resolver::from_set(set)?;
    let current = own_texts(set, &resolver);
    let mut locales = Vec::new();
    for (tag, texts) in wanted {
        let existing = current.iter().find(|l| l.tag == tag);
        if existing.is_none() && resolver.locales().any(|t| t == tag) {
            // A locale the resolver makes up (a pseudo-locale) has no files to write.
            skipped.push(Skip {
                at: format!("`{tag}`"),
                reason: format!("`{tag}` is generated, not translated; its texts are not imported"),
            });
            continue;
        }
        let source = existing.and_then(|l| set.locales.iter().find(|s| s.tag == l.folder));
        let defined = source.map(defined_messages).unwrap_or_default();
        let mut plan = LocalePlan {
            folder: existing.map_or_else(|| tag.clone(), |l| l.folder.clone()),
            exists: existing.is_some(),
            tag,
            changes: Vec::new(),
            unchanged: 0,
        };
        for (code, (_, new)) in texts {
            let old = existing.and_then(|l| text_of(&l.texts, code).cloned());
            if old.as_deref() == Some(new.as_str()) {
                plan.unchanged += 1;
                continue;
            }
            let id = code.message_id();
            let (kind, file, drops_placeables) = match defined.get(id) {
                Some((file, placeables)) => (ChangeKind::Replace, file.clone(), *placeables),
                None => (ChangeKind::Add, code.group().file_name().to_owned(), false),
            };
            plan.changes.push(MessageChange {
                code,
                id,
                old,
                new,
                file,
                kind,
                drops_placeables,
            });
        }
        locales.push(plan);
    }
    locales.sort_by_key(|l| l.tag != crate::resources::DEFAULT_LOCALE);
    Ok(ImportPlan {
        locales,
        skipped,
        errors,
        origin: set.origin().to_owned(),
    })
}

fn text_of(texts: &[Option<String>], code: ErrorCode) -> Option<&String> {
    texts.get(code.index())?.as_ref()
}

/// Message ID → (file, whether its value has placeables), first definition first.
pub(crate) fn defined_messages(source: &LocaleSource) -> HashMap<String, (String, bool)> {
    let mut out = HashMap::new();
    for file in &source.files {
        for (id, placeables) in fluent_edit::defined_messages(&file.text) {
            out.entry(id)
                .or_insert_with(|| (file.name.clone(), placeables));
        }
    }
    out
}

impl ImportPlan {
    /// Whether any row has an error (then nothing is written).
    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// How many messages differ, over all locales.
    pub fn change_count(&self) -> usize {
        self.locales.iter().map(|l| l.changes.len()).sum()
    }

    /// A report for people: per locale, each differing message with its old and new text
    /// (quoted, so spaces and line breaks show), then the skips. Errors are not included.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for locale in &self.locales {
            let changed = locale.changes.len();
            let added = locale
                .changes
                .iter()
                .filter(|c| c.kind == ChangeKind::Add)
                .count();
            let new = if locale.exists {
                String::new()
            } else {
                format!(" (new locale: folder `{}` will be created)", locale.folder)
            };
            if changed == 0 {
                out.push_str(&format!(
                    "{}{new}: unchanged ({} message(s))\n",
                    locale.tag, locale.unchanged
                ));
                continue;
            }
            out.push_str(&format!(
                "{}{new}: {} to change, {added} to add, {} unchanged\n",
                locale.tag,
                changed - added,
                locale.unchanged
            ));
            for change in &locale.changes {
                out.push_str(&format!(
                    "  {} {} ({}/{})\n",
                    change.code, change.id, locale.folder, change.file
                ));
                match &change.old {
                    Some(old) => out.push_str(&format!("    - {old:?}\n")),
                    None if change.kind == ChangeKind::Add => out.push_str("    - (missing)\n"),
                    None => out.push_str("    - (broken; see `fresns-i18n check`)\n"),
                }
                out.push_str(&format!("    + {:?}\n", change.new));
                if change.drops_placeables {
                    out.push_str(
                        "    note: the current value has placeables (such as { DURATION($wait) }); the imported text replaces them with fixed text\n",
                    );
                }
            }
        }
        // A whole table dump can hold many plugin rows; a few show the pattern.
        for skip in self.skipped.iter().take(MAX_SKIPS_SHOWN) {
            out.push_str(&format!("skipped: {}: {}\n", skip.at, skip.reason));
        }
        if self.skipped.len() > MAX_SKIPS_SHOWN {
            out.push_str(&format!(
                "skipped: {} more\n",
                self.skipped.len() - MAX_SKIPS_SHOWN
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::canonical_tag;

    #[test]
    fn generated_locales_are_skipped_not_created() {
        let set = LocaleSet::embedded();
        let resolver = Resolver::from_set(&set).unwrap();
        let folders: Vec<Option<String>> = set.tags().map(canonical_tag).collect();
        let generated = resolver
            .locales()
            .find(|t| !folders.contains(&Some((*t).to_owned())));
        // The resolver offers locales without folders (pseudo-locales); without one this
        // test would check nothing.
        let tag = generated.expect("the resolver offers a locale without a folder");
        let document =
            format!(r#"[{{"app_fskey":"Fresns","code":31401,"messages":{{"{tag}":"x"}}}}]"#);
        let plan = plan_import(&document, ExchangeFormat::Fresns, "Fresns", &set).unwrap();
        assert!(plan.locales.is_empty());
        assert!(plan.skipped[0].reason.contains("is generated"));
    }

    #[test]
    fn many_skips_are_summarized() {
        let rows: Vec<String> = (0..50)
            .map(|_| r#"{"app_fskey":"Plugin","code":1,"messages":{}}"#.to_owned())
            .collect();
        let document = format!("[{}]", rows.join(","));
        let plan = plan_import(
            &document,
            ExchangeFormat::Fresns,
            "Fresns",
            &LocaleSet::embedded(),
        )
        .unwrap();
        assert_eq!(plan.skipped.len(), 50);
        let report = plan.render();
        assert_eq!(report.lines().count(), MAX_SKIPS_SHOWN + 1);
        assert!(report.ends_with("skipped: 30 more\n"));
    }
}
