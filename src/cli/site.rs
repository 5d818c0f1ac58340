//! `sync` and `pull`: the site's database on one side, the locale files on the other.

use std::path::{Path, PathBuf};

use fresns_i18n::exchange::{ExchangeFormat, FRESNS_APP_FSKEY, plan_import};
use fresns_i18n::site::db::{SiteDb, Target};
use fresns_i18n::site::{SyncOptions, plan_sync, pull_rows};
use fresns_i18n::{ErrorCode, LocaleSet};
use serde_json::json;

use super::finish_import;
use super::output::{Failure, Out};

/// Fresns keeps serving its cached messages until this is done.
const CACHE_REMINDER: &str = "Fresns serves a cached copy of its messages until its config cache is cleared: run `php artisan cache:clear` in the Fresns folder, or clear the cache in the admin panel";

/// Where the site's database is.
#[derive(clap::Args)]
pub(crate) struct DbArgs {
    /// The Fresns install's root folder: its .env names the database and the table prefix.
    #[arg(long, value_name = "DIR")]
    fresns: Option<PathBuf>,
    /// sqlite://PATH, mysql://USER:PASSWORD@HOST:PORT/DB (MySQL, MariaDB) or postgres://….
    #[arg(long, value_name = "URL", env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
    /// The table prefix (e.g. fs_); default DB_PREFIX with --fresns, none with a URL.
    #[arg(long, value_name = "PREFIX")]
    table_prefix: Option<String>,
    /// The app whose rows are read and written.
    #[arg(long, value_name = "FSKEY", default_value = FRESNS_APP_FSKEY)]
    app_fskey: String,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub(crate) enum PlanFormat {
    Text,
    Json,
}

pub(crate) struct SyncRequest<'a> {
    pub(crate) set: &'a LocaleSet,
    pub(crate) write: bool,
    pub(crate) format: PlanFormat,
    pub(crate) accept: &'a [String],
    pub(crate) accept_all_drift: bool,
}

impl DbArgs {
    fn target(&self) -> Result<Target, Failure> {
        match (&self.fresns, &self.database_url) {
            (Some(dir), _) => Ok(Target::Fresns(dir.clone())),
            (None, Some(url)) => Ok(Target::Url(url.clone())),
            (None, None) => Err(Failure::Usage(
                "say where the site's database is: --fresns DIR or --database-url URL (or DATABASE_URL)"
                    .to_owned(),
            )),
        }
    }

    /// Connects inside a runtime of its own (the command line has no other async work).
    fn connect(&self, runtime: &tokio::runtime::Runtime) -> Result<SiteDb, Failure> {
        let target = self.target()?;
        Ok(runtime.block_on(SiteDb::connect(&target, self.table_prefix.as_deref()))?)
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| Failure::Plain(format!("cannot start the async runtime: {err}")))
}

pub(crate) fn sync(out: &mut Out, args: &DbArgs, request: SyncRequest<'_>) -> Result<(), Failure> {
    let mut options = SyncOptions::default();
    for code in request.accept {
        options.accept.push(code.parse::<ErrorCode>()?);
    }
    options.accept_all_drift = request.accept_all_drift;
    let runtime = runtime()?;
    let mut db = args.connect(&runtime)?;
    let languages = runtime.block_on(db.languages())?;
    let rows = runtime.block_on(db.rows(&args.app_fskey))?;
    let plan = plan_sync(request.set, &args.app_fskey, &languages, &rows, &options)?;
    let written = if request.write && !plan.is_empty() {
        Some(runtime.block_on(db.apply(&plan))?)
    } else {
        None
    };
    match request.format {
        PlanFormat::Json => {
            let written = written.as_ref().map(|report| {
                json!({
                    "updated": report.updated,
                    "inserted": report.inserted,
                    "changedSincePlan": report.changed_since_plan.iter()
                        .map(|(code, reason)| json!({"code": code.number(), "reason": reason}))
                        .collect::<Vec<_>>(),
                })
            });
            let document = json!({
                "database": db.describe(),
                "plan": plan,
                "written": written,
                "dryRun": !request.write,
            });
            out.line(&serde_json::to_string_pretty(&document)?)?;
        }
        PlanFormat::Text => {
            out.line(&format!("database: {}", db.describe()))?;
            out.write(&plan.render())?;
            match (&written, request.write) {
                (_, false) => {
                    out.line("dry run: nothing was written; add --write to apply the plan")?
                }
                (None, true) => out.line("nothing to write: the site already has these texts")?,
                (Some(report), true) => {
                    for (code, reason) in &report.changed_since_plan {
                        out.line(&format!("left alone: {}: {reason}", code.number()))?;
                    }
                    out.line(&format!(
                        "wrote {} updated and {} new row(s) in one transaction",
                        report.updated, report.inserted
                    ))?;
                    out.line(CACHE_REMINDER)?;
                }
            }
        }
    }
    Ok(())
}

pub(crate) fn pull(
    out: &mut Out,
    args: &DbArgs,
    set: &LocaleSet,
    write_into: Option<&Path>,
) -> Result<(), Failure> {
    let runtime = runtime()?;
    let mut db = args.connect(&runtime)?;
    let rows = runtime.block_on(db.rows(&args.app_fskey))?;
    let pulled = pull_rows(set, &args.app_fskey, &rows)?;
    out.line(&format!("database: {}", db.describe()))?;
    for skip in &pulled.skipped {
        out.line(&format!(
            "skipped row {} (code {}): {}",
            skip.row, skip.code, skip.reason
        ))?;
    }
    for drift in &pulled.drift {
        out.line(&format!(
            "not pulled: {} (row {}): the site's en text differs from this project's ({:?})",
            drift.code.number(),
            drift.row,
            drift.stored_en
        ))?;
    }
    if !pulled.site_only.is_empty() {
        let listed: Vec<String> = pulled
            .site_only
            .iter()
            .map(|(tag, rows)| format!("{tag} ({rows} row(s))"))
            .collect();
        out.line(&format!(
            "keys that are no locale's tag (listed, not written): {}",
            listed.join(", ")
        ))?;
    }
    let plan = plan_import(
        &pulled.document,
        ExchangeFormat::Fresns,
        &args.app_fskey,
        set,
    )?;
    finish_import(out, &plan, write_into)
}
