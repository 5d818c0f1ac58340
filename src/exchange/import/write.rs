//! Writing an import: each file edited and checked in memory, then replaced atomically
//! (compare-and-rename) and checked again.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::plan::defined_messages;
use super::{ImportError, ImportPlan};
use crate::catalog::ErrorCode;
use crate::exchange::fluent_edit::{self, FileEdit};
use crate::exchange::{LocaleTexts, canonical_tag, locale_texts, own_texts};
use crate::limits::MAX_FILE_BYTES;
use crate::resolver::Resolver;
use crate::resources::{EncodingIssues, LocaleSet, LocaleSource, SourceFile};

/// What a write did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WriteSummary {
    /// The files written, in order.
    pub files: Vec<PathBuf>,
    /// Values replaced.
    pub replaced: usize,
    /// Messages added.
    pub added: usize,
    /// Locale folders created.
    pub created: Vec<String>,
}

impl ImportPlan {
    /// Writes the changes into `<dir>/<folder>/*.ftl`.
    ///
    /// Refuses while [`ImportPlan::errors`] is not empty, when the files changed since the
    /// comparison, and when an edit could not be made without touching other text. Each file
    /// is checked in memory first, then replaced atomically, then the directory is reloaded
    /// and every imported text is checked to come back exactly.
    pub fn write(&self, dir: &Path) -> Result<WriteSummary, ImportError> {
        if self.has_errors() {
            return Err(ImportError::HasErrors(self.errors.len()));
        }
        let set = LocaleSet::from_dir(dir)?;
        let resolver = Resolver::from_set(&set)?;
        let current = own_texts(&set, &resolver);
        let mut jobs = Vec::new();
        let mut expected = Vec::new();
        let mut summary = WriteSummary {
            files: Vec::new(),
            replaced: 0,
            added: 0,
            created: Vec::new(),
        };
        for plan in self.locales.iter().filter(|l| !l.changes.is_empty()) {
            let existing = current.iter().find(|l| l.tag == plan.tag);
            if existing.is_some() != plan.exists {
                return Err(ImportError::Changed {
                    what: format!("locale `{}`", plan.tag),
                });
            }
            let folder = existing.map_or(plan.folder.as_str(), |l| l.folder.as_str());
            let source = set.locales.iter().find(|s| s.tag == folder);
            let defined = source.map(defined_messages).unwrap_or_default();
            let mut texts =
                existing.map_or_else(|| vec![None; ErrorCode::ALL.len()], |l| l.texts.clone());
            let mut edits: BTreeMap<String, FileEdit> = BTreeMap::new();
            for change in &plan.changes {
                let index = change.code.index();
                if texts.get(index).cloned().flatten() != change.old {
                    return Err(ImportError::Changed {
                        what: format!("code {} in `{}`", change.code, plan.tag),
                    });
                }
                match defined.get(change.id) {
                    Some((file, _)) => {
                        summary.replaced += 1;
                        edits
                            .entry(file.clone())
                            .or_default()
                            .replace
                            .push((change.id, change.new.clone()));
                    }
                    None => {
                        summary.added += 1;
                        edits
                            .entry(change.code.group().file_name().to_owned())
                            .or_default()
                            .append
                            .push((change.id, change.new.clone()));
                    }
                }
                if let Some(slot) = texts.get_mut(index) {
                    *slot = Some(change.new.clone());
                }
            }
            if existing.is_none() {
                summary.created.push(folder.to_owned());
            }
            for (name, edit) in edits {
                jobs.push(FileJob::prepare(dir, folder, &name, &edit)?);
            }
            expected.push(LocaleTexts {
                tag: plan.tag.clone(),
                folder: folder.to_owned(),
                texts,
            });
        }
        if jobs.is_empty() {
            return Ok(summary);
        }

        // Check the edited set in memory before anything touches the disk.
        let edited = edited_set(&set, &jobs);
        verify(
            &Resolver::from_set(&edited)?,
            &expected,
            "edited",
            "nothing was written",
        )?;

        commit(dir, &jobs, &summary.created)?;
        summary.files = jobs.iter().map(|job| job.path.clone()).collect();

        let written = Resolver::from_set(&LocaleSet::from_dir(dir)?)?;
        verify(
            &written,
            &expected,
            "written",
            "the files were written; compare them with your version control and run the import again",
        )?;
        Ok(summary)
    }
}

