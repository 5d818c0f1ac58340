//! Live reload: file events (debounced) and SIGHUP rebuild the locale set, and the checker
//! decides whether it goes live.
//!
//! A reload reads the directory into a new [`LocaleSet`], runs [`check`], and builds a new
//! [`Resolver`] only when the checker finds no errors; then one atomic pointer swap makes it
//! live. Requests in flight keep the set they started with, so no request sees a half-loaded
//! set. A rejected set changes nothing that is served: the failure is logged (every
//! diagnostic) and shown on `/healthz` until a later edit fixes it. The files are only read.
//!
//! # What is watched
//!
//! The directory is often reached through links that are swapped to publish a new set: a
//! deploy's `current -> releases/N`, renamed over atomically, or a Kubernetes ConfigMap
//! volume, whose entries (`en -> ..data/en`) lead through `..data -> ..2026_…`, which the
//! kubelet renames over. So the watcher follows the path as given, not where it led at
//! start-up. Every link on the way to the directory and to each locale folder (and to each
//! linked file) is resolved, and each folder that holds such a link is watched along with the
//! directory itself, every locale folder, and the folder holding the directory (which sees
//! the directory itself replaced). All watches are non-recursive: the loader reads nothing
//! deeper. Each reload resolves the links again and moves the watches before it reads, so
//! after a swap the new target is watched before it is read and no edit to it is missed.
//!
//! # What the debounce guarantees
//!
//! - Every event that can change the set is followed by a reload that starts reading after
//!   the event arrived: an event during the quiet period extends it, and one during a reload
//!   queues another. Once the files stop changing, what is live is what is on disk (or, if
//!   that set is broken, the last good set, with the failure reported).
//! - A reload waits for [`DEBOUNCE`] of quiet, but no longer than [`MAX_DELAY`] after the first
//!   event, so a burst of writes (temporary file, rename, attributes) is one reload.
//! - A locale file that was modified and not yet closed is being written: the reload waits
//!   for it to be closed, up to [`MAX_HOLD`] after the first event, and a set read while such
//!   a write was under way is neither swapped in nor reported broken, but read again. So a
//!   file written slowly through one open file never goes live half-written.
//! - A set that fails while more events come in is read again before the failure is
//!   reported (also up to [`MAX_HOLD`]): a file may have gone between listing and reading,
//!   as when the kubelet removes the previous version right after its swap.
//! - Not covered: a file written in several opens with pauses over [`DEBOUNCE`], or several
//!   files edited one by one, can be live in between. Publish those atomically: rename a
//!   finished file over the old one, or swap a link to a finished directory.

use std::collections::{BTreeSet, HashMap};
use std::ffi::OsString;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use arc_swap::ArcSwap;
use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
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
use crate::resources::{LocaleSet, is_hidden, is_locale_file};

/// A reload waits for this much quiet after the last file event, so an editor's burst of
/// writes (temp file, rename, attributes) becomes one reload.
pub(crate) const DEBOUNCE: Duration = Duration::from_millis(200);
/// ... but never longer than this after the first event, so edits go live within a second
/// even while files keep changing.
pub(crate) const MAX_DELAY: Duration = Duration::from_millis(700);
/// While a locale file is open for writing, the reload waits for it to be closed, but never
/// longer than this after the first event: a writer that keeps a file open must not stop
/// reloads, and a close the watcher missed must not hold them for good.
pub(crate) const MAX_HOLD: Duration = Duration::from_secs(5);

/// What a reload did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The new set is live.
    Swapped { version: String },
    /// The files are the ones already live.
    Unchanged,
    /// The set was rejected; the previous one is still served.
    Rejected(ReloadFailure),
    /// The files did not hold still while they were read (a locale file was being written,
    /// or, for a set that failed, another event came), so nothing was decided: they are read
    /// again.
    Deferred,
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
    Ok(Loaded::new(resolver, version, report))
}

