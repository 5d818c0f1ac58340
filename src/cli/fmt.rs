//! `fresns-i18n fmt`: the canonical Fluent layout, checked (`--check`) or written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use fresns_i18n::LocaleSet;
use fresns_i18n::check::{LayoutError, LayoutStatus, format_dir, layout_of};
use fresns_i18n::exchange::ImportError;

use crate::output::{Failure, Out};

/// Lists (`check_only`) or rewrites the files not in the canonical layout. Writing needs a
/// directory: the embedded locales are read-only.
pub(crate) fn run(
    out: &mut Out,
    check_only: bool,
    locales: Option<&Path>,
) -> Result<ExitCode, Failure> {
    let (report, root) = match (check_only, locales) {
        (false, None) => return Err(ImportError::EmbeddedReadOnly.into()),
        (true, None) => (layout_of(&LocaleSet::embedded()), PathBuf::from("locales")),
        (true, Some(dir)) => (layout_of(&LocaleSet::from_dir(dir)?), dir.to_path_buf()),
        (false, Some(dir)) => (format_dir(dir)?, dir.to_path_buf()),
    };
    let (mut canonical, mut differ, mut rewritten) = (0, 0, 0);
    let mut refused = Vec::new();
    for file in &report.files {
        let path = root.join(&file.file);
        match &file.status {
            LayoutStatus::Canonical => canonical += 1,
            LayoutStatus::Differs { line } => {
                differ += 1;
                out.line(&format!(
                    "{}:{line}: not in the canonical layout",
                    path.display()
                ))?;
            }
            LayoutStatus::Rewritten => {
                rewritten += 1;
                out.line(&format!("rewrote {}", path.display()))?;
            }
            LayoutStatus::Refused(err) => refused.push(describe(err, &root)),
            _ => {}
        }
    }
    let total = report.files.len();
    let mut summary = if check_only && differ > 0 {
        format!(
            "{differ} of {total} file(s) not in the canonical layout; `fresns-i18n fmt --locales DIR` rewrites them"
        )
    } else if check_only {
        format!("{} of {total} file(s) in the canonical layout", canonical)
    } else {
        format!("{rewritten} file(s) rewritten, {canonical} already in the canonical layout")
    };
    if !refused.is_empty() {
        summary.push_str(&format!(
            "; {} file(s) left as they are (see the errors)",
            refused.len()
        ));
    }
    out.line(&summary)?;
    out.flush()?;
    for problem in &refused {
        eprintln!("fresns-i18n: error: {problem}");
    }
    Ok(if refused.is_empty() && differ == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// An error line, with the file's path under the locales root.
fn describe(err: &LayoutError, root: &Path) -> String {
    match err {
        LayoutError::Refused { file, line, reason } => format!(
            "{}:{line}: {reason}; the file was left as it is",
            root.join(file).display()
        ),
        other => other.to_string(),
    }
}
