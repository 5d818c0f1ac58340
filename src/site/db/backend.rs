//! The three SQL dialects, and turning a `.env` or a URL into a connection URL and a
//! description that never shows the password.

use std::path::Path;

use super::{DbError, Target, env};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Backend {
    Sqlite,
    MySql,
    Postgres,
}

impl Backend {
    pub(super) fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::MySql => "mysql",
            Backend::Postgres => "postgres",
        }
    }

    /// A quoted identifier (the prefix is checked to be `[A-Za-z0-9_]`, so no escaping is
    /// needed beyond the quotes).
    pub(super) fn quote(self, name: &str) -> String {
        match self {
            Backend::MySql => format!("`{name}`"),
            _ => format!("\"{name}\""),
        }
    }

    /// The `n`th bind parameter (1-based).
    pub(super) fn param(self, n: usize) -> String {
        match self {
            Backend::Postgres => format!("${n}"),
            _ => "?".to_owned(),
        }
    }

    /// A column read as a 64-bit integer (MySQL's unsigned and PostgreSQL's 32-bit columns
    /// would otherwise decode as other types).
    pub(super) fn as_i64(self, column: &str) -> String {
        match self {
            Backend::Sqlite => column.to_owned(),
            Backend::MySql => format!("CAST({column} AS SIGNED)"),
            Backend::Postgres => format!("{column}::bigint"),
        }
    }

    /// A JSON column read as text.
    pub(super) fn as_text(self, column: &str) -> String {
        match self {
            Backend::Sqlite => column.to_owned(),
            // A long text comes over the wire as a BLOB type; `text_at` reads either.
            Backend::MySql => format!("CAST({column} AS CHAR)"),
            Backend::Postgres => format!("{column}::text"),
        }
    }

    /// How to bind JSON text into the `messages` column of `column_type`.
    pub(super) fn json_param(self, column_type: Option<&str>) -> impl Fn(usize) -> String {
        let cast = match (self, column_type) {
            (Backend::Postgres, Some(kind @ ("json" | "jsonb"))) => Some(kind.to_owned()),
            _ => None,
        };
        move |n| match &cast {
            Some(kind) => format!("CAST({} AS {kind})", self.param(n)),
            None => self.param(n),
        }
    }

    /// Locks a row read inside a transaction (SQLite locks the whole database on write).
    pub(super) fn lock_suffix(self) -> &'static str {
        match self {
            Backend::Sqlite => "",
            _ => " FOR UPDATE",
        }
    }

    pub(super) fn table_exists_sql(self) -> String {
        match self {
            Backend::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?".to_owned()
            }
            Backend::MySql => "SELECT CAST(table_name AS CHAR) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?".to_owned(),
            Backend::Postgres => "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1".to_owned(),
        }
    }

    pub(super) fn column_type_sql(self) -> Option<String> {
        match self {
            Backend::Postgres => Some("SELECT data_type::text FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2".to_owned()),
            _ => None,
        }
    }
}

/// A target made concrete.
pub(super) struct Resolved {
    pub(super) backend: Backend,
    /// The URL handed to the driver (may hold the password).
    pub(super) url: String,
    /// Backend, host, port and database, for messages.
    pub(super) described: String,
    pub(super) password: Option<String>,
    /// `DB_PREFIX`, for an install.
    pub(super) env_prefix: Option<String>,
}

pub(super) fn resolve(target: &Target) -> Result<Resolved, DbError> {
    match target {
        Target::Url(url) => from_url(url),
        Target::Fresns(dir) => from_env(dir),
    }
}