/// Reloads `dir` now (blocking: it reads files) and swaps the result in if it passes.
#[cfg(test)]
pub(crate) fn reload_now(state: &AppState, dir: &Path) -> Outcome {
    reload_settled(state, dir, &|| false, &|| false)
}

/// Reloads `dir` now (blocking: it reads files) and swaps the result in if it passes, if the
/// files held still while they were read. When `writing()` says, once the set has been read
/// and checked, that a locale file is being written, what was read may be half a file:
/// nothing is swapped in or reported. When `changed()` says that another event came since
/// the read began, a set that fails is not reported: a file may have gone between listing
/// and reading it, and the newer files are read next anyway.
pub(crate) fn reload_settled(
    state: &AppState,
    dir: &Path,
    writing: &dyn Fn() -> bool,
    changed: &dyn Fn() -> bool,
) -> Outcome {
    let unsettled = || writing() || changed();
    let set = match LocaleSet::from_dir(dir) {
        Ok(set) => set,
        Err(_) if unsettled() => return Outcome::Deferred,
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
    if writing() || (report.has_errors() && changed()) {
        return Outcome::Deferred;
    }
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
        Err(_) if unsettled() => return Outcome::Deferred,
        Err(err) => return reject(state, Some(version), err.to_string(), Vec::new()),
    };
    if writing() {
        return Outcome::Deferred;
    }
    state.swap(Loaded::new(resolver, version.clone(), report));
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
            .into_iter()
            .take(MAX_REPORTED_DIAGNOSTICS)
            .cloned()
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
    let watch = match (&dir, watch) {
        (Some(dir), true) => Some(Arc::new(Mutex::new(Watch::start(dir, tx.clone())?))),
        _ => None,
    };
    if watch.is_some() {
        // An edit saved between the initial load and the watcher's start made no event the
        // watcher saw: one reload now picks it up (and is a no-op when nothing changed).
        let _ = tx.try_send(Trigger::Files);
    }
    let mut tasks = Vec::new();
    tasks.extend(listen_for_hangup(tx, dir.is_some())?);
    if let Some(dir) = dir {
        tasks.push(tokio::spawn(reload_loop(state, dir, rx, watch)));
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

/// Where the files of a locale set are, found by resolving every link on the way: what to
/// watch, and which events concern the set.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Plan {
    /// Directories to watch (non-recursively), canonical: the locales directory, its locale
    /// folders, the folder holding the directory, and every folder holding a link on the way.
    dirs: BTreeSet<PathBuf>,
    /// The locales directory (canonical), where any entry appearing or going matters.
    root: Option<PathBuf>,
    /// Entries that matter wherever they are, as their canonical folder and name: every link
    /// on the way, the directory as named, and a missing link target (whose creation fixes it).
    entries: BTreeSet<PathBuf>,
}

impl Plan {
    /// Resolves `dir` and its locale folders now. Parts that are missing are left out, with
    /// their nearest folder watched so that their arrival is seen.
    fn of(dir: &Path) -> Plan {
        let mut plan = Plan::default();
        // The directory as named: `mv` of another directory over it, or a swap of a link.
        if let (Some(parent), Some(name)) = (dir.parent(), dir.file_name())
            && let Ok(parent) = plan.resolve(parent)
        {
            plan.entries.insert(parent.join(name));
            plan.dirs.insert(parent);
        }
        let Ok(root) = plan.resolve(dir) else {
            return plan;
        };
        plan.dirs.insert(root.clone());
        // The loader's view: visible entries only, so `..data` and the timestamped folders of
        // a Kubernetes volume are reached through the links, never as locales.
        for (entry, _) in visible_entries(&root) {
            let Ok(folder) = plan.resolve(&entry) else {
                continue;
            };
            if !folder.is_dir() {
                continue;
            }
            for (file, is_link) in visible_entries(&folder) {
                // A linked file changes where its target is.
                if is_link
                    && is_locale_path(&file)
                    && let Ok(target) = plan.resolve(&file)
                    && let Some(parent) = target.parent()
                {
                    plan.dirs.insert(parent.to_path_buf());
                }
            }
            plan.dirs.insert(folder);
        }
        plan.root = Some(root);
        plan
    }

    /// Resolves `path` as the kernel does, a component at a time, recording each link met
    /// (and the folder holding it) on the way. Returns the canonical path, or the first part
    /// that is missing, recorded the same way so that its creation is seen.
    fn resolve(&mut self, path: &Path) -> Result<PathBuf, PathBuf> {
        /// Links followed before giving up, as Linux does (ELOOP).
        const MAX_LINKS: usize = 40;
        let mut current = if path.is_absolute() {
            PathBuf::new()
        } else {
            std::env::current_dir().map_err(|_| path.to_path_buf())?
        };
        // Components still to walk, the next one last.
        let mut todo: Vec<OsString> = Vec::new();
        push_components(&mut todo, path);
        let mut links = 0;
        while let Some(part) = todo.pop() {
            if part == ".." {
                current.pop();
                continue;
            }
            let next = current.join(&part);
            let Ok(meta) = next.symlink_metadata() else {
                self.note_entry(&next);
                return Err(next);
            };
            if !meta.file_type().is_symlink() {
                current = next;
                continue;
            }
            self.note_entry(&next);
            links += 1;
            let Ok(target) = std::fs::read_link(&next) else {
                return Err(next);
            };
            if links > MAX_LINKS {
                return Err(next);
            }
            push_components(&mut todo, &target);
        }
        Ok(current)
    }

    fn note_entry(&mut self, entry: &Path) {
        if let Some(parent) = entry.parent() {
            self.dirs.insert(parent.to_path_buf());
        }
        self.entries.insert(entry.to_path_buf());
    }

    /// Whether an event on `path` can change the set, beside any locale file's.
    fn concerns(&self, path: &Path) -> bool {
        self.entries.contains(path)
            || self.dirs.contains(path)
            || self
                .root
                .as_deref()
                .is_some_and(|root| path.parent() == Some(root))
    }
}

/// Pushes `path`'s components onto `todo` so that they pop in order; a root or prefix is
/// pushed as itself, so joining it restarts from there.
fn push_components(todo: &mut Vec<OsString>, path: &Path) {
    let start = todo.len();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => todo.push(OsString::from("..")),
            other => todo.push(other.as_os_str().to_os_string()),
        }
    }
    todo[start..].reverse();
}

