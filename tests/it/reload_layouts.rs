//! Live reload of the layouts deploys use, with the real binary on a real socket: a
//! `current` link swapped between releases, a Kubernetes-style volume whose `..data` link is
//! swapped, editors' saves through temporary files, and a file written slowly in place.
// Links and signals are Unix-only.
#![cfg(all(unix, feature = "cli"))]

use std::fs;
use std::io::Write;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::time::{Duration, Instant};

use fresns_i18n::LocaleSet;

use crate::common;
use crate::serve::{Server, eventually};

/// Sets the German text of 31401 in the locales at `dir`, optionally with a syntax error.
fn set_german(dir: &Path, text: &str, broken: bool) {
    let path = dir.join("de/headers.ftl");
    let mut edited = german_file(&fs::read_to_string(&path).unwrap(), text);
    if broken {
        edited.push_str("broken-entry = { $unclosed\n");
    }
    fs::write(&path, edited).unwrap();
}

/// `de/headers.ftl` with 31401's line replaced by `text`, and the line moved to the end (so
/// the file without the tail of that line is a whole set of its own).
fn german_file(source: &str, text: &str) -> String {
    let mut edited: String = source
        .lines()
        .filter(|line| !line.starts_with("language-tag-incorrect ="))
        .map(|line| format!("{line}\n"))
        .collect();
    edited.push_str(&format!("language-tag-incorrect = {text}\n"));
    edited
}

