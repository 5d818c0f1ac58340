//! A [`SyncPlan`] as a person reads it.

use std::fmt::Write as _;

use super::plan::SyncPlan;

/// Conflicts and skipped rows listed one by one before "N more".
const MAX_LISTED: usize = 50;

impl SyncPlan {
    /// The plan as text: the language mapping, each row's key changes (`+` added, `~` changed,
    /// old → new), the conflicts, the skipped rows and a summary line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let width = self
            .languages
            .iter()
            .map(|m| m.site_tag.chars().count())
            .max()
            .unwrap_or(0);
        let _ = writeln!(out, "site languages ({}):", self.app_fskey);
        if self.languages.is_empty() {
            let _ = writeln!(out, "  (none enabled in language_menus)");
        }
        for mapping in &self.languages {
            match (&mapping.locale, &mapping.reason) {
                (Some(locale), _) => {
                    let _ = writeln!(out, "  {:<width$}  ← {locale}", mapping.site_tag);
                }
                (None, reason) => {
                    let _ = writeln!(
                        out,
                        "  {:<width$}  left alone: {}",
                        mapping.site_tag,
                        reason.as_deref().unwrap_or("no locale")
                    );
                }
            }
        }
        if let Some(default) = &self.default_language {
            let _ = writeln!(out, "default language: {default}");
        }
        for change in &self.changes {
            let row = match change.row {
                Some(id) => format!("row {id}"),
                None => "new row".to_owned(),
            };
            let _ = writeln!(
                out,
                "{} {} ({row})",
                change.code.number(),
                change.code.message_id()
            );
            for key in &change.keys {
                match &key.old {
                    None => {
                        let _ = writeln!(out, "  + {}: {}", key.tag, key.new);
                    }
                    Some(old) => {
                        let _ = writeln!(out, "  ~ {}: {old} → {}", key.tag, key.new);
                    }
                }
            }
        }
        if !self.conflicts.is_empty() {
            let _ = writeln!(
                out,
                "conflicts: {} code(s) whose stored en text differs from this project's, skipped (--accept CODE or --accept-all-drift writes them):",
                self.conflicts.len()
            );
            for conflict in self.conflicts.iter().take(MAX_LISTED) {
                let _ = writeln!(
                    out,
                    "  {} (row {}): stored {:?}, ours {:?}",
                    conflict.code.number(),
                    conflict.row,
                    conflict.stored_en,
                    conflict.our_en
                );
            }
            if self.conflicts.len() > MAX_LISTED {
                let _ = writeln!(out, "  … {} more", self.conflicts.len() - MAX_LISTED);
            }
        }
        if !self.skipped.is_empty() {
            let _ = writeln!(out, "skipped rows (left as they are):");
            for skip in self.skipped.iter().take(MAX_LISTED) {
                let _ = writeln!(
                    out,
                    "  row {} (code {}): {}",
                    skip.row, skip.code, skip.reason
                );
            }
            if self.skipped.len() > MAX_LISTED {
                let _ = writeln!(out, "  … {} more", self.skipped.len() - MAX_LISTED);
            }
        }
        let (added, changed) = self.key_counts();
        let inserts = self.changes.iter().filter(|c| c.row.is_none()).count();
        let _ = writeln!(
            out,
            "summary: {} row(s) to update, {inserts} to insert; {added} message(s) to add, {changed} to change, {} unchanged; {} conflict(s), {} row(s) skipped",
            self.changes.len() - inserts,
            self.unchanged,
            self.conflicts.len(),
            self.skipped.len()
        );
        out
    }
}