/// The entries of `dir` whose names do not start with `.`, as the loader sees them, and
/// whether each is a link.
fn visible_entries(dir: &Path) -> Vec<(PathBuf, bool)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|entry| !is_hidden(&entry.file_name().to_string_lossy()))
        .map(|entry| {
            let is_link = entry.file_type().is_ok_and(|kind| kind.is_symlink());
            (entry.path(), is_link)
        })
        .collect()
}

/// Whether a path names a file a locale is read from.
fn is_locale_path(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .is_some_and(is_locale_file)
}

/// Whether an event can change the set: a change to a locale file (including the end of a
/// write), or to an entry of the plan (a link swapped, a locale folder appearing or going).
/// Reads (our own reloads open every file) and editors' hidden and backup files are not.
fn is_relevant(event: &Event, plan: &Plan) -> bool {
    if event.need_rescan() {
        // The kernel dropped events: anything may have changed.
        return true;
    }
    match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => {
            event.paths.iter().any(|path| is_locale_path(path))
        }
        EventKind::Access(_) => false,
        _ => event
            .paths
            .iter()
            .any(|path| is_locale_path(path) || plan.concerns(path)),
    }
}

/// Locale files the watcher saw modified and not closed since, with when each last changed.
#[derive(Debug, Default)]
struct OpenWrites(Mutex<HashMap<PathBuf, std::time::Instant>>);