fn german(server: &Server) -> String {
    server.json("/v1/errors/31401?lang=de", &[])["message"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn status(server: &Server) -> String {
    server.json("/healthz", &[])["status"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn failed_reloads(server: &Server) -> String {
    let (_, _, metrics) = server.get("/metrics", &[]);
    metrics
        .lines()
        .find_map(|line| line.strip_prefix("fresns_i18n_reloads_total{result=\"failed\"} "))
        .unwrap()
        .to_owned()
}

/// Points `link` at `target` atomically, as deploy tools do: a new link under a temporary
/// name, renamed over the old one.
fn swap_link(link: &Path, target: &str) {
    let temporary = link.with_extension("tmp");
    symlink(target, &temporary).unwrap();
    fs::rename(&temporary, link).unwrap();
}

/// A release folder: the shipped locales with a German text for 31401.
fn release(base: &Path, name: &str, text: &str, broken: bool) {
    let dir = base.join("releases").join(name);
    common::copy_locales_to(&dir);
    set_german(&dir, text, broken);
}

#[test]
fn a_swapped_current_link_goes_live_and_a_broken_release_is_held_back() {
    let base = tempfile::tempdir().unwrap();
    let base = base.path();
    release(base, "1", "Erste Ausgabe", false);
    symlink("releases/1", base.join("current")).unwrap();
    let current = base.join("current");
    let server = Server::start(&["--locales", current.to_str().unwrap()]);
    assert_eq!(german(&server), "Erste Ausgabe");

    release(base, "2", "Zweite Ausgabe", false);
    swap_link(&current, "releases/2");
    eventually("the second release to go live", || {
        german(&server) == "Zweite Ausgabe"
    });
    // The watches moved with the link: an edit inside the new release goes live too.
    set_german(
        &base.join("releases/2"),
        "Zweite Ausgabe, bearbeitet",
        false,
    );
    eventually("an edit in the second release to go live", || {
        german(&server) == "Zweite Ausgabe, bearbeitet"
    });

    release(base, "3", "Kaputte Ausgabe", true);
    swap_link(&current, "releases/3");
    eventually("the broken release to be reported", || {
        status(&server) == "degraded"
    });
    assert_eq!(german(&server), "Zweite Ausgabe, bearbeitet");
    let health = server.json("/healthz", &[]);
    let diagnostics = health["reload"]["lastFailure"]["diagnostics"].to_string();
    assert!(diagnostics.contains("de/headers.ftl"), "{health}");

    release(base, "4", "Vierte Ausgabe", false);
    swap_link(&current, "releases/4");
    eventually("the fourth release to go live", || {
        german(&server) == "Vierte Ausgabe"
    });
    assert_eq!(status(&server), "ok");
    server.stop();
}

/// The tags of the shipped locales.
fn shipped_tags() -> Vec<String> {
    let mut tags: Vec<String> =
        LocaleSet::from_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))
            .unwrap()
            .tags()
            .map(str::to_owned)
            .collect();
    tags.sort();
    tags
}

/// Publishes a new version of a Kubernetes-style volume the way the kubelet does: the files
/// in a new timestamped folder, a `..data_tmp` link to it renamed over `..data`, a link
/// `<tag> -> ..data/<tag>` for each locale, and the previous folder removed.
fn publish(mount: &Path, stamp: &str, text: &str, broken: bool) {
    let folder = format!("..{stamp}");
    common::copy_locales_to(&mount.join(&folder));
    set_german(&mount.join(&folder), text, broken);
    let previous = fs::read_link(mount.join("..data")).ok();
    symlink(&folder, mount.join("..data_tmp")).unwrap();
    fs::rename(mount.join("..data_tmp"), mount.join("..data")).unwrap();
    for tag in shipped_tags() {
        if fs::symlink_metadata(mount.join(&tag)).is_err() {
            symlink(format!("..data/{tag}"), mount.join(&tag)).unwrap();
        }
    }
    if let Some(previous) = previous {
        fs::remove_dir_all(mount.join(previous)).unwrap();
    }
}

#[test]
fn a_kubernetes_style_volume_swap_goes_live_and_a_broken_one_is_held_back() {
    let base = tempfile::tempdir().unwrap();
    let mount = base.path().join("mount");
    fs::create_dir(&mount).unwrap();
    publish(&mount, "2026_12_02_10_00_00.123", "Erster Stand", false);
    // The loader sees the locales through the links, and not `..data` or the stamped folder.
    let tags: Vec<String> = LocaleSet::from_dir(&mount)
        .unwrap()
        .tags()
        .map(str::to_owned)
        .collect();
    assert_eq!(tags, shipped_tags());
    let server = Server::start(&["--locales", mount.to_str().unwrap()]);
    assert_eq!(german(&server), "Erster Stand");

    publish(&mount, "2026_12_02_10_05_00.456", "Zweiter Stand", false);
    eventually("the second version to go live", || {
        german(&server) == "Zweiter Stand"
    });

    publish(&mount, "2026_12_02_10_10_00.789", "Kaputter Stand", true);
    eventually("the broken version to be reported", || {
        status(&server) == "degraded"
    });
    assert_eq!(german(&server), "Zweiter Stand");

    publish(&mount, "2026_12_02_10_15_00.012", "Vierter Stand", false);
    eventually("the fourth version to go live", || {
        german(&server) == "Vierter Stand"
    });
    assert_eq!(status(&server), "ok");
    server.stop();
}

#[test]
fn a_directory_moved_over_the_old_one_goes_live() {
    let base = tempfile::tempdir().unwrap();
    let locales = base.path().join("locales");
    common::copy_locales_to(&locales);
    let server = Server::start(&["--locales", locales.to_str().unwrap()]);
    let next = base.path().join("locales.next");
    common::copy_locales_to(&next);
    set_german(&next, "Neuer Ordner", false);
    fs::rename(&locales, base.path().join("locales.old")).unwrap();
    fs::rename(&next, &locales).unwrap();
    eventually("the new directory to go live", || {
        german(&server) == "Neuer Ordner"
    });
    set_german(&locales, "Neuer Ordner, bearbeitet", false);
    eventually("an edit in the new directory to go live", || {
        german(&server) == "Neuer Ordner, bearbeitet"
    });
    server.stop();
}

#[test]
fn sighup_follows_a_swapped_link_when_file_watching_is_off() {
    let base = tempfile::tempdir().unwrap();
    let base = base.path();
    release(base, "1", "Erste Ausgabe", false);
    release(base, "2", "Zweite Ausgabe", false);
    symlink("releases/1", base.join("current")).unwrap();
    let current = base.join("current");
    let server = Server::start(&["--locales", current.to_str().unwrap(), "--no-watch"]);
    swap_link(&current, "releases/2");
    server.signal("HUP");
    eventually("SIGHUP to load the second release", || {
        german(&server) == "Zweite Ausgabe"
    });
    server.stop();
}

/// Files editors leave beside the one being edited, with text that would break the set if
/// it were read as Fluent.
fn leave_editor_files(folder: &Path) {
    // vim's probe that the folder is writable, its swap file and its backup.
    fs::write(folder.join("4913"), "").unwrap();
    fs::write(folder.join(".headers.ftl.swp"), b"b0VIM 9.1\0\0{ {").unwrap();
    fs::write(folder.join("headers.ftl~"), "language-tag-incorrect = {\n").unwrap();
    // Emacs's lock: a dangling link, or a plain file where links cannot be made.
    symlink(
        "translator@host.4242:1764669600",
        folder.join(".#users.ftl"),
    )
    .unwrap();
    fs::write(
        folder.join(".#headers.ftl"),
        "translator@host.4242:1764669600",
    )
    .unwrap();
}

#[test]
fn editors_temporary_files_are_not_locale_files() {
    let dir = common::locales_copy();
    leave_editor_files(&dir.path().join("de"));
    let set = LocaleSet::from_dir(dir.path()).unwrap();
    let report = fresns_i18n::check::check(&set, &[]);
    assert!(!report.has_errors(), "{:?}", report.diagnostics);
}

#[test]
fn an_editor_style_save_goes_live_and_editor_files_are_never_loaded() {
    let dir = common::locales_copy();
    let server = Server::start(&["--locales", dir.path().to_str().unwrap()]);
    let de = dir.path().join("de");
    leave_editor_files(&de);
    let original = fs::read_to_string(de.join("headers.ftl")).unwrap();

    // Save through a temporary file in the same folder, renamed over the original.
    fs::write(
        de.join(".headers.ftl.save"),
        german_file(&original, "Über eine Kopie gespeichert"),
    )
    .unwrap();
    fs::rename(de.join(".headers.ftl.save"), de.join("headers.ftl")).unwrap();
    eventually("the saved text to go live", || {
        german(&server) == "Über eine Kopie gespeichert"
    });
    assert_eq!(
        failed_reloads(&server),
        "0",
        "an editor's file made a reload fail"
    );

    // vim's default save: the original renamed to the backup, the new text written anew.
    // (Between the two the folder lacks the file: a reload then would be rejected, and the
    // write's events would reload again. Only the outcome is asserted.)
    fs::remove_file(de.join("headers.ftl~")).unwrap();
    fs::rename(de.join("headers.ftl"), de.join("headers.ftl~")).unwrap();
    fs::write(
        de.join("headers.ftl"),
        german_file(&original, "Wie vim speichert"),
    )
    .unwrap();
    eventually("the second save to go live", || {
        german(&server) == "Wie vim speichert"
    });
    assert_eq!(status(&server), "ok");
    server.stop();
}

#[test]
fn a_slow_write_in_place_goes_live_only_when_complete() {
    let dir = common::locales_copy();
    let server = Server::start(&["--locales", dir.path().to_str().unwrap()]);
    let path = dir.path().join("de/headers.ftl");
    // Once a first edit is live, the reload at start-up is over and the server is idle.
    set_german(dir.path(), "Vorher", false);
    eventually("a first edit to go live", || german(&server) == "Vorher");
    let original = german(&server);
    let whole = german_file(
        &fs::read_to_string(&path).unwrap(),
        "Sprachcode ungültig (langsam geschrieben)",
    );
    // Cut inside the last line: the first part alone is a valid file saying "Sprachcode".
    let cut = whole.rfind(" ungültig").unwrap();

    let mut file = fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(&path)
        .unwrap();
    file.write_all(&whole.as_bytes()[..cut]).unwrap();
    // Past the quiet period and the longest delay, the half file is neither live nor reported.
    let resume = Instant::now() + Duration::from_secs(1);
    while Instant::now() < resume {
        assert_eq!(german(&server), original, "half a file went live");
        assert_eq!(status(&server), "ok", "half a file was judged");
        std::thread::sleep(Duration::from_millis(50));
    }
    file.write_all(&whole.as_bytes()[cut..]).unwrap();
    drop(file);
    eventually("the whole file to go live", || {
        german(&server) == "Sprachcode ungültig (langsam geschrieben)"
    });
    assert_eq!(failed_reloads(&server), "0");
    server.stop();
}
