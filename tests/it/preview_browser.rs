//! The preview page in a real browser: headless Chromium, driven over the DevTools protocol,
//! loads the page that `fresns-i18n preview` serves on a real socket from a working copy of
//! the locales, and follows edits to the files without a reload.
//!
//! Without Chromium the test says that it skipped, except under `CI=true`, where a missing
//! browser is a failure. `FRESNS_PREVIEW_SCREENSHOT=FILE` also copies the screenshot there.
#![cfg(unix)]

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use fresns_i18n::ErrorCode;
use serde_json::{Value, json};

use crate::common::{self, Preview, copy_locales_to};

/// How long the page may take to show a change.
const PATIENCE: Duration = Duration::from_secs(15);
/// How long one protocol command may take.
const COMMAND_LIMIT: Duration = Duration::from_secs(30);
const NAMES: [&str; 4] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

fn find_chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| NAMES.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// A headless Chromium spoken to over `--remote-debugging-pipe`: commands go to its fd 3 and
/// answers come from its fd 4, as JSON ended by a NUL byte. A shell maps those descriptors to
/// the child's stdin and stdout.
struct Chromium {
    child: Child,
    input: ChildStdin,
    messages: Receiver<Value>,
    next_id: u64,
    session: Option<String>,
}

impl Chromium {
    fn launch(binary: &Path, profile: &Path, log: &Path) -> Chromium {
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(r#"exec "$0" "$@" 3<&0 4>&1 </dev/null >/dev/null"#)
            .arg(binary)
            .args([
                "--headless=new",
                "--remote-debugging-pipe",
                // As root, and in containers, the sandbox cannot start.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--mute-audio",
                "--no-first-run",
                "--no-default-browser-check",
                // Nothing but the page under test: no traffic to anywhere else.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--no-pings",
                &format!("--user-data-dir={}", profile.display()),
                "about:blank",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(log).unwrap())
            .spawn()
            .unwrap();
        let input = child.stdin.take().unwrap();
        let output = child.stdout.take().unwrap();
        let (tx, messages) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for message in BufReader::new(output).split(0).map_while(Result::ok) {
                if let Ok(value) = serde_json::from_slice::<Value>(&message)
                    && tx.send(value).is_err()
                {
                    return;
                }
            }
        });
        Chromium {
            child,
            input,
            messages,
            next_id: 0,
            session: None,
        }
    }

    /// Sends one command (to the attached page, once there is one) and waits for its answer,
    /// passing over events.
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({ "id": id, "method": method, "params": params });
        if let Some(session) = &self.session {
            message["sessionId"] = json!(session);
        }
        let mut bytes = serde_json::to_vec(&message).unwrap();
        bytes.push(0);
        self.input.write_all(&bytes).unwrap();
        self.input.flush().unwrap();
        let deadline = Instant::now() + COMMAND_LIMIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let answer = match self.messages.recv_timeout(left) {
                Ok(answer) => answer,
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no answer to {method} in {COMMAND_LIMIT:?}")
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("Chromium closed the pipe during {method}")
                }
            };
            if answer["id"] != id {
                continue;
            }
            if let Some(error) = answer.get("error") {
                panic!("{method}: {error}");
            }
            return answer["result"].clone();
        }
    }

    /// Opens a page of `width` × `height` CSS pixels and speaks to it from then on. Script
    /// errors and blocked resources are collected in `window.__problems`.
    fn open_page(&mut self, width: u32, height: u32) {
        let target = self.call("Target.createTarget", json!({ "url": "about:blank" }));
        let attached = self.call(
            "Target.attachToTarget",
            json!({ "targetId": target["targetId"], "flatten": true }),
        );
        self.session = Some(attached["sessionId"].as_str().unwrap().to_owned());
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
        );
        self.call("Page.enable", json!({}));
        self.call(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": "window.__problems = [];
                addEventListener('error', (e) => __problems.push('error: ' + e.message));
                addEventListener('unhandledrejection', (e) => __problems.push('rejection: ' + e.reason));
                document.addEventListener('securitypolicyviolation',
                    (e) => __problems.push('blocked: ' + e.violatedDirective + ' ' + e.blockedURI));" }),
        );
    }

    fn navigate(&mut self, url: &str) {
        self.call("Page.navigate", json!({ "url": url }));
        self.wait_for("the page to load", "document.readyState === 'complete'");
    }

    /// The value of a JavaScript expression in the page.
    fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({ "expression": expression, "returnByValue": true, "awaitPromise": true }),
        );
        if let Some(exception) = result.get("exceptionDetails") {
            panic!("{expression}: {exception}");
        }
        result["result"]["value"].clone()
    }

    /// Evaluates `expression` until it is true, for at most [`PATIENCE`].
    fn wait_for(&mut self, what: &str, expression: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if self.eval(expression) == json!(true) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}: {expression}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn screenshot(&mut self) -> Vec<u8> {
        let shot = self.call("Page.captureScreenshot", json!({ "format": "png" }));
        base64(shot["data"].as_str().unwrap())
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => panic!("not base64: {c}"),
        }
    };
    let digits: Vec<u8> = text.bytes().filter(|&c| c != b'=').collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let bits = chunk
            .iter()
            .enumerate()
            .fold(0u32, |bits, (i, &c)| bits | value(c) << (18 - 6 * i));
        for i in 0..chunk.len() * 6 / 8 {
            out.push((bits >> (16 - 8 * i)) as u8);
        }
    }
    out
}