impl OpenWrites {
    fn note(&self, event: &Event) {
        let mut open = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if event.need_rescan() {
            // The closes may be among the events lost.
            open.clear();
            return;
        }
        let paths = event.paths.iter().filter(|path| is_locale_path(path));
        match event.kind {
            EventKind::Modify(ModifyKind::Data(_)) => {
                let now = std::time::Instant::now();
                for path in paths {
                    open.insert(path.clone(), now);
                }
            }
            EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Remove(_)
            | EventKind::Modify(ModifyKind::Name(RenameMode::From | RenameMode::Both)) => {
                for path in paths {
                    open.remove(path);
                }
            }
            _ => {}
        }
    }

    /// Whether a locale file is being written. A file not modified for [`MAX_HOLD`] no
    /// longer counts, so a close the watcher missed cannot hold reloads for good.
    fn any(&self) -> bool {
        let mut open = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let now = std::time::Instant::now();
        open.retain(|_, modified| now.duration_since(*modified) < MAX_HOLD);
        !open.is_empty()
    }
}

/// The file watcher of one locales directory, with the watches its plan asks for.
struct Watch {
    watcher: notify::RecommendedWatcher,
    dir: PathBuf,
    /// The plan the watches follow; the event handler reads it.
    plan: Arc<ArcSwap<Plan>>,
    writes: Arc<OpenWrites>,
    /// How many relevant events there have been.
    events: Arc<AtomicU64>,
    watched: BTreeSet<PathBuf>,
}

impl Watch {
    fn start(dir: &Path, tx: mpsc::Sender<Trigger>) -> Result<Watch, ServeError> {
        let plan = Arc::new(ArcSwap::from_pointee(Plan::default()));
        let writes = Arc::new(OpenWrites::default());
        let events = Arc::new(AtomicU64::new(0));
        let (events_plan, events_writes) = (Arc::clone(&plan), Arc::clone(&writes));
        let events_count = Arc::clone(&events);
        let watcher =
            notify::recommended_watcher(move |event: notify::Result<Event>| match event {
                Ok(event) => {
                    events_writes.note(&event);
                    if is_relevant(&event, &events_plan.load()) {
                        events_count.fetch_add(1, Ordering::SeqCst);
                        let _ = tx.try_send(Trigger::Files);
                    }
                }
                Err(err) => tracing::warn!("file watcher: {err}"),
            })
            .map_err(|source| ServeError::Watch {
                path: dir.to_path_buf(),
                source,
            })?;
        let mut watch = Watch {
            watcher,
            dir: dir.to_path_buf(),
            plan,
            writes,
            events,
            watched: BTreeSet::new(),
        };
        // Without the directory itself watched, edits would never go live: refuse to start.
        let root = watch
            .refresh()
            .map_err(|(path, source)| ServeError::Watch { path, source })?;
        tracing::info!(dir = %dir.display(), root = %root.display(), "watching locale files");
        Ok(watch)
    }

