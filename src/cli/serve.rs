//! `fresns-i18n serve` and `preview`: the HTTP service in a runtime of its own until SIGTERM
//! or Ctrl-C, after one line on stdout that says where it is.

use std::process::{Command, Stdio};

use fresns_i18n::server::{ServeOptions, Server};

use crate::output::{Failure, Out};

/// What the one line on stdout says.
pub(crate) enum Announce {
    /// `listening on http://ADDR`, for `serve`.
    Listening,
    /// `preview at http://ADDR/preview`, for `preview`; `open` also opens it in a browser.
    Preview { open: bool },
}

pub(crate) fn run(out: &mut Out, options: ServeOptions, announce: Announce) -> Result<(), Failure> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|err| Failure::Plain(format!("cannot start the async runtime: {err}")))?;
    runtime.block_on(async {
        let server = Server::bind(options).await?;
        let addr = server.local_addr();
        // The one line on stdout: scripts and tests read the address from it.
        match announce {
            Announce::Listening => out.line(&format!("listening on http://{addr}"))?,
            Announce::Preview { open } => {
                let url = format!("http://{addr}/preview");
                out.line(&format!("preview at {url}"))?;
                if open {
                    open_in_browser(&url);
                }
            }
        }
        out.flush()?;
        server.run().await?;
        Ok::<(), Failure>(())
    })
}

/// Opens `url` with `$BROWSER` (a `:`-separated list, as the convention has it) or else
/// `xdg-open`. A machine without either still serves the page: one warning line says so.
fn open_in_browser(url: &str) {
    let browsers = std::env::var("BROWSER").unwrap_or_default();
    let candidates = browsers
        .split(':')
        .filter(|program| !program.trim().is_empty())
        .map(str::trim)
        .chain(std::iter::once("xdg-open"));
    for program in candidates {
        let spawned = Command::new(program)
            .arg(url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let Ok(mut child) = spawned else {
            continue;
        };
        let (program, url) = (program.to_owned(), url.to_owned());
        // Waited for aside, so the server starts at once and no zombie is left.
        std::thread::spawn(move || match child.wait() {
            Ok(status) if !status.success() => eprintln!(
                "fresns-i18n: warning: `{program}` could not open the page ({status}); open {url} yourself"
            ),
            _ => {}
        });
        return;
    }
    eprintln!(
        "fresns-i18n: warning: no browser to open (set $BROWSER or install xdg-open); open {url} yourself"
    );
}
