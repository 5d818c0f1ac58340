//! Any bytes as the JSON document `fresns-i18n import` reads, planned against a copy of the
//! shipped locales and written into it (what `--write` does): nothing panics, and the files
//! are either left byte for byte as they were or changed only where the write says, still
//! parse without Junk, load without errors, stay in the canonical layout, and give the
//! imported texts back (importing the same document again changes nothing).
#![no_main]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use fresns_i18n::check::{LayoutStatus, Severity, layout_of};
use fresns_i18n::exchange::{
    ExchangeFormat, FRESNS_APP_FSKEY, ImportError, ImportPlan, plan_import,
};
use fresns_i18n::{LocaleSet, Resolver};
use libfuzzer_sys::fuzz_target;

/// The shipped locales, read from the source tree when the target starts.
const SHIPPED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales");

/// Every directory (`None`) and file under a tree, by relative path.
type Tree = BTreeMap<PathBuf, Option<Vec<u8>>>;

/// The scratch copy the writes go into, and what it holds before any write.
struct Scratch {
    dir: PathBuf,
    pristine: Tree,
    /// The set loaded from the pristine copy; every plan is made against it.
    set: LocaleSet,
}

/// One copy per process, under the temporary directory (`tools/fuzz.sh` points `TMPDIR` at a
/// scratch directory it removes afterwards). libFuzzer runs one input at a time.
static SCRATCH: LazyLock<Scratch> = LazyLock::new(|| {
    let pristine = read_tree(Path::new(SHIPPED));
    let dir = std::env::temp_dir().join(format!("fresns-i18n-fuzz-import-{}", std::process::id()));
    restore(&dir, &pristine);
    let set = LocaleSet::from_dir(&dir).expect("the shipped locales load");
    let resolver = Resolver::from_set(&set).expect("the shipped locales load");
    assert!(
        !has_errors(&resolver),
        "the shipped locales load with errors"
    );
    assert!(
        layout_of(&set).is_clean(),
        "the shipped locales are not canonical"
    );
    Scratch { dir, pristine, set }
});

fuzz_target!(|data: &[u8]| {
    // `read_import_file` refuses anything that is not UTF-8 before it is planned.
    let Ok(document) = std::str::from_utf8(data) else {
        return;
    };
    let scratch = &*SCRATCH;
    let Ok(plan) = plan_document(document, &scratch.set) else {
        return;
    };
    let _ = plan.render();
    if plan.has_errors() {
        assert!(
            matches!(plan.write(&scratch.dir), Err(ImportError::HasErrors(_))),
            "a plan with errors was written"
        );
        return;
    }
    // Without changes a write has nothing to do; loading the set again would only slow the run.
    if plan.change_count() == 0 {
        return;
    }
    write_and_check(scratch, &plan, document);
});

fn write_and_check(scratch: &Scratch, plan: &ImportPlan, document: &str) {
    let outcome = plan.write(&scratch.dir);
    let after = read_tree(&scratch.dir);
    if after == scratch.pristine {
        // A refusal leaves nothing behind: no temporary file, no new folder.
        if let Ok(summary) = &outcome {
            panic!(
                "{} change(s) written, yet no file changed: {summary:?}",
                plan.change_count()
            );
        }
        return;
    }
    let summary = match outcome {
        Ok(summary) => summary,
        Err(err) => panic!("the write failed ({err}) but changed the files"),
    };
    // Only what the summary lists changed: files written, folders created, nothing removed.
    let changed: Vec<&PathBuf> = after
        .keys()
        .chain(scratch.pristine.keys())
        .filter(|rel| after.get(*rel) != scratch.pristine.get(*rel))
        .collect();
    for rel in &changed {
        match after.get(*rel) {
            Some(Some(bytes)) => {
                assert!(
                    summary.files.contains(&scratch.dir.join(rel)),
                    "{} changed but is not in {summary:?}",
                    rel.display()
                );
                let text = std::str::from_utf8(bytes).unwrap_or_else(|err| {
                    panic!("{}: not UTF-8 after the write: {err}", rel.display())
                });
                if let Err((_, errors)) = fluent_syntax::parser::parse(text) {
                    panic!("{} has Junk after the write: {errors:?}", rel.display());
                }
            }
            Some(None) => assert!(
                summary.created.iter().any(|f| Path::new(f) == *rel),
                "folder {} appeared but is not in {summary:?}",
                rel.display()
            ),
            None => panic!("{} was removed", rel.display()),
        }
    }
    let set = LocaleSet::from_dir(&scratch.dir).expect("the written locales load");
    let resolver = Resolver::from_set(&set).expect("the written locales load");
    assert!(
        !has_errors(&resolver),
        "the written locales load with errors: {:?}",
        resolver.diagnostics()
    );
    assert_eq!(
        summary.replaced + summary.added,
        plan.change_count(),
        "{summary:?}"
    );
    // Edits are written in the canonical layout, so every file stays in it.
    for file in layout_of(&set).files {
        assert!(
            matches!(file.status, LayoutStatus::Canonical),
            "{} left the canonical layout: {:?}",
            file.file,
            file.status
        );
    }
    // Importing the same document again finds nothing left to change.
    let again = plan_document(document, &set);
    let again = again.expect("the document planned before");
    assert_eq!(again.change_count(), 0, "{}", again.render());
    restore(&scratch.dir, &scratch.pristine);
}

/// Plans `document` in either shape `export` writes: rows for Fresns, or the flat map for
/// clients when the document is not an array of rows.
fn plan_document(document: &str, set: &LocaleSet) -> Result<ImportPlan, ImportError> {
    match plan_import(document, ExchangeFormat::Fresns, FRESNS_APP_FSKEY, set) {
        Err(ImportError::Shape(_)) => {
            plan_import(document, ExchangeFormat::Json, FRESNS_APP_FSKEY, set)
        }
        other => other,
    }
}

fn has_errors(resolver: &Resolver) -> bool {
    resolver
        .diagnostics()
        .iter()
        .any(|d| d.severity == Severity::Error)
}

fn read_tree(root: &Path) -> Tree {
    fn walk(root: &Path, dir: &Path, out: &mut Tree) {
        let entries = fs::read_dir(dir).unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            let rel = path.strip_prefix(root).expect("under root").to_path_buf();
            if path.is_dir() {
                out.insert(rel, None);
                walk(root, &path, out);
            } else {
                let bytes =
                    fs::read(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
                out.insert(rel, Some(bytes));
            }
        }
    }
    let mut out = Tree::new();
    walk(root, root, &mut out);
    out
}

/// Makes `dir` hold exactly `tree` again.
fn restore(dir: &Path, tree: &Tree) {
    match fs::remove_dir_all(dir) {
        Ok(()) => {}
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
        Err(err) => panic!("{}: {err}", dir.display()),
    }
    fs::create_dir_all(dir).expect("the scratch directory");
    // BTreeMap order puts each folder before what it holds.
    for (rel, bytes) in tree {
        let path = dir.join(rel);
        match bytes {
            None => fs::create_dir(&path).expect("a scratch folder"),
            Some(bytes) => fs::write(&path, bytes).expect("a scratch file"),
        }
    }
}