    /// Resolves the links again and moves the watches to where they now lead; returns where
    /// the directory leads. The new plan is published before the new watches exist, so their
    /// first events are judged by it. Only a failure to watch the directory itself is an
    /// error, with the path that failed; other folders are logged and tried again on the next
    /// reload.
    fn refresh(&mut self) -> Result<PathBuf, (PathBuf, notify::Error)> {
        let plan = Arc::new(Plan::of(&self.dir));
        let old = self.plan.swap(Arc::clone(&plan));
        if let (Some(before), Some(now)) = (&old.root, &plan.root)
            && before != now
        {
            tracing::info!(dir = %self.dir.display(), root = %now.display(), "the locales directory moved");
        }
        for gone in self.watched.difference(&plan.dirs) {
            // Fails when the folder was deleted, which ended its watch already.
            let _ = self.watcher.unwatch(gone);
        }
        self.watched.clear();
        let mut root_error = None;
        for dir in &plan.dirs {
            // Watched again even when unchanged: a folder deleted and made anew under the same
            // name has lost its watch.
            match self.watcher.watch(dir, RecursiveMode::NonRecursive) {
                Ok(()) => {
                    self.watched.insert(dir.clone());
                }
                Err(err) if plan.root.as_ref() == Some(dir) => root_error = Some(err),
                Err(err) => tracing::warn!(dir = %dir.display(), "cannot watch: {err}"),
            }
        }
        match (&plan.root, root_error) {
            (Some(root), None) => Ok(root.clone()),
            (Some(root), Some(source)) => Err((root.clone(), source)),
            (None, _) => Err((self.dir.clone(), notify::Error::path_not_found())),
        }
    }
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
    // Kept here: dropping the watcher stops the events.
    watch: Option<Arc<Mutex<Watch>>>,
) {
    let seen = watch.as_ref().map(|watch| {
        let watch = watch.lock().unwrap_or_else(PoisonError::into_inner);
        (Arc::clone(&watch.writes), Arc::clone(&watch.events))
    });
    while let Some(trigger) = rx.recv().await {
        let first = Instant::now();
        let mut settle = Settle {
            seen: seen.clone(),
            events_before: 0,
            until: first + MAX_HOLD,
        };
        let mut deadline = first + DEBOUNCE;
        let mut latest = first + MAX_DELAY;
        loop {
            tokio::select! {
                more = rx.recv() => match more {
                    Some(_) => deadline = (Instant::now() + DEBOUNCE).min(latest),
                    None => return,
                },
                () = sleep_until(deadline) => {
                    if !settle.writing() {
                        tracing::debug!(?trigger, "reloading locales");
                        settle.events_before = settle.events();
                        let outcome = reload(&state, &dir, watch.as_ref(), settle.clone()).await;
                        if outcome != Some(Outcome::Deferred) {
                            break;
                        }
                        tracing::debug!("the locale files changed while they were read");
                    }
                    // A write is under way, or was while the files were read: wait for the
                    // next event (a close ends a write), but no longer than MAX_HOLD.
                    latest = settle.until;
                    deadline = settle.until;
                },
            }
        }
    }
}

/// What the watcher has seen of the files during one reload (see the module docs).
#[derive(Clone)]
struct Settle {
    /// The watcher's open writes and event count; none without a watcher.
    seen: Option<(Arc<OpenWrites>, Arc<AtomicU64>)>,
    /// The event count when the files began to be read.
    events_before: u64,
    /// From then on, the files are taken as they are.
    until: Instant,
}

impl Settle {
    fn events(&self) -> u64 {
        self.seen
            .as_ref()
            .map_or(0, |(_, events)| events.load(Ordering::SeqCst))
    }

    /// Whether a locale file is being written.
    fn writing(&self) -> bool {
        Instant::now() < self.until && self.seen.as_ref().is_some_and(|(writes, _)| writes.any())
    }

    /// Whether an event came since the files began to be read.
    fn changed(&self) -> bool {
        Instant::now() < self.until && self.events() != self.events_before
    }
}

