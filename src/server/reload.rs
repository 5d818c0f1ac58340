//! Live reload: file events (debounced) and SIGHUP rebuild the locale set, and the checker
//! decides whether it goes live.
//!
//! A reload reads the directory into a new [`LocaleSet`], runs [`check`], and builds a new
//! [`Resolver`] only when the checker finds no errors; then one atomic pointer swap makes it
//! live. Requests in flight keep the set they started with, so no request sees a half-loaded
//! set. A rejected set changes nothing that is served: the failure is logged (every
//! diagnostic) and shown on `/healthz` until a later edit fixes it. The files are only read.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use notify::{Event, EventKind, RecursiveMode, Watcher};
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep_until};

use super::ServeError;
use super::state::{
    AppState, Loaded, MAX_REPORTED_DIAGNOSTICS, ReloadFailure, unix_now, version_of,
};
use crate::check::check;
use crate::check::{Diagnostic, Severity};
use crate::resolver::Resolver;
use crate::resources::{ALLOW_UNTRANSLATED_FILE, LocaleSet};

/// A reload waits for this much quiet after the last file event, so an editor's burst of
/// writes (temp file, rename, attributes) becomes one reload.
pub(crate) const DEBOUNCE: Duration = Duration::from_millis(200);
/// ... but never longer than this after the first event, so edits go live within a second
/// even while files keep changing.
pub(crate) const MAX_DELAY: Duration = Duration::from_millis(700);

/// What a reload did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The new set is live.
    Swapped { version: String },
    /// The files are the ones already live.
    Unchanged,
    /// The set was rejected; the previous one is still served.
    Rejected(ReloadFailure),
}

/// Loads the set to start with. A set with checker errors is refused: the server would
/// otherwise start by serving translations that the reload gate would never let in.
pub(crate) fn load_initial(dir: Option<&Path>) -> Result<Loaded, ServeError> {
    let set = match dir {
        Some(dir) => LocaleSet::from_dir(dir)?,
        None => LocaleSet::embedded(),
    };
    let report = check(&set, &[]);
    log_diagnostics(&report.diagnostics);
    let errors = count_errors(&report.diagnostics);
    if errors > 0 {
        return Err(ServeError::Check {
            origin: set.origin().to_owned(),
            errors,
        });
    }
    let resolver = Resolver::from_set(&set)?;
    let version = version_of(&set);
    Ok(Loaded::new(resolver, version, report.diagnostics.len()))
}

/// Reloads `dir` now (blocking: it reads files) and swaps the result in if it passes.
pub(crate) fn reload_now(state: &AppState, dir: &Path) -> Outcome {
    let set = match LocaleSet::from_dir(dir) {
        Ok(set) => set,
        Err(err) => return reject(state, None, err.to_string(), Vec::new()),
    };
    let version = version_of(&set);
    if version == state.current().version {
        // Also the end of a failure when a broken edit is reverted.
        state.clear_failure();
        tracing::debug!(%version, "locale files unchanged");
        return Outcome::Unchanged;
    }
    if let Some(failure) = state.failure()
        && failure.version.as_deref() == Some(version.as_str())
    {
        // The same broken files again (another event from the same save): already logged.
        return Outcome::Rejected(failure);
    }
    let report = check(&set, &[]);
    log_diagnostics(&report.diagnostics);
    if report.has_errors() {
        let reason = format!(
            "{} has checker errors, so the edit is not live; fix them (`fresns-i18n check --locales {}`)",
            set.origin(),
            set.origin()
        );
        return reject(state, Some(version), reason, report.diagnostics);
    }
    let resolver = match Resolver::from_set(&set) {
        Ok(resolver) => resolver,
        Err(err) => return reject(state, Some(version), err.to_string(), Vec::new()),
    };
    state.swap(Loaded::new(
        resolver,
        version.clone(),
        report.diagnostics.len(),
    ));
    state.metrics.count_reload(true);
    tracing::info!(%version, origin = %set.origin(), "reloaded locales");
    Outcome::Swapped { version }
}

fn reject(
    state: &AppState,
    version: Option<String>,
    reason: String,
    diagnostics: Vec<Diagnostic>,
) -> Outcome {
    let errors: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let failure = ReloadFailure {
        at_unix: unix_now(),
        version,
        reason,
        errors: errors.len().max(1),
        diagnostics: errors
            .iter()
            .take(MAX_REPORTED_DIAGNOSTICS)
            .map(ToString::to_string)
            .collect(),
    };
    tracing::error!(
        errors = failure.errors,
        "reload rejected, still serving version {}: {}",
        state.current().version,
        failure.reason
    );
    state.metrics.count_reload(false);
    state.set_failure(failure.clone());
    Outcome::Rejected(failure)
}

fn count_errors(diagnostics: &[Diagnostic]) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

fn log_diagnostics(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        match d.severity {
            Severity::Error => tracing::error!(
                file = %d.file, line = d.line, column = d.column, check = %d.check,
                "{}", d.message
            ),
            Severity::Warning => tracing::warn!(
                file = %d.file, line = d.line, column = d.column, check = %d.check,
                "{}", d.message
            ),
        }
    }
}

