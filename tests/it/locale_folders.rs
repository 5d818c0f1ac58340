//! One folder per locale: two folders that are one locale (the same tag in other case, or a
//! link to a sibling) are a load error naming both, never two locales.

use std::path::Path;

use fresns_i18n::{LoadError, LocaleSet};

fn copy_en(to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    let en = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    for file in std::fs::read_dir(en).unwrap() {
        let file = file.unwrap();
        std::fs::copy(file.path(), to.join(file.file_name())).unwrap();
    }
}

#[test]
fn the_same_tag_in_other_case_is_one_locale_twice() {
    let dir = tempfile::tempdir().unwrap();
    copy_en(&dir.path().join("en"));
    copy_en(&dir.path().join("zh-Hant"));
    copy_en(&dir.path().join("zh-hant"));
    let err = LocaleSet::from_dir(dir.path()).unwrap_err();
    assert!(
        matches!(&err, LoadError::DuplicateLocale { tag, .. } if tag == "zh-Hant"),
        "{err}"
    );
    let text = err.to_string();
    assert!(
        text.contains("zh-hant") && text.contains("zh-Hant") && !text.contains('\n'),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_to_a_sibling_folder_is_one_locale_twice() {
    let dir = tempfile::tempdir().unwrap();
    copy_en(&dir.path().join("en"));
    copy_en(&dir.path().join("pt"));
    std::os::unix::fs::symlink(dir.path().join("pt"), dir.path().join("pt-BR")).unwrap();
    let err = LocaleSet::from_dir(dir.path()).unwrap_err();
    assert!(err.to_string().contains("one links to the other"), "{err}");
    // A link from outside (a deployment's `locales -> releases/N/locales`) is fine.
    let outside = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(dir.path().join("en"), outside.path().join("en")).unwrap();
    assert!(LocaleSet::from_dir(outside.path()).is_ok());
}