fn from_url(text: &str) -> Result<Resolved, DbError> {
    let text = text.trim();
    if let Some(path) = text.strip_prefix("sqlite:") {
        let path = path.trim_start_matches("//");
        let shown = path.split('?').next().unwrap_or(path);
        if shown.is_empty() {
            return Err(DbError::BadUrl(
                "sqlite:// needs a file path, e.g. sqlite://fresns.sqlite".to_owned(),
            ));
        }
        return Ok(Resolved {
            backend: Backend::Sqlite,
            url: format!("sqlite://{path}"),
            described: format!("sqlite database {shown}"),
            password: None,
            env_prefix: None,
        });
    }
    let parsed = url::Url::parse(text).map_err(|err| {
        DbError::BadUrl(format!(
            "{err}; expected sqlite://PATH, mysql://USER:PASSWORD@HOST:PORT/DB or postgres://…"
        ))
    })?;
    let backend = match parsed.scheme() {
        "mysql" | "mariadb" => Backend::MySql,
        "postgres" | "postgresql" => Backend::Postgres,
        other => {
            return Err(DbError::BadUrl(format!(
                "the scheme `{}` is not sqlite, mysql or postgres",
                other.escape_debug()
            )));
        }
    };
    let password = parsed.password().map(percent_decode);
    let mut url = parsed.clone();
    if backend == Backend::MySql && parsed.scheme() == "mariadb" {
        // The driver knows MariaDB by MySQL's scheme.
        url = url::Url::parse(&text.replacen("mariadb:", "mysql:", 1))
            .map_err(|err| DbError::BadUrl(err.to_string()))?;
    }
    Ok(Resolved {
        backend,
        described: describe(backend, &parsed),
        url: url.to_string(),
        password,
        env_prefix: None,
    })
}

fn describe(backend: Backend, url: &url::Url) -> String {
    let default_port = match backend {
        Backend::MySql => 3306,
        _ => 5432,
    };
    let database = url.path().trim_start_matches('/');
    format!(
        "{} at {}:{}{}",
        backend.name(),
        url.host_str().unwrap_or("localhost"),
        url.port().unwrap_or(default_port),
        if database.is_empty() {
            String::new()
        } else {
            format!(", database {database}")
        }
    )
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = bytes
            .get(index + 1..index + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match (bytes[index], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                index += 3;
            }
            (byte, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn from_env(dir: &Path) -> Result<Resolved, DbError> {
    let settings = env::read(dir)?;
    let backend = match settings.connection.as_str() {
        "sqlite" => Backend::Sqlite,
        "mysql" | "mariadb" => Backend::MySql,
        "pgsql" => Backend::Postgres,
        other => return Err(DbError::Unsupported(other.escape_debug().to_string())),
    };
    if backend == Backend::Sqlite {
        let database = settings
            .database
            .as_deref()
            .unwrap_or("database/database.sqlite");
        let path = env::sqlite_path(dir, database);
        return Ok(Resolved {
            backend,
            url: format!("sqlite://{}", path.display()),
            described: format!("sqlite database {}", path.display()),
            password: None,
            env_prefix: settings.prefix,
        });
    }
    let bad = |what: &str| DbError::EnvMalformed {
        path: dir.join(".env"),
        line: 0,
        problem: what.to_owned(),
    };
    let mut url = url::Url::parse(&format!("{}://localhost", backend.name()))
        .map_err(|err| DbError::BadUrl(err.to_string()))?;
    url.set_host(Some(settings.host.as_deref().unwrap_or("127.0.0.1")))
        .map_err(|_| bad("DB_HOST is not a host name or address"))?;
    if let Some(port) = &settings.port {
        let port: u16 = port
            .parse()
            .map_err(|_| bad("DB_PORT is not a port number"))?;
        url.set_port(Some(port))
            .map_err(|()| bad("DB_PORT cannot be used"))?;
    }
    url.set_username(settings.username.as_deref().unwrap_or(""))
        .map_err(|()| bad("DB_USERNAME cannot be used"))?;
    if let Some(password) = settings.password.as_deref().filter(|p| !p.is_empty()) {
        url.set_password(Some(password))
            .map_err(|()| bad("DB_PASSWORD cannot be used"))?;
    }
    url.set_path(settings.database.as_deref().unwrap_or(""));
    Ok(Resolved {
        backend,
        described: describe(backend, &url),
        url: url.to_string(),
        password: settings.password,
        env_prefix: settings.prefix,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_never_show_the_password() {
        for url in [
            "mysql://fresns:se%23cret@db.example:3307/fresns",
            "mariadb://fresns:se%23cret@db.example/fresns",
            "postgres://fresns:se%23cret@127.0.0.1/fresns",
        ] {
            let resolved = from_url(url).unwrap();
            assert!(
                !resolved.described.contains("cret"),
                "{}",
                resolved.described
            );
            assert_eq!(resolved.password.as_deref(), Some("se#cret"));
        }
        assert_eq!(
            from_url("mysql://u:p@db.example:3307/fresns")
                .unwrap()
                .described,
            "mysql at db.example:3307, database fresns"
        );
        assert!(matches!(from_url("redis://x"), Err(DbError::BadUrl(_))));
    }
}