/// Why a reload was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    Files,
    Signal,
}

/// Starts the reload machinery: the SIGHUP listener always (so SIGHUP never kills the
/// server, even without `--locales`), and with a directory the reload task and, if `watch`,
/// the file watcher.
pub(crate) fn start(
    state: Arc<AppState>,
    dir: Option<PathBuf>,
    watch: bool,
) -> Result<Reloads, ServeError> {
    // One pending trigger is enough: a reload reads the newest files, so a full queue loses
    // nothing.
    let (tx, rx) = mpsc::channel(8);
    let watcher = match (&dir, watch) {
        (Some(dir), true) => Some(watch_dir(dir, tx.clone())?),
        _ => None,
    };
    if watcher.is_some() {
        // An edit saved between the initial load and the watcher's start made no event the
        // watcher saw: one reload now picks it up (and is a no-op when nothing changed).
        let _ = tx.try_send(Trigger::Files);
    }
    let mut tasks = Vec::new();
    tasks.extend(listen_for_hangup(tx, dir.is_some())?);
    if let Some(dir) = dir {
        tasks.push(tokio::spawn(reload_loop(state, dir, rx, watcher)));
    }
    Ok(Reloads { tasks })
}

/// The reload tasks of one server; dropping it ends them (and the file watcher), so a server
/// embedded in a longer-lived runtime leaves nothing behind.
pub(crate) struct Reloads {
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Drop for Reloads {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

fn watch_dir(
    dir: &Path,
    tx: mpsc::Sender<Trigger>,
) -> Result<notify::RecommendedWatcher, ServeError> {
    // Events name paths under the path watched; a canonical root makes them comparable.
    let root = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let events_root = root.clone();
    let mut watcher =
        notify::recommended_watcher(move |event: notify::Result<Event>| match event {
            Ok(event) if is_relevant(&event, &events_root) => {
                let _ = tx.try_send(Trigger::Files);
            }
            Ok(_) => {}
            Err(err) => tracing::warn!("file watcher: {err}"),
        })
        .map_err(|source| ServeError::Watch {
            path: root.clone(),
            source,
        })?;
    watcher
        .watch(&root, RecursiveMode::Recursive)
        .map_err(|source| ServeError::Watch {
            path: root.clone(),
            source,
        })?;
    tracing::info!(dir = %root.display(), "watching locale files");
    Ok(watcher)
}

/// Whether an event can change the set: a change to an `.ftl` file or an allow-list, or a
/// locale folder appearing or going. Reads (our own reloads open every file) and editors'
/// swap and backup files are ignored.
fn is_relevant(event: &Event, root: &Path) -> bool {
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.iter().any(|path| {
        path.extension().is_some_and(|ext| ext == "ftl")
            || path
                .file_name()
                .is_some_and(|name| name == ALLOW_UNTRANSLATED_FILE)
            || path.parent() == Some(root)
    })
}

#[cfg(unix)]
fn listen_for_hangup(
    tx: mpsc::Sender<Trigger>,
    reloadable: bool,
) -> Result<Option<tokio::task::JoinHandle<()>>, ServeError> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut hangup = signal(SignalKind::hangup()).map_err(ServeError::Signal)?;
    let task = tokio::spawn(async move {
        while hangup.recv().await.is_some() {
            if reloadable {
                tracing::info!("SIGHUP: reloading locales");
                let _ = tx.try_send(Trigger::Signal);
            } else {
                tracing::info!(
                    "SIGHUP: the embedded locales cannot be reloaded; start with --locales DIR"
                );
            }
        }
    });
    Ok(Some(task))
}

#[cfg(not(unix))]
fn listen_for_hangup(
    _tx: mpsc::Sender<Trigger>,
    _reloadable: bool,
) -> Result<Option<tokio::task::JoinHandle<()>>, ServeError> {
    Ok(None)
}

/// Runs reloads one at a time, so two never race to swap.
async fn reload_loop(
    state: Arc<AppState>,
    dir: PathBuf,
    mut rx: mpsc::Receiver<Trigger>,
    // Kept alive here: dropping the watcher stops the events.
    _watcher: Option<notify::RecommendedWatcher>,
) {
    while let Some(trigger) = rx.recv().await {
        let first = Instant::now();
        let mut deadline = first + DEBOUNCE;
        loop {
            tokio::select! {
                more = rx.recv() => match more {
                    Some(_) => deadline = (Instant::now() + DEBOUNCE).min(first + MAX_DELAY),
                    None => return,
                },
                () = sleep_until(deadline) => break,
            }
        }
        tracing::debug!(?trigger, "reloading locales");
        let task_state = Arc::clone(&state);
        let task_dir = dir.clone();
        let outcome = tokio::task::spawn_blocking(move || reload_now(&task_state, &task_dir)).await;
        if let Err(err) = outcome {
            tracing::error!("reload task failed: {err}");
        }
    }
}
