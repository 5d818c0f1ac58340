//! `fresns-i18n`: the command-line front end. It parses flags, sets up logging and the async
//! runtime, and calls the library; every line it prints goes through one writer.

mod fmt;
mod output;
mod serve;
mod site;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fresns_i18n::catalog::Presence;
use fresns_i18n::check::{Format, Severity, check};
use fresns_i18n::exchange::{
    ExchangeFormat, FRESNS_APP_FSKEY, ImportError, export_fresns, export_json, plan_import,
    read_import_file,
};
use fresns_i18n::{Args, ErrorCode, LocaleSet, Resolver};
use serde_json::json;

use output::{Failure, Out};

#[derive(Parser)]
#[command(
    name = "fresns-i18n",
    version,
    about = "Localized messages for the Fresns API error codes",
    after_help = "Examples:
  fresns-i18n resolve 31401 --accept-language 'zh-TW,zh;q=0.9'
  fresns-i18n resolve 34306 --lang de --arg wait=2h
  fresns-i18n resolve 36113 --arg size=10MB --json
  fresns-i18n codes --json
  fresns-i18n resolve 31401 --lang fr --locales ./locales"
)]
struct Cli {
    /// Log format on stderr: text (coloured only on a terminal) or json, one object per line.
    #[arg(long, global = true, value_enum, env = "FRESNS_I18N_LOG_FORMAT", default_value_t = LogFormat::Text)]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Print the message for an error code in the best available language.
    #[command(after_help = "Examples:
  fresns-i18n resolve 31401 --lang zh-Hant
  fresns-i18n resolve 34306 --arg wait=2h
  fresns-i18n resolve 35103 --arg min=3 --arg max=20 --json")]
    Resolve {
        /// The error code (e.g. 31401) or its message ID (e.g. language-tag-incorrect).
        code: String,
        /// An explicit language tag, checked strictly (a malformed tag is error 31401).
        #[arg(long, conflicts_with = "accept_language")]
        lang: Option<String>,
        /// An Accept-Language header, read leniently.
        #[arg(long, value_name = "HEADER")]
        accept_language: Option<String>,
        /// A message argument, NAME=VALUE (e.g. wait=2h, size=10MB, max=20). Repeatable.
        #[arg(long = "arg", value_name = "NAME=VALUE")]
        args: Vec<String>,
        /// Read locales from DIR/<tag>/*.ftl instead of the embedded ones.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Print one JSON object with code, id, locale and message.
        #[arg(long)]
        json: bool,
    },
    /// Check translations against the catalog and `en`; exit 1 on errors (or warnings with --strict).
    #[command(after_help = "Examples:
  fresns-i18n check --strict
  fresns-i18n check --locales ./locales --locale de --format github")]
    Check {
        /// Check DIR/<tag>/*.ftl instead of the embedded locales.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Check only this locale (and en). Repeatable.
        #[arg(long = "locale", value_name = "TAG")]
        only: Vec<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Print translation coverage per locale.
    Stats {
        /// Read DIR/<tag>/*.ftl instead of the embedded locales.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = StatsFormat::Text)]
        format: StatsFormat,
    },
    /// List the catalog: codes, message IDs, groups, arguments and English text.
    Codes {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
        /// Read locales from DIR instead of the embedded ones.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// Export every locale's own messages as JSON, for Fresns's code_messages table or clients.
    #[command(after_help = "Examples:
  fresns-i18n export --format fresns > code_messages.json
  fresns-i18n export --format json --locales ./locales")]
    Export {
        /// fresns: one code_messages row per code; json: a code → text map per locale.
        #[arg(long, value_enum, default_value_t = ExchangeArg::Fresns)]
        format: ExchangeArg,
        /// The app_fskey of the rows.
        #[arg(long, value_name = "FSKEY", default_value = FRESNS_APP_FSKEY)]
        app_fskey: String,
        /// Read DIR/<tag>/*.ftl instead of the embedded locales.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// Compare exported rows (e.g. edited in the Fresns admin panel) with the .ftl files.
    ///
    /// Prints, per locale, each message whose text differs. Without --write nothing changes
    /// (exit 0 unless the file has errors); with --write the texts go into the .ftl files.
    #[command(after_help = "Examples:
  fresns-i18n import code_messages.json --locales ./locales
  fresns-i18n import code_messages.json --locales ./locales --write")]
    Import {
        /// The JSON file (`-` for standard input).
        file: PathBuf,
        /// The file's shape, as written by `export --format`.
        #[arg(long, value_enum, default_value_t = ExchangeArg::Fresns)]
        format: ExchangeArg,
        /// Import only rows with this app_fskey; other rows are skipped.
        #[arg(long, value_name = "FSKEY", default_value = FRESNS_APP_FSKEY)]
        app_fskey: String,
        /// Compare with (and write into) DIR/<tag>/*.ftl instead of the embedded locales.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Write the differing texts into the .ftl files under --locales DIR.
        #[arg(long)]
        write: bool,
    },
    /// Plan (and with --write apply) the translations in a Fresns site's database.
    ///
    /// For every code and every language the site offers, the site's code_messages row gains or
    /// changes that language's text; other languages' keys, other apps' rows and soft-deleted
    /// rows are never touched, and `en` is never rewritten.
    #[command(after_help = "Examples:
  fresns-i18n sync --fresns /var/www/fresns
  fresns-i18n sync --fresns /var/www/fresns --write
  fresns-i18n sync --database-url sqlite://fresns.sqlite --table-prefix fs_ --format json

Fresns serves a cached copy of its messages until its config cache is cleared.")]
    Sync {
        #[command(flatten)]
        db: site::DbArgs,
        /// Sync DIR/<tag>/*.ftl instead of the embedded locales.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Apply the plan in one transaction (without it, nothing is written).
        #[arg(long)]
        write: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = site::PlanFormat::Text)]
        format: site::PlanFormat,
        /// Write this code even though its stored `en` text differs from ours. Repeatable.
        #[arg(long = "accept", value_name = "CODE")]
        accept: Vec<String>,
        /// Write every code whose stored `en` text differs from ours.
        #[arg(long)]
        accept_all_drift: bool,
    },
    /// Bring texts edited in a Fresns site's database back into the .ftl files.
    ///
    /// Keys of the site's rows that equal one of the locale tags go through the same plan as
    /// `import`; keys of languages without a locale are listed, not written.
    #[command(after_help = "Examples:
  fresns-i18n pull --fresns /var/www/fresns --locales ./locales
  fresns-i18n pull --fresns /var/www/fresns --locales ./locales --write")]
    Pull {
        #[command(flatten)]
        db: site::DbArgs,
        /// Compare with (and write into) DIR/<tag>/*.ftl instead of the embedded locales.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Write the differing texts into the .ftl files under --locales DIR.
        #[arg(long)]
        write: bool,
    },
    /// Rewrite .ftl files into the canonical Fluent layout, as Pontoon and Weblate save them.
    ///
    /// Files with parse errors are left as they are and listed. With --check nothing is
    /// written: the files not in that layout are listed, and the exit status is 1 if any is.
    #[command(after_help = "Examples:
  fresns-i18n fmt --check
  fresns-i18n fmt --locales ./locales
  fresns-i18n fmt --check --locales ./locales")]
    Fmt {
        /// List the files not in the canonical layout; change nothing.
        #[arg(long)]
        check: bool,
        /// Rewrite (or check) DIR/<tag>/*.ftl; without it, only --check, of the embedded locales.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// Serve messages over HTTP until SIGTERM or Ctrl-C; prints the bound address on stdout.
    #[command(after_help = "Examples:
  fresns-i18n serve
  fresns-i18n serve --addr 0.0.0.0:8080
  fresns-i18n serve --addr 127.0.0.1:0 --locales ./locales

Routes: GET /v1/errors/{code}?lang=de&wait=7200, GET /v1/errors?lang=de, GET /healthz,
GET /metrics, GET /preview. With --locales, edits go live once `fresns-i18n check` passes on them.")]
    Serve {
        /// The address to listen on; port 0 picks a free port.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Serve DIR/<tag>/*.ftl and reload it when files change or on SIGHUP.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// With --locales: reload only on SIGHUP, not on file changes.
        #[arg(long, requires = "locales")]
        no_watch: bool,
    },
    /// Serve the preview page for translators and reviewers on a free loopback port; prints its URL.
    ///
    /// Every code in the chosen locales, at the values that matter for each, with the checker's
    /// findings; with --locales, the page follows edits as they go live or are rejected.
    #[command(after_help = "Examples:
  fresns-i18n preview
  fresns-i18n preview --locales ./locales --open")]
    Preview {
        /// Preview DIR/<tag>/*.ftl, reloading it when files change, instead of the embedded locales.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Open the page with $BROWSER or xdg-open.
        #[arg(long)]
        open: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum OutputFormat {
    Text,
    Json,
    Github,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum StatsFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExchangeArg {
    Fresns,
    Json,
}

impl From<ExchangeArg> for ExchangeFormat {
    fn from(format: ExchangeArg) -> Self {
        match format {
            ExchangeArg::Fresns => ExchangeFormat::Fresns,
            ExchangeArg::Json => ExchangeFormat::Json,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing(cli.log_format);
    let mut out = Out::stdout();
    let result = run(cli.command, &mut out).and_then(|status| out.flush().map(|()| status));
    match result {
        Ok(status) => status,
        // `| head` closed the pipe: the reader has what it wanted.
        Err(Failure::ClosedPipe) => ExitCode::SUCCESS,
        Err(Failure::Usage(message)) => {
            eprintln!("fresns-i18n: error: {message}");
            ExitCode::from(2)
        }
        Err(failure) => {
            eprintln!("fresns-i18n: error: {failure}");
            ExitCode::from(1)
        }
    }
}

/// Logs go to stderr: coloured only when it is a terminal, or as JSON lines for collectors.
/// `RUST_LOG` sets the level (default `info,icu_provider=error`).
fn init_tracing(format: LogFormat) {
    use std::io::IsTerminal;
    // ICU4X logs a warning each time it probes for data it then falls back from (e.g. a
    // locale's long unit names); at request rates that buries the log, so it is off by default.
    // (Without its `logging` feature ICU4X would print those probes to stderr in debug builds.)
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,icu_provider=error"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    let _ = match format {
        LogFormat::Text => builder
            .with_ansi(std::io::stderr().is_terminal())
            .try_init(),
        LogFormat::Json => builder.json().with_ansi(false).try_init(),
    };
}

/// Loads a set for the checker and the exchange; a directory that cannot be read is a usage
/// problem for `check` (exit 2) and a failure elsewhere.
fn load_set(locales: Option<&PathBuf>) -> Result<(LocaleSet, String), fresns_i18n::LoadError> {
    match locales {
        Some(dir) => LocaleSet::from_dir(dir).map(|set| (set, dir.display().to_string())),
        None => Ok((LocaleSet::embedded(), "locales".to_owned())),
    }
}

/// Prints an import plan and, with a directory, writes it; a plan with errors writes nothing.
fn finish_import(
    out: &mut Out,
    plan: &fresns_i18n::exchange::ImportPlan,
    write_into: Option<&std::path::Path>,
) -> Result<(), Failure> {
    out.write(&plan.render())?;
    if plan.has_errors() {
        out.flush()?;
        for err in &plan.errors {
            eprintln!("fresns-i18n: error: {}", Failure::from_import(err));
        }
        return Err(ImportError::HasErrors(plan.errors.len()).into());
    }
    match write_into {
        Some(dir) => out.line(&plan.write(dir)?.to_string()),
        None => out.line(&format!(
            "dry run: {} message(s) differ, nothing was written; add --write to write them",
            plan.change_count()
        )),
    }
}

fn run_check(
    out: &mut Out,
    locales: Option<&PathBuf>,
    only: &[String],
    format: OutputFormat,
    strict: bool,
) -> Result<ExitCode, Failure> {
    let (set, root) = load_set(locales).map_err(|err| Failure::Usage(err.to_string()))?;
    if let Some(unknown) = only
        .iter()
        .find(|tag| !set.tags().any(|t| t.eq_ignore_ascii_case(tag)))
    {
        return Err(Failure::Usage(format!(
            "no locale `{unknown}` in {}",
            set.origin()
        )));
    }
    let report = check(&set, only);
    let format = match format {
        OutputFormat::Text => Format::Text,
        OutputFormat::Json => Format::Json,
        OutputFormat::Github => Format::Github,
    };
    out.write(&report.render(format, &root))?;
    Ok(
        if report.has_errors() || (strict && report.has_warnings()) {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        },
    )
}

fn load(locales: Option<&PathBuf>) -> Result<Resolver, Failure> {
    let resolver = match locales {
        Some(dir) => Resolver::from_dir(dir)?,
        None => Resolver::embedded()?,
    };
    for diagnostic in resolver.diagnostics() {
        if diagnostic.severity == Severity::Error {
            eprintln!("fresns-i18n: warning: {diagnostic}");
        }
    }
    Ok(resolver)
}

fn run(command: Command, out: &mut Out) -> Result<ExitCode, Failure> {
    match command {
        Command::Resolve {
            code,
            lang,
            accept_language,
            args,
            locales,
            json,
        } => {
            let resolver = load(locales.as_ref())?;
            let chain = match (&lang, &accept_language) {
                (Some(tag), _) => resolver.negotiate_tag(tag).map_err(|err| {
                    // The error's own text, in the best language we can still tell.
                    let text = resolver.plain_text(err.code(), &resolver.default_chain());
                    Failure::coded(err.code(), format!("{err} ({text})"))
                })?,
                (None, Some(header)) => resolver.negotiate_accept_language(header),
                (None, None) => resolver.default_chain(),
            };
            let code: ErrorCode = code.parse()?;
            let mut parsed = Args::new();
            for pair in &args {
                let Some((name, value)) = pair.split_once('=') else {
                    return Err(Failure::coded(
                        ErrorCode::ParameterValueInvalid,
                        format!("`--arg {pair}` must be NAME=VALUE, e.g. --arg wait=2h"),
                    ));
                };
                parsed.set_parsed(code, name.trim(), value)?;
            }
            let resolved = resolver.resolve(code, &chain, &parsed)?;
            if json {
                let line = json!({
                    "code": resolved.code.number(),
                    "id": resolved.code.message_id(),
                    "locale": resolved.locale,
                    "message": resolved.text,
                    "chain": resolver.chain_tags(&chain),
                });
                out.line(&line.to_string())?;
            } else {
                out.line(&resolved.text)?;
            }
        }
        Command::Check {
            locales,
            only,
            format,
            strict,
        } => return run_check(out, locales.as_ref(), &only, format, strict),
        Command::Fmt { check, locales } => return fmt::run(out, check, locales.as_deref()),
        Command::Stats { locales, format } => {
            let (set, _) = load_set(locales.as_ref())?;
            let format = match format {
                StatsFormat::Text => Format::Text,
                StatsFormat::Markdown => Format::Markdown,
                StatsFormat::Json => Format::Json,
            };
            out.write(&check(&set, &[]).render_stats(format))?;
        }
        Command::Export {
            format,
            app_fskey,
            locales,
        } => {
            let (set, _) = load_set(locales.as_ref())?;
            match format {
                ExchangeArg::Fresns => out.write(&export_fresns(&set, &app_fskey)?)?,
                ExchangeArg::Json => out.write(&export_json(&set)?)?,
            }
        }
        Command::Import {
            file,
            format,
            app_fskey,
            locales,
            write,
        } => {
            if write && locales.is_none() {
                return Err(ImportError::EmbeddedReadOnly.into());
            }
            let document = read_import_file(&file)?;
            let (set, _) = load_set(locales.as_ref())?;
            let plan = plan_import(&document, format.into(), &app_fskey, &set)?;
            finish_import(out, &plan, locales.as_deref().filter(|_| write))?;
        }
        Command::Sync {
            db,
            locales,
            write,
            format,
            accept,
            accept_all_drift,
        } => {
            let (set, _) = load_set(locales.as_ref())?;
            let request = site::SyncRequest {
                set: &set,
                write,
                format,
                accept: &accept,
                accept_all_drift,
            };
            site::sync(out, &db, request)?;
        }
        Command::Pull { db, locales, write } => {
            if write && locales.is_none() {
                return Err(ImportError::EmbeddedReadOnly.into());
            }
            let (set, _) = load_set(locales.as_ref())?;
            site::pull(out, &db, &set, locales.as_deref().filter(|_| write))?;
        }
        Command::Serve {
            addr,
            locales,
            no_watch,
        } => {
            let mut options = fresns_i18n::server::ServeOptions::default();
            options.addr = addr;
            options.locales = locales;
            options.watch = !no_watch;
            serve::run(out, options, serve::Announce::Listening)?;
        }
        Command::Preview { locales, open } => {
            let mut options = fresns_i18n::server::ServeOptions::default();
            options.addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
            options.locales = locales;
            serve::run(out, options, serve::Announce::Preview { open })?;
        }
        Command::Codes { json, locales } => {
            let resolver = load(locales.as_ref())?;
            let chain = resolver.default_chain();
            if json {
                let array: Vec<_> = ErrorCode::ALL
                    .iter()
                    .map(|&code| {
                        let args: Vec<_> = code
                            .args()
                            .iter()
                            .map(|spec| {
                                json!({
                                    "name": spec.name,
                                    "type": spec.kind.name(),
                                    "required": spec.presence == Presence::Required,
                                    "default": match spec.presence {
                                        Presence::Default(value) => Some(value),
                                        _ => None,
                                    },
                                })
                            })
                            .collect();
                        json!({
                            "code": code.number(),
                            "id": code.message_id(),
                            "group": code.group().name(),
                            "args": args,
                            "message": resolver.plain_text(code, &chain),
                        })
                    })
                    .collect();
                out.line(&serde_json::to_string_pretty(&array)?)?;
            } else {
                for &code in ErrorCode::ALL {
                    let args: Vec<_> = code
                        .args()
                        .iter()
                        .map(|spec| format!("${}", spec.name))
                        .collect();
                    out.line(&format!(
                        "{}  {:<40} {:<10} {}",
                        code.number(),
                        code.message_id(),
                        args.join(","),
                        resolver.plain_text(code, &chain)
                    ))?;
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