/// Sets the text of message `id` in a locale file, as a translator's editor saves it.
fn set_message(file: &Path, id: &str, text: &str) {
    let source = std::fs::read_to_string(file).unwrap();
    let prefix = format!("{id} =");
    assert!(source.lines().any(|line| line.starts_with(&prefix)), "{id}");
    let edited: String = source
        .lines()
        .map(|line| {
            if line.starts_with(&prefix) {
                format!("{id} = {text}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    std::fs::write(file, edited).unwrap();
}

fn js(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

fn cell(code: ErrorCode, tag: &str) -> String {
    format!(
        "document.querySelector('tr[data-code=\"{}\"] td[data-locale=\"{tag}\"]')",
        code.number()
    )
}

#[test]
fn the_page_follows_edits_in_a_real_browser() {
    let Some(chromium) = find_chromium() else {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!(
                "no Chromium on PATH (looked for {NAMES:?}); .ci/run installs Debian's `chromium`"
            );
        }
        eprintln!(
            "skipped: no Chromium on PATH (looked for {NAMES:?}); install Debian's `chromium` to run this test"
        );
        return;
    };
    let started = Instant::now();
    let temp = tempfile::tempdir().unwrap();
    let locales = temp.path().join("locales");
    copy_locales_to(&locales);
    // A relative folder, as a translator would name their working copy.
    let preview = Preview::start_in(temp.path(), &["--locales", "locales"], &[], Stdio::null());
    let log = temp.path().join("chromium.log");
    let mut browser = Chromium::launch(&chromium, &temp.path().join("profile"), &log);
    browser.open_page(1280, 860);

    // The table: a row per code, the chosen locales as columns, Arabic right to left.
    browser.navigate(&format!("{}?locales=de,ar", preview.url));
    assert_eq!(
        browser.eval("document.querySelectorAll('tbody tr').length"),
        220
    );
    let columns = "Array.from(document.querySelectorAll('thead th[data-locale]'), (th) => th.dataset.locale).join(',')";
    assert_eq!(browser.eval(columns), "de,ar");
    assert_eq!(
        browser.eval(&format!(
            "{}.dir",
            cell(ErrorCode::LanguageTagIncorrect, "ar")
        )),
        "rtl"
    );
    browser.wait_for(
        "the event stream",
        "document.getElementById('live').textContent === 'live'",
    );

    // A saved edit goes live and shows without a reload.
    let headers = locales.join("de/headers.ftl");
    let text = "Sprach-Tag falsch (live bearbeitet)";
    set_message(&headers, "language-tag-incorrect", text);
    browser.wait_for(
        "the edited text",
        &format!(
            "{}.querySelector('.plain .text').textContent === {}",
            cell(ErrorCode::LanguageTagIncorrect, "de"),
            js(text)
        ),
    );

    // An edit with a warning goes live too, with its finding beside the message.
    set_message(
        &locales.join("de/accounts.ftl"),
        "new-password-mismatch",
        "The new password entered twice does not match",
    );
    browser.wait_for(
        "the finding",
        &format!(
            "({}.querySelector('.findings .warning') || {{}}).textContent?.startsWith('de/accounts.ftl:') === true",
            cell(ErrorCode::NewPasswordMismatch, "de")
        ),
    );

    // A broken edit is held back: a banner with its findings, the last good text still shown.
    let mut broken = std::fs::read_to_string(&headers).unwrap();
    broken.push_str("timezone-incorrect-x = { $oops\n");
    std::fs::write(&headers, broken).unwrap();
    browser.wait_for(
        "the banner",
        "!document.getElementById('banner').hidden && document.getElementById('banner').textContent.includes('de/headers.ftl:')",
    );
    assert_eq!(
        browser.eval(&format!(
            "{}.querySelector('.plain .text').textContent",
            cell(ErrorCode::LanguageTagIncorrect, "de")
        )),
        text
    );

    // The picker and the search, kept in the URL.
    browser.eval("document.querySelector('input[name=locales][value=ru]').click()");
    browser.wait_for("the new column", &format!("{columns} === 'ar,de,ru'"));
    browser.eval(
        "{ const q = document.querySelector('input[name=q]'); q.value = 'password'; q.dispatchEvent(new Event('input', { bubbles: true })) }",
    );
    browser.wait_for(
        "the search",
        "document.querySelectorAll('tbody tr').length < 220 && location.search === '?locales=ar,de,ru&q=password'",
    );
    assert_eq!(browser.eval(columns), "ar,de,ru");

    // A value typed into the field is rendered by the server, as the API renders it.
    let code = ErrorCode::PasswordLengthIncorrect;
    browser.eval(&format!(
        "{{ const form = document.querySelector('tr[data-code=\"{}\"] form.try');
           form.elements.min.value = '8'; form.elements.max.value = '32'; form.requestSubmit() }}",
        code.number()
    ));
    let (status, _, body) = common::http(
        preview.addr(),
        "GET",
        &format!("/v1/errors/{}?min=8&max=32&lang=ru", code.number()),
        &[],
    );
    assert_eq!(status, 200);
    let expected: Value = serde_json::from_str(&body).unwrap();
    browser.wait_for(
        "the tried value",
        &format!(
            "({}.querySelector('.tried') || {{}}).textContent === {}",
            cell(code, "ru"),
            js(expected["message"].as_str().unwrap())
        ),
    );

    let png = browser.screenshot();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let shot = temp.path().join("preview.png");
    std::fs::write(&shot, &png).unwrap();
    if let Some(copy) = std::env::var_os("FRESNS_PREVIEW_SCREENSHOT") {
        std::fs::copy(&shot, copy).unwrap();
    }
    assert_eq!(browser.eval("window.__problems.join('\\n')"), "");

    // A page following live updates does not hold the server open on SIGTERM.
    let took = preview.stop_within(Duration::from_secs(5));
    eprintln!(
        "the browser test took {:.1} s (screenshot {} bytes, stop {took:?})",
        started.elapsed().as_secs_f64(),
        png.len()
    );
}
