//! `fresns-i18n`: the command-line front end. It parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use fresns_i18n::{
    Args, ErrorCode, ExchangeFormat, Format, ImportError, LocaleSet, Resolver, Severity, check,
    export_fresns, export_json, plan_import, read_import_file,
};
use serde_json::json;

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
    #[command(subcommand)]
    command: Command,
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
        #[arg(long, value_name = "FSKEY", default_value = fresns_i18n::FRESNS_APP_FSKEY)]
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
        #[arg(long, value_name = "FSKEY", default_value = fresns_i18n::FRESNS_APP_FSKEY)]
        app_fskey: String,
        /// Compare with (and write into) DIR/<tag>/*.ftl instead of the embedded locales.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Write the differing texts into the .ftl files under --locales DIR.
        #[arg(long)]
        write: bool,
    },
    /// Serve messages over HTTP until SIGTERM or Ctrl-C; prints the bound address on stdout.
    #[command(after_help = "Examples:
  fresns-i18n serve
  fresns-i18n serve --addr 0.0.0.0:8080
  fresns-i18n serve --addr 127.0.0.1:0 --locales ./locales

Routes: GET /v1/errors/{code}?lang=de&wait=7200, GET /v1/errors?lang=de, GET /healthz,
GET /metrics. With --locales, edits go live once `fresns-i18n check` passes on them.")]
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

/// A failure for the user: one line on stderr, exit status 1.
struct Failure(String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(err: E) -> Self {
        Failure(err.to_string())
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Check {
        locales,
        only,
        format,
        strict,
    } = &cli.command
    {
        return run_check(locales.as_ref(), only, *format, *strict);
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("fresns-i18n: error: {message}");
            ExitCode::from(1)
        }
    }
}

/// Writes to stdout; a closed pipe (`| head`) ends the output quietly instead of panicking.
fn emit(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => Err(err.into()),
        _ => Ok(()),
    }
}

/// Loads a set for the checker; I/O problems are usage-level failures (exit 2).
fn load_set(locales: Option<&PathBuf>) -> Result<(LocaleSet, String), String> {
    match locales {
        Some(dir) => LocaleSet::from_dir(dir)
            .map(|set| (set, dir.display().to_string()))
            .map_err(|err| err.to_string()),
        None => Ok((LocaleSet::embedded(), "locales".to_owned())),
    }
}

fn run_check(
    locales: Option<&PathBuf>,
    only: &[String],
    format: OutputFormat,
    strict: bool,
) -> ExitCode {
    let (set, root) = match load_set(locales) {
        Ok(loaded) => loaded,
        Err(err) => {
            eprintln!("fresns-i18n: error: {err}");
            return ExitCode::from(2);
        }
    };
    if let Some(unknown) = only
        .iter()
        .find(|tag| !set.tags().any(|t| t.eq_ignore_ascii_case(tag)))
    {
        eprintln!(
            "fresns-i18n: error: no locale `{unknown}` in {}",
            set.origin()
        );
        return ExitCode::from(2);
    }
    let report = check(&set, only);
    let format = match format {
        OutputFormat::Text => Format::Text,
        OutputFormat::Json => Format::Json,
        OutputFormat::Github => Format::Github,
    };
    print!("{}", report.render(format, &root));
    if report.has_errors() || (strict && report.has_warnings()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
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

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
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
                    let chain = resolver.default_chain();
                    let text = resolver.plain_text(err.code(), &chain);
                    Failure(format!("{err} ({text})"))
                })?,
                (None, Some(header)) => resolver.negotiate_accept_language(header),
                (None, None) => resolver.default_chain(),
            };
            let code: ErrorCode = code.parse()?;
            let mut parsed = Args::new();
            for pair in &args {
                let Some((name, value)) = pair.split_once('=') else {
                    return Err(Failure(format!(
                        "code 30002: `--arg {pair}` must be NAME=VALUE, e.g. --arg wait=2h"
                    )));
                };
                parsed.set_parsed(code, name.trim(), value)?;
            }
            let resolved = resolver.resolve(code, &chain, &parsed)?;
            if json {
                let out = json!({
                    "code": resolved.code.number(),
                    "id": resolved.code.message_id(),
                    "locale": resolved.locale,
                    "message": resolved.text,
                    "chain": resolver.chain_tags(&chain),
                });
                println!("{out}");
            } else {
                println!("{}", resolved.text);
            }
            Ok(())
        }
        Command::Stats { locales, format } => {
            let (set, _) = load_set(locales.as_ref()).map_err(Failure)?;
            let format = match format {
                StatsFormat::Text => Format::Text,
                StatsFormat::Markdown => Format::Markdown,
                StatsFormat::Json => Format::Json,
            };
            print!("{}", check(&set, &[]).render_stats(format));
            Ok(())
        }
        Command::Check { .. } => Ok(()),
        Command::Export {
            format,
            app_fskey,
            locales,
        } => {
            let (set, _) = load_set(locales.as_ref()).map_err(Failure)?;
            match format {
                ExchangeArg::Fresns => emit(&export_fresns(&set, &app_fskey)?),
                ExchangeArg::Json => emit(&export_json(&set)?),
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
            let (set, _) = load_set(locales.as_ref()).map_err(Failure)?;
            let plan = plan_import(&document, format.into(), &app_fskey, &set)?;
            emit(&plan.render())?;
            if plan.has_errors() {
                for err in &plan.errors {
                    eprintln!("fresns-i18n: error: {err}");
                }
                return Err(ImportError::HasErrors(plan.errors.len()).into());
            }
            match (&locales, write) {
                (Some(dir), true) => emit(&format!("{}\n", plan.write(dir)?)),
                _ => emit(&format!(
                    "dry run: {} message(s) differ, nothing was written; add --write to write them\n",
                    plan.change_count()
                )),
            }
        }
        Command::Serve {
            addr,
            locales,
            no_watch,
        } => {
            let mut options = fresns_i18n::ServeOptions::default();
            options.addr = addr;
            options.locales = locales;
            options.watch = !no_watch;
            fresns_i18n::serve(options)?;
            Ok(())
        }
        Command::Codes { json, locales } => {
            let resolver = load(locales.as_ref())?;
            let chain = resolver.default_chain();
            let rows: Vec<_> = ErrorCode::ALL
                .iter()
                .map(|&code| {
                    let args: Vec<_> = code
                        .args()
                        .iter()
                        .map(|spec| {
                            json!({
                                "name": spec.name,
                                "type": spec.kind.name(),
                                "required": spec.presence == fresns_i18n::Presence::Required,
                                "default": match spec.presence {
                                    fresns_i18n::Presence::Default(value) => Some(value),
                                    _ => None,
                                },
                            })
                        })
                        .collect();
                    (code, args, resolver.plain_text(code, &chain))
                })
                .collect();
            if json {
                let array: Vec<_> = rows
                    .iter()
                    .map(|(code, args, text)| {
                        json!({
                            "code": code.number(),
                            "id": code.message_id(),
                            "group": code.group().name(),
                            "args": args,
                            "message": text,
                        })
                    })
                    .collect();
                println!("{}", serde_json::to_string_pretty(&array)?);
            } else {
                for (code, _, text) in &rows {
                    let args: Vec<_> = code
                        .args()
                        .iter()
                        .map(|spec| format!("${}", spec.name))
                        .collect();
                    println!(
                        "{}  {:<40} {:<10} {}",
                        code.number(),
                        code.message_id(),
                        args.join(","),
                        text
                    );
                }
            }
            Ok(())
        }
    }
}