impl fmt::Display for WriteSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for folder in &self.created {
            writeln!(f, "created locale folder {folder}")?;
        }
        for file in &self.files {
            writeln!(f, "wrote {}", file.display())?;
        }
        write!(
            f,
            "{} value(s) replaced, {} message(s) added in {} file(s); every imported text reads back exactly",
            self.replaced,
            self.added,
            self.files.len()
        )
    }
}

/// Checks that each locale in `expected` resolves to exactly those own texts.
fn verify(
    resolver: &Resolver,
    expected: &[LocaleTexts],
    stage: &'static str,
    advice: &'static str,
) -> Result<(), ImportError> {
    for locale in expected {
        let got = locale_texts(resolver, &locale.tag);
        for ((code, want), have) in ErrorCode::ALL.iter().zip(&locale.texts).zip(&got) {
            if want != have {
                return Err(ImportError::Verify {
                    tag: locale.tag.clone(),
                    code: code.number(),
                    expected: want.clone(),
                    got: have.clone(),
                    stage,
                    advice,
                });
            }
        }
    }
    Ok(())
}

/// One file to write.
struct FileJob {
    folder: String,
    name: String,
    path: PathBuf,
    /// The bytes on disk when read; `None` for a new file.
    original: Option<Vec<u8>>,
    /// The new text with LF line endings (what the loader sees).
    text: String,
    /// The new bytes, in the file's own encoding conventions.
    bytes: Vec<u8>,
}

impl FileJob {
    fn prepare(dir: &Path, folder: &str, name: &str, edit: &FileEdit) -> Result<Self, ImportError> {
        let path = dir.join(folder).join(name);
        let original = match fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(err) if err.kind() == io::ErrorKind::NotFound => None,
            Err(source) => return Err(ImportError::Read { path, source }),
        };
        let unsafe_file = |problem: String| ImportError::Unsafe {
            path: path.clone(),
            problem,
        };
        let (text, bom, crlf) = match &original {
            Some(bytes) => decode(bytes).map_err(unsafe_file)?,
            None => (String::new(), false, false),
        };
        let new = fluent_edit::apply(&text, edit).map_err(|problem| unsafe_file(problem.0))?;
        let mut bytes = Vec::with_capacity(new.len() + 3);
        if bom {
            bytes.extend_from_slice(b"\xEF\xBB\xBF");
        }
        if crlf {
            bytes.extend_from_slice(new.replace('\n', "\r\n").as_bytes());
        } else {
            bytes.extend_from_slice(new.as_bytes());
        }
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(unsafe_file(format!(
                "the edited file would be over the {}-byte limit for a locale file",
                MAX_FILE_BYTES
            )));
        }
        Ok(FileJob {
            folder: folder.to_owned(),
            name: name.to_owned(),
            path,
            original,
            text: new,
            bytes,
        })
    }

    fn temp_path(&self) -> PathBuf {
        self.path
            .with_file_name(format!(".{}.{}.import-tmp", self.name, std::process::id()))
    }
}

