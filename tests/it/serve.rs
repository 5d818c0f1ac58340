//! `fresns-i18n serve` as a process: the built binary on an ephemeral loopback port, spoken to
//! over plain HTTP/1.1, and live reload of an edited copy of the locales.
// Signals (SIGTERM, SIGHUP) are Unix-only.
#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common;

use common::locales_copy;

/// A running server, stopped with SIGTERM (or killed) when dropped.
pub(crate) struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Server {
    pub(crate) fn start(extra: &[&str]) -> Server {
        Server::start_logging(extra, &[("RUST_LOG", "warn")], Stdio::null())
    }

    fn start_logging(extra: &[&str], env: &[(&str, &str)], stderr: Stdio) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
            .args(["serve", "--addr", "127.0.0.1:0"])
            .args(extra)
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .unwrap();
        // The first line on stdout names the bound address.
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let addr = line
            .trim()
            .strip_prefix("listening on http://")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .parse()
            .unwrap();
        Server { child, addr }
    }

    /// GET with extra headers; returns status, lower-cased headers and body.
    pub(crate) fn get(
        &self,
        path: &str,
        headers: &[(&str, &str)],
    ) -> (u16, Vec<(String, String)>, String) {
        common::http(self.addr, "GET", path, headers)
    }

    pub(crate) fn json(&self, path: &str, headers: &[(&str, &str)]) -> Value {
        serde_json::from_str(&self.get(path, headers).2).unwrap()
    }

    pub(crate) fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Sends SIGTERM and waits for a clean exit.
    pub(crate) fn stop(mut self) {
        self.signal("TERM");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "exit after SIGTERM: {status}");
                return;
            }
            assert!(
                Instant::now() < deadline,
                "still running 10 s after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> &'a str {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

/// Polls until `probe` is true, for at most 10 s.
pub(crate) fn eventually(what: &str, mut probe: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !probe() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn the_binary_serves_on_an_ephemeral_port_and_stops_on_sigterm() {
    let server = Server::start(&[]);
    assert!(server.addr.ip().is_loopback() && server.addr.port() != 0);

    let (status, headers, body) = server.get(
        "/v1/errors/34306?wait=7200",
        &[("Accept-Language", "en-GB,en;q=0.9")],
    );
    assert_eq!(status, 200);
    assert_eq!(
        body,
        r#"{"code":34306,"message":"The error has exceeded the system limit. Please log in again 2 hours later","data":{"id":"login-attempts-exceeded","langTag":"en"}}"#
    );
    assert_eq!(header(&headers, "content-language"), "en");
    assert!(!header(&headers, "x-request-id").is_empty());

    let (status, _, body) = server.get("/v1/errors/31401", &[("X-Fresns-Client-Lang-Tag", "x!")]);
    assert_eq!(status, 400);
    assert!(
        body.starts_with(r#"{"code":31401,"message":"Language tag incorrect""#),
        "{body}"
    );

    let (status, headers, _) = server.get("/v1/errors?lang=zh-Hans", &[]);
    assert_eq!(status, 200);
    let etag = header(&headers, "etag").to_owned();
    let (status, _, body) = server.get("/v1/errors?lang=zh-Hans", &[("If-None-Match", &etag)]);
    assert_eq!((status, body.as_str()), (304, ""));

    // A request head past the connection limit is refused before routing.
    let huge = "x".repeat(20 * 1024);
    let (status, _, _) = server.get("/healthz", &[("X-Padding", &huge)]);
    assert_eq!(status, 431);

    assert_eq!(server.json("/healthz", &[])["status"], "ok");
    let (_, _, metrics) = server.get("/metrics", &[]);
    assert!(
        metrics.contains(
            "fresns_i18n_http_requests_total{route=\"/v1/errors/{code}\",status=\"200\"} 1"
        ),
        "{metrics}"
    );
    server.stop();
}

/// Rewrites `de/headers.ftl` with another text for 31401, optionally with a syntax error.
fn edit_german(dir: &Path, text: &str, broken: bool) {
    let path = dir.join("de/headers.ftl");
    let source = std::fs::read_to_string(&path).unwrap();
    let mut edited: String = source
        .lines()
        .filter(|line| !line.starts_with("broken-entry ="))
        .map(|line| {
            if line.starts_with("language-tag-incorrect =") {
                format!("language-tag-incorrect = {text}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    if broken {
        edited.push_str("broken-entry = { $unclosed\n");
    }
    std::fs::write(&path, edited).unwrap();
}

#[test]
fn a_broken_edit_is_held_back_and_a_fixed_edit_goes_live() {
    let dir = locales_copy();
    let locales = dir.path().to_str().unwrap();
    let server = Server::start(&["--locales", locales]);
    let german = |server: &Server| {
        server.json("/v1/errors/31401", &[("X-Fresns-Client-Lang-Tag", "de")])["message"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let original = german(&server);
    assert_eq!(server.json("/healthz", &[])["reload"]["enabled"], true);

    edit_german(dir.path(), "Kaputter Text", true);
    eventually("the broken edit to be reported", || {
        server.json("/healthz", &[])["status"] == "degraded"
    });
    assert_eq!(german(&server), original, "a broken set went live");
    let health = server.json("/healthz", &[]);
    let diagnostics = health["reload"]["lastFailure"]["diagnostics"].to_string();
    assert!(diagnostics.contains("de/headers.ftl"), "{health}");

    edit_german(dir.path(), "Sprachcode ungültig (neu)", false);
    eventually("the fixed edit to go live", || {
        german(&server) == "Sprachcode ungültig (neu)"
    });
    assert_eq!(server.json("/healthz", &[])["status"], "ok");
    server.stop();
}

#[test]
fn sighup_reloads_when_file_watching_is_off() {
    let dir = locales_copy();
    let locales = dir.path().to_str().unwrap();
    let server = Server::start(&["--locales", locales, "--no-watch"]);
    edit_german(dir.path(), "Per SIGHUP geladen", false);
    server.signal("HUP");
    eventually("SIGHUP to reload", || {
        server.json("/v1/errors/31401?lang=de", &[])["message"] == "Per SIGHUP geladen"
    });
    let (_, _, metrics) = server.get("/metrics", &[]);
    assert!(
        metrics.contains("fresns_i18n_reloads_total{result=\"ok\"} 1"),
        "{metrics}"
    );
    server.stop();
}

#[test]
fn sighup_without_a_locales_directory_does_not_stop_the_server() {
    let server = Server::start(&[]);
    server.signal("HUP");
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(server.json("/healthz", &[])["status"], "ok");
    server.stop();
}

#[test]
fn logs_are_plain_off_a_terminal_and_json_when_asked() {
    // Flags, environment, and whether each line must be JSON.
    type Case<'a> = (&'a [&'a str], &'a [(&'a str, &'a str)], bool);
    let cases: [Case; 3] = [
        (&[], &[], false),
        (&["--log-format", "json"], &[], true),
        (&[], &[("FRESNS_I18N_LOG_FORMAT", "json")], true),
    ];
    for (flags, env, json) in cases {
        let log = tempfile::NamedTempFile::new().unwrap();
        let mut env = env.to_vec();
        env.push(("RUST_LOG", "info"));
        let server = Server::start_logging(flags, &env, Stdio::from(log.reopen().unwrap()));
        let (status, _, _) = server.get("/no-such-route", &[]);
        assert_eq!(status, 404);
        server.stop();
        let text = std::fs::read_to_string(log.path()).unwrap();
        assert!(text.contains("serving"), "{flags:?} {env:?}: {text}");
        assert!(
            !text.contains('\u{1b}'),
            "colour codes in a log file: {text:?}"
        );
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert!(lines.len() >= 3, "{text}");
        for line in lines {
            let parsed = serde_json::from_str::<Value>(line);
            assert_eq!(parsed.is_ok(), json, "{flags:?} {env:?}: {line}");
            if let Ok(object) = parsed {
                assert!(
                    object["level"].is_string() && object["fields"].is_object(),
                    "{line}"
                );
            }
        }
    }
}
