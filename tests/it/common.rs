//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::Output;
use std::time::Duration;

/// Runs the `fresns-i18n` binary.
#[cfg(feature = "cli")]
pub fn run(args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
        .args(args)
        .output()
        .unwrap()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The seed list, as the user gave it: `31401Language tag incorrect` lines among headings.
pub fn seed() -> BTreeMap<u32, String> {
    include_str!("../fixtures/error-codes.txt")
        .lines()
        .filter(|line| line.len() > 5 && line.as_bytes()[..5].iter().all(u8::is_ascii_digit))
        .map(|line| (line[..5].parse().unwrap(), line[5..].to_owned()))
        .collect()
}

/// A copy of the shipped locales that a test may edit, removed on drop.
pub fn locales_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for locale in std::fs::read_dir(source).unwrap() {
        let locale = locale.unwrap();
        if !locale.path().is_dir() {
            continue;
        }
        let target = dir.path().join(locale.file_name());
        std::fs::create_dir(&target).unwrap();
        for file in std::fs::read_dir(locale.path()).unwrap() {
            let file = file.unwrap();
            std::fs::copy(file.path(), target.join(file.file_name())).unwrap();
        }
    }
    dir
}

/// Copies the shipped locales into `target` (created), for layouts a test builds itself.
pub fn copy_locales_to(target: &Path) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for locale in std::fs::read_dir(source).unwrap() {
        let locale = locale.unwrap();
        if !locale.path().is_dir() {
            continue;
        }
        let folder = target.join(locale.file_name());
        std::fs::create_dir_all(&folder).unwrap();
        for file in std::fs::read_dir(locale.path()).unwrap() {
            let file = file.unwrap();
            std::fs::copy(file.path(), folder.join(file.file_name())).unwrap();
        }
    }
}

/// One HTTP/1.1 request over a fresh connection; returns status, lower-cased headers and body.
pub fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, Vec<(String, String)>, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    if method == "POST" {
        request.push_str("Content-Length: 0\r\n");
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let raw = String::from_utf8(raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|line| line.split_once(": "))
        .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()))
        .collect();
    (status, headers, body.to_owned())
}

/// `fresns-i18n preview` on a free loopback port: the process, killed when dropped, and the
/// page's URL from its first line on stdout.
#[cfg(feature = "cli")]
pub struct Preview {
    pub child: std::process::Child,
    pub url: String,
}

#[cfg(feature = "cli")]
impl Preview {
    pub fn start(args: &[&str], env: &[(&str, &str)], stderr: std::process::Stdio) -> Preview {
        Preview::start_in(Path::new("."), args, env, stderr)
    }

    /// Starts it in `dir`, so relative paths in `args` are read from there.
    pub fn start_in(
        dir: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        stderr: std::process::Stdio,
    ) -> Preview {
        use std::io::BufRead;
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
            .current_dir(dir)
            .arg("preview")
            .args(args)
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdout(std::process::Stdio::piped())
            .stderr(stderr)
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .trim()
            .strip_prefix("preview at ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        Preview { child, url }
    }

    /// The address in the URL.
    pub fn addr(&self) -> SocketAddr {
        self.url
            .strip_prefix("http://")
            .and_then(|rest| rest.split('/').next())
            .unwrap()
            .parse()
            .unwrap()
    }

    /// Sends SIGTERM and returns how long the process took to exit (at most `limit`).
    #[cfg(unix)]
    pub fn stop_within(mut self, limit: Duration) -> Duration {
        let started = std::time::Instant::now();
        let status = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "exit after SIGTERM: {status}");
                return started.elapsed();
            }
            assert!(
                started.elapsed() < limit,
                "still running {limit:?} after SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[cfg(feature = "cli")]
impl Drop for Preview {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