/// The text of a file as UTF-8 with LF line endings, and whether it had a BOM and CRLF
/// endings (kept on write). Refuses what cannot be written back faithfully.
fn decode(bytes: &[u8]) -> Result<(String, bool, bool), String> {
    let (bytes, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let text = std::str::from_utf8(bytes).map_err(|err| {
        format!(
            "not valid UTF-8 at byte {}; save it as UTF-8 (see `fresns-i18n check`)",
            err.valid_up_to()
        )
    })?;
    if !text.contains('\r') {
        return Ok((text.to_owned(), bom, false));
    }
    let lf = text.replace("\r\n", "\n");
    if lf.contains('\r') || text.matches("\r\n").count() != text.matches('\n').count() {
        return Err("mixes line endings; save it with LF line endings".to_owned());
    }
    Ok((lf, bom, true))
}

/// `set` with the jobs' files replaced or added.
fn edited_set(set: &LocaleSet, jobs: &[FileJob]) -> LocaleSet {
    let mut edited = set.clone();
    for job in jobs {
        let position = edited.locales.iter().position(|l| l.tag == job.folder);
        let index = position.unwrap_or_else(|| {
            edited.locales.push(LocaleSource {
                tag: job.folder.clone(),
                files: Vec::new(),
                allow_untranslated: Vec::new(),
            });
            edited.locales.len() - 1
        });
        let Some(locale) = edited.locales.get_mut(index) else {
            continue;
        };
        let file = SourceFile {
            name: job.name.clone(),
            display: format!("{}/{}", job.folder, job.name),
            text: job.text.clone().into(),
            encoding: EncodingIssues::default(),
        };
        match locale.files.iter_mut().find(|f| f.name == job.name) {
            Some(slot) => *slot = file,
            None => {
                locale.files.push(file);
                locale.files.sort_by(|a, b| a.name.cmp(&b.name));
            }
        }
    }
    edited.locales.sort_by(|a, b| a.tag.cmp(&b.tag));
    edited
}

/// Writes every job to a temporary file next to its target, checks that no target changed
/// since it was read, then renames them into place.
fn commit(dir: &Path, jobs: &[FileJob], created: &[String]) -> Result<(), ImportError> {
    for folder in created {
        let path = dir.join(folder);
        // Only well-formed tags become folders, so the name cannot climb out of `dir`.
        if canonical_tag(folder).as_deref() != Some(folder.as_str()) {
            return Err(ImportError::Unsafe {
                path,
                problem: "not a language tag, so no folder is created".to_owned(),
            });
        }
        if let Err(source) = fs::create_dir(&path)
            && !(source.kind() == io::ErrorKind::AlreadyExists && path.is_dir())
        {
            return Err(ImportError::Write {
                path,
                source,
                state: "nothing was written",
            });
        }
    }
    let cleanup = |upto: usize| {
        for job in jobs.iter().take(upto) {
            let _ = fs::remove_file(job.temp_path());
        }
        // Folders made for new locales go again (only if still empty).
        for folder in created {
            let _ = fs::remove_dir(dir.join(folder));
        }
    };
    for (index, job) in jobs.iter().enumerate() {
        if let Err(source) = write_temp(job) {
            cleanup(index + 1);
            return Err(ImportError::Write {
                path: job.temp_path(),
                source,
                state: "nothing was written",
            });
        }
    }
    for job in jobs {
        let now = match fs::read(&job.path) {
            Ok(bytes) => Some(bytes),
            Err(err) if err.kind() == io::ErrorKind::NotFound => None,
            Err(source) => {
                cleanup(jobs.len());
                return Err(ImportError::Read {
                    path: job.path.clone(),
                    source,
                });
            }
        };
        if now != job.original {
            cleanup(jobs.len());
            return Err(ImportError::Changed {
                what: job.path.display().to_string(),
            });
        }
    }
    for (index, job) in jobs.iter().enumerate() {
        if let Err(source) = fs::rename(job.temp_path(), &job.path) {
            for rest in &jobs[index..] {
                let _ = fs::remove_file(rest.temp_path());
            }
            return Err(ImportError::Write {
                path: job.path.clone(),
                source,
                state: if index == 0 {
                    "nothing was written"
                } else {
                    "the files listed before it were written, the rest were not"
                },
            });
        }
    }
    // Make the renames durable; not every platform can open a directory, so this is best effort.
    for job in jobs {
        if let Some(parent) = job.path.parent()
            && let Ok(handle) = fs::File::open(parent)
        {
            let _ = handle.sync_all();
        }
    }
    Ok(())
}

fn write_temp(job: &FileJob) -> io::Result<()> {
    let temp = job.temp_path();
    // A leftover from an interrupted run with the same process ID.
    let _ = fs::remove_file(&temp);
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)?;
    file.write_all(&job.bytes)?;
    file.sync_all()?;
    if let Ok(meta) = fs::metadata(&job.path) {
        fs::set_permissions(&temp, meta.permissions())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_keeps_bom_and_crlf_and_refuses_mixed_endings() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFa = 1\r\nb = 2\r\n"),
            Ok(("a = 1\nb = 2\n".to_owned(), true, true))
        );
        assert_eq!(decode(b"a = 1\n"), Ok(("a = 1\n".to_owned(), false, false)));
        assert!(decode(b"a = 1\r\nb = 2\n").is_err());
        assert!(decode(b"a = 1\rb = 2\n").is_err());
        assert!(decode(b"a = \xFF\n").is_err());
    }
}