/// One reload on the blocking pool: first the watches, then the files. An edit after the
/// watches moved is an event; one before is in what the reload reads.
async fn reload(
    state: &Arc<AppState>,
    dir: &Path,
    watch: Option<&Arc<Mutex<Watch>>>,
    settle: Settle,
) -> Option<Outcome> {
    let state = Arc::clone(state);
    let dir = dir.to_path_buf();
    let watch = watch.map(Arc::clone);
    let done = tokio::task::spawn_blocking(move || {
        if let Some(watch) = watch
            && let Err((path, err)) = watch
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .refresh()
        {
            tracing::warn!(
                "cannot watch {} for changes: {err}; the next reload (or SIGHUP) tries again",
                path.display()
            );
        }
        reload_settled(&state, &dir, &|| settle.writing(), &|| settle.changed())
    })
    .await;
    match done {
        Ok(outcome) => Some(outcome),
        Err(err) => {
            tracing::error!("reload task failed: {err}");
            None
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::fs;
    use std::os::unix::fs::symlink;

    use notify::event::{CreateKind, Flag, RemoveKind};

    use super::*;

    fn folder_with_locales(dir: &Path, tags: &[&str]) {
        for tag in tags {
            fs::create_dir_all(dir.join(tag)).unwrap();
            fs::write(dir.join(tag).join("headers.ftl"), "x = y\n").unwrap();
        }
    }

    fn event(kind: EventKind, paths: &[&Path]) -> Event {
        paths.iter().fold(Event::new(kind), |event, path| {
            event.add_path(path.to_path_buf())
        })
    }

    #[test]
    fn a_release_link_is_followed_and_the_folder_holding_it_watched() {
        let base = tempfile::tempdir().unwrap();
        let base = base.path().canonicalize().unwrap();
        folder_with_locales(&base.join("releases/1"), &["en", "de"]);
        folder_with_locales(&base.join("releases/2"), &["en"]);
        symlink("releases/1", base.join("current")).unwrap();
        // A second link on the way, with an absolute target.
        symlink(base.join("current"), base.join("live")).unwrap();

        let plan = Plan::of(&base.join("live"));
        let release = base.join("releases/1");
        assert_eq!(plan.root.as_deref(), Some(release.as_path()));
        for dir in [&base, &release, &release.join("en"), &release.join("de")] {
            assert!(
                plan.dirs.contains(dir),
                "{} not in {plan:#?}",
                dir.display()
            );
        }
        assert!(!plan.dirs.contains(&base.join("releases/2")));
        assert!(plan.entries.contains(&base.join("live")));
        assert!(plan.entries.contains(&base.join("current")));

        // After the swap, the plan follows the link.
        symlink("releases/2", base.join("current.tmp")).unwrap();
        fs::rename(base.join("current.tmp"), base.join("current")).unwrap();
        let plan = Plan::of(&base.join("live"));
        assert_eq!(plan.root, Some(base.join("releases/2")));
        assert!(plan.dirs.contains(&base.join("releases/2/en")));
        assert!(!plan.dirs.contains(&release));
    }

    #[test]
    fn a_kubernetes_volume_is_followed_through_its_data_link() {
        let base = tempfile::tempdir().unwrap();
        let mount = base.path().canonicalize().unwrap().join("mount");
        let first = mount.join("..2026_12_02_10_00_00.123");
        folder_with_locales(&first, &["en", "de"]);
        symlink("..2026_12_02_10_00_00.123", mount.join("..data")).unwrap();
        for tag in ["en", "de"] {
            symlink(format!("..data/{tag}"), mount.join(tag)).unwrap();
        }

        let plan = Plan::of(&mount);
        assert_eq!(plan.root.as_deref(), Some(mount.as_path()));
        for dir in [&mount, &first.join("en"), &first.join("de")] {
            assert!(
                plan.dirs.contains(dir),
                "{} not in {plan:#?}",
                dir.display()
            );
        }
        // The timestamped folder is reached through the links, never watched as a locale.
        assert!(!plan.dirs.contains(&first));
        for entry in ["..data", "en", "de"] {
            assert!(plan.entries.contains(&mount.join(entry)), "{entry}");
        }

        // The kubelet's update: a new folder, then `..data_tmp` renamed over `..data`.
        let second = mount.join("..2026_12_02_10_05_00.456");
        folder_with_locales(&second, &["en", "de"]);
        symlink("..2026_12_02_10_05_00.456", mount.join("..data_tmp")).unwrap();
        let swap = event(
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            &[&mount.join("..data")],
        );
        assert!(is_relevant(&swap, &plan));
        fs::rename(mount.join("..data_tmp"), mount.join("..data")).unwrap();
        let plan = Plan::of(&mount);
        assert!(plan.dirs.contains(&second.join("de")));
        assert!(!plan.dirs.contains(&first.join("de")));
    }

    #[test]
    fn a_missing_target_is_watched_for_and_a_link_loop_ends() {
        let base = tempfile::tempdir().unwrap();
        let base = base.path().canonicalize().unwrap();
        fs::create_dir(base.join("releases")).unwrap();
        symlink("releases/9", base.join("current")).unwrap();
        let plan = Plan::of(&base.join("current"));
        assert_eq!(plan.root, None);
        // The release's arrival in `releases/` is seen.
        assert!(plan.dirs.contains(&base.join("releases")));
        assert!(plan.entries.contains(&base.join("releases/9")));
        let arrival = event(
            EventKind::Create(CreateKind::Folder),
            &[&base.join("releases/9")],
        );
        assert!(is_relevant(&arrival, &plan));

        symlink("b", base.join("a")).unwrap();
        symlink("a", base.join("b")).unwrap();
        assert_eq!(Plan::of(&base.join("a")).root, None);
    }

    #[test]
    fn editors_temporary_files_and_reads_are_not_relevant() {
        let base = tempfile::tempdir().unwrap();
        let root = base.path().canonicalize().unwrap();
        folder_with_locales(&root, &["en", "de"]);
        let plan = Plan::of(&root);
        let de = root.join("de");
        let create = EventKind::Create(CreateKind::File);
        for name in [".headers.ftl.swp", "headers.ftl~", "4913", ".#headers.ftl"] {
            assert!(
                !is_relevant(&event(create, &[&de.join(name)]), &plan),
                "{name}"
            );
        }
        let file = de.join("headers.ftl");
        let data = EventKind::Modify(ModifyKind::Data(notify::event::DataChange::Any));
        assert!(is_relevant(&event(data, &[&file]), &plan));
        let renamed = EventKind::Modify(ModifyKind::Name(RenameMode::Both));
        assert!(is_relevant(
            &event(renamed, &[&de.join(".headers.ftl.tmp"), &file]),
            &plan
        ));
        let opened = EventKind::Access(AccessKind::Open(AccessMode::Any));
        assert!(!is_relevant(&event(opened, &[&file]), &plan));
        let closed = EventKind::Access(AccessKind::Close(AccessMode::Write));
        assert!(is_relevant(&event(closed, &[&file]), &plan));
        // A locale folder appearing, and lost events.
        let folder = EventKind::Create(CreateKind::Folder);
        assert!(is_relevant(&event(folder, &[&root.join("fr")]), &plan));
        assert!(is_relevant(
            &Event::new(EventKind::Other).set_flag(Flag::Rescan),
            &plan
        ));
        // Beside the directory, only the directory itself counts.
        let parent = root.parent().unwrap();
        assert!(!is_relevant(
            &event(folder, &[&parent.join("other")]),
            &plan
        ));
        assert!(is_relevant(
            &event(EventKind::Remove(RemoveKind::Folder), &[&root]),
            &plan
        ));
    }

    #[test]
    fn a_file_counts_as_being_written_until_it_is_closed() {
        let writes = OpenWrites::default();
        let file = Path::new("/locales/de/headers.ftl");
        let data = EventKind::Modify(ModifyKind::Data(notify::event::DataChange::Any));
        assert!(!writes.any());
        writes.note(&event(data, &[file]));
        assert!(writes.any());
        writes.note(&event(
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            &[file],
        ));
        assert!(!writes.any());
        // A temporary file being written is not a locale file.
        writes.note(&event(data, &[Path::new("/locales/de/.headers.ftl.swp")]));
        assert!(!writes.any());
        writes.note(&event(data, &[file]));
        writes.note(&event(EventKind::Remove(RemoveKind::File), &[file]));
        assert!(!writes.any());
    }
}
