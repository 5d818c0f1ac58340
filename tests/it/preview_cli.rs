//! `fresns-i18n preview` as a process: the URL it prints, the page behind it, and `--open`
//! with and without a browser to open it.
#![cfg(unix)]

use std::io::{BufRead as _, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::{self, Preview, locales_copy};

#[test]
fn preview_prints_its_url_and_serves_the_page_until_sigterm() {
    let dir = locales_copy();
    let preview = Preview::start(
        &["--locales", dir.path().to_str().unwrap()],
        &[],
        Stdio::null(),
    );
    let addr = preview.addr();
    assert!(addr.ip().is_loopback() && addr.port() != 0);
    assert_eq!(preview.url, format!("http://{addr}/preview"));
    let (status, headers, body) = common::http(addr, "GET", "/preview?locales=de", &[]);
    assert_eq!(status, 200);
    assert!(headers.contains(&("content-type".into(), "text/html; charset=utf-8".into())));
    assert_eq!(body.matches("<tr data-code=").count(), 220);
    assert!(
        body.contains(&dir.path().display().to_string()),
        "the page names the folder"
    );
    preview.stop_within(Duration::from_secs(10));
}

#[test]
fn open_runs_the_browser_with_the_url() {
    let dir = tempfile::tempdir().unwrap();
    let opened = dir.path().join("opened");
    let browser = dir.path().join("browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display()),
    )
    .unwrap();
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let preview = Preview::start(
        &["--open"],
        &[("BROWSER", browser.to_str().unwrap())],
        Stdio::null(),
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::fs::read_to_string(&opened).unwrap_or_default() != preview.url {
        assert!(
            Instant::now() < deadline,
            "the browser was not run with the URL"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn open_without_a_browser_warns_once_and_still_serves() {
    let empty = tempfile::tempdir().unwrap();
    let mut preview = Preview::start(
        &["--open"],
        &[
            ("BROWSER", "/nonexistent/browser"),
            // No xdg-open either.
            ("PATH", empty.path().to_str().unwrap()),
        ],
        Stdio::piped(),
    );
    // Read aside, so a missing line fails the test instead of hanging it.
    let stderr = preview.child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let warning = loop {
        let line = rx
            .recv_timeout(Duration::from_secs(10))
            .expect("a warning within 10 s");
        if line.contains("warning") {
            break line;
        }
    };
    assert!(
        warning.starts_with("fresns-i18n: warning: no browser to open"),
        "{warning}"
    );
    assert!(warning.contains(&preview.url), "{warning}");
    let (status, _, _) = common::http(preview.addr(), "GET", "/preview", &[]);
    assert_eq!(status, 200);
}
