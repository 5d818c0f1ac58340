//! A Fresns site's database (feature `db`): connect from the install's `.env` or a URL, read
//! the site's languages and `code_messages` rows, and apply a [`SyncPlan`] in one transaction.
//!
//! SQLite, MySQL/MariaDB and PostgreSQL are spoken through sqlx. Passwords never appear in
//! output, logs or errors: messages name the backend, host, port and database only.

mod backend;
mod env;

use std::path::PathBuf;
use std::time::Duration;

use sqlx::{AnyConnection, Connection, Row};

use super::{Messages, SiteError, SiteLanguages, SiteRow, SyncPlan};
use crate::catalog::ErrorCode;
use backend::Backend;

/// Connecting gives up after this long (an address that drops packets would otherwise hang).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the site's database is.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Target {
    /// A Fresns install: its `.env` names the database and the table prefix.
    Fresns(PathBuf),
    /// A URL: `sqlite://PATH`, `mysql://…` (MySQL and MariaDB) or `postgres://…`.
    Url(String),
}

// URLs may hold a password, so `Debug` shows neither it nor the rest of the URL.
impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Fresns(dir) => f.debug_tuple("Fresns").field(dir).finish(),
            Target::Url(_) => f.write_str("Url(…)"),
        }
    }
}

/// Errors from the site's database. None of them carries a password.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DbError {
    /// The install's `.env` cannot be read.
    #[error("cannot read {path}: {source}; --fresns takes the Fresns install's root folder")]
    EnvRead {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The `.env` file is not dotenv syntax, or lacks `DB_CONNECTION`.
    #[error("{path}:{line}: malformed .env: {problem}")]
    EnvMalformed {
        /// The file.
        path: PathBuf,
        /// 1-based line (0 for the file as a whole).
        line: usize,
        /// What is wrong.
        problem: String,
    },
    /// A backend this tool does not speak.
    #[error("DB_CONNECTION `{0}` is not supported; use sqlite, mysql, mariadb or pgsql")]
    Unsupported(String),
    /// The URL cannot be used.
    #[error("bad database URL: {0}")]
    BadUrl(String),
    /// The table prefix is not `[A-Za-z0-9_]{0,32}`.
    #[error("table prefix `{0}` is not 0 to 32 letters, digits or underscores")]
    BadPrefix(String),
    /// The database cannot be reached.
    #[error("cannot connect to {target}: {reason}")]
    Connect {
        /// Backend, host, port and database.
        target: String,
        /// What the driver said (without the password).
        reason: String,
    },
    /// The database lacks a Fresns table.
    #[error("not a Fresns database: table {0} not found (check --table-prefix or DB_PREFIX)")]
    NotFresns(String),
    /// A query failed.
    #[error("{what} failed: {reason}")]
    Query {
        /// What was being done.
        what: String,
        /// What the driver said (without the password).
        reason: String,
    },
    /// A write failed; the transaction was rolled back.
    #[error(
        "writing code {code} failed, so the transaction was rolled back and nothing was written: {reason}"
    )]
    Write {
        /// The code being written.
        code: u32,
        /// What the driver said (without the password).
        reason: String,
    },
    /// The site's language settings cannot be read.
    #[error(transparent)]
    Site(#[from] SiteError),
}

impl DbError {
    /// The catalog code that describes this error, where one fits.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            DbError::BadPrefix(_) | DbError::BadUrl(_) | DbError::Unsupported(_) => {
                Some(ErrorCode::ParameterValueInvalid)
            }
            DbError::Site(err) => Some(err.code()),
            _ => None,
        }
    }
}

/// What a write did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct WriteReport {
    /// Rows updated.
    pub updated: usize,
    /// Rows inserted.
    pub inserted: usize,
    /// Codes left alone because their row changed after the plan was made (or a row for a
    /// code to insert appeared), with the reason.
    pub changed_since_plan: Vec<(ErrorCode, String)>,
}

/// An open connection to a site's database.
pub struct SiteDb {
    conn: AnyConnection,
    backend: Backend,
    prefix: String,
    described: String,
    /// Redacted from every driver message.
    password: Option<String>,
    /// The `messages` column's SQL type, for writing JSON into it.
    messages_type: Option<String>,
}

impl std::fmt::Debug for SiteDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SiteDb")
            .field("database", &self.described)
            .field("prefix", &self.prefix)
            .finish_non_exhaustive()
    }
}

impl SiteDb {
    /// Connects to `target`. `table_prefix` overrides the prefix (`DB_PREFIX` for an install,
    /// none for a URL). Checks that both Fresns tables exist.
    pub async fn connect(target: &Target, table_prefix: Option<&str>) -> Result<SiteDb, DbError> {
        let resolved = backend::resolve(target)?;
        let prefix = table_prefix
            .map(str::to_owned)
            .or(resolved.env_prefix.clone())
            .unwrap_or_default();
        if prefix.len() > 32
            || !prefix
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            return Err(DbError::BadPrefix(prefix.escape_debug().to_string()));
        }
        sqlx::any::install_default_drivers();
        let connecting = AnyConnection::connect(&resolved.url);
        let conn = match tokio::time::timeout(CONNECT_TIMEOUT, connecting).await {
            Ok(Ok(conn)) => conn,
            Ok(Err(err)) => {
                return Err(DbError::Connect {
                    target: resolved.described.clone(),
                    reason: redact(&err.to_string(), resolved.password.as_deref()),
                });
            }
            Err(_) => {
                return Err(DbError::Connect {
                    target: resolved.described.clone(),
                    reason: format!("no answer within {} s", CONNECT_TIMEOUT.as_secs()),
                });
            }
        };
        let mut db = SiteDb {
            conn,
            backend: resolved.backend,
            prefix,
            described: resolved.described,
            password: resolved.password,
            messages_type: None,
        };
        for table in ["code_messages", "configs"] {
            let name = db.table(table);
            if !db.table_exists(&name).await? {
                return Err(DbError::NotFresns(name));
            }
        }
        db.messages_type = db
            .column_type(&db.table("code_messages"), "messages")
            .await?;
        Ok(db)
    }

    /// The database, as shown to a person: backend, host, port, database and prefix.
    pub fn describe(&self) -> String {
        format!("{}, table prefix `{}`", self.described, self.prefix)
    }

    fn table(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    fn query_error(&self, what: &str, err: &sqlx::Error) -> DbError {
        DbError::Query {
            what: what.to_owned(),
            reason: redact(&err.to_string(), self.password.as_deref()),
        }
    }

    async fn table_exists(&mut self, name: &str) -> Result<bool, DbError> {
        let sql = self.backend.table_exists_sql();
        let found = sqlx::query(&sql)
            .bind(name.to_owned())
            .fetch_optional(&mut self.conn)
            .await;
        match found {
            Ok(row) => Ok(row.is_some()),
            Err(err) => Err(self.query_error("looking up the Fresns tables", &err)),
        }
    }

    async fn column_type(&mut self, table: &str, column: &str) -> Result<Option<String>, DbError> {
        let Some(sql) = self.backend.column_type_sql() else {
            return Ok(None);
        };
        let found = sqlx::query(&sql)
            .bind(table.to_owned())
            .bind(column.to_owned())
            .fetch_optional(&mut self.conn)
            .await;
        match found {
            Ok(row) => Ok(row.and_then(|row| row.try_get::<String, _>(0).ok())),
            Err(err) => Err(self.query_error("reading the messages column's type", &err)),
        }
    }

    /// The site's languages, from `configs` (`language_menus` and `default_language`).
    pub async fn languages(&mut self) -> Result<SiteLanguages, DbError> {
        let sql = format!(
            "SELECT item_key, item_value FROM {} WHERE item_key IN ('default_language', 'language_menus') AND deleted_at IS NULL",
            self.backend.quote(&self.table("configs"))
        );
        let rows = match sqlx::query(&sql).fetch_all(&mut self.conn).await {
            Ok(rows) => rows,
            Err(err) => return Err(self.query_error("reading the site's languages", &err)),
        };
        let mut menus = None;
        let mut default = None;
        for row in rows {
            let key = text_at(&row, 0).ok().flatten().unwrap_or_default();
            let value = match text_at(&row, 1) {
                Ok(value) => value,
                Err(err) => return Err(self.query_error("reading the site's languages", &err)),
            };
            match key.as_str() {
                "language_menus" => menus = value,
                _ => default = value,
            }
        }
        Ok(SiteLanguages::from_configs(
            menus.as_deref(),
            default.as_deref(),
        )?)
    }

    /// The live rows (`deleted_at` not set) of `app_fskey`, in id order.
    pub async fn rows(&mut self, app_fskey: &str) -> Result<Vec<SiteRow>, DbError> {
        let b = self.backend;
        let sql = format!(
            "SELECT {}, {}, {} FROM {} WHERE app_fskey = {} AND deleted_at IS NULL ORDER BY id",
            b.as_i64("id"),
            b.as_i64("code"),
            b.as_text("messages"),
            b.quote(&self.table("code_messages")),
            b.param(1)
        );
        let rows = match sqlx::query(&sql)
            .bind(app_fskey.to_owned())
            .fetch_all(&mut self.conn)
            .await
        {
            Ok(rows) => rows,
            Err(err) => return Err(self.query_error("reading code_messages", &err)),
        };
        rows.iter()
            .map(|row| {
                let id: i64 = row
                    .try_get(0)
                    .map_err(|err| self.query_error("reading id", &err))?;
                let code: i64 = row
                    .try_get(1)
                    .map_err(|err| self.query_error("reading code", &err))?;
                let messages =
                    text_at(row, 2).map_err(|err| self.query_error("reading messages", &err))?;
                Ok(SiteRow::new(id, code, messages.as_deref()))
            })
            .collect()
    }

    /// Applies `plan` in one transaction. Each row to update is read again inside the
    /// transaction and left alone if it changed since the plan (an admin's edit meanwhile);
    /// a code to insert is left alone if a live row for it appeared. Any failure rolls the
    /// whole transaction back.
    pub async fn apply(&mut self, plan: &SyncPlan) -> Result<WriteReport, DbError> {
        let b = self.backend;
        let table = b.quote(&self.table("code_messages"));
        let json = b.json_param(self.messages_type.as_deref());
        let reread = format!(
            "SELECT {} FROM {table} WHERE id = {} AND app_fskey = {} AND deleted_at IS NULL{}",
            b.as_text("messages"),
            b.param(1),
            b.param(2),
            b.lock_suffix()
        );
        let count = format!(
            "SELECT COUNT(*) FROM {table} WHERE app_fskey = {} AND code = {} AND deleted_at IS NULL",
            b.param(1),
            b.param(2)
        );
        let update = format!(
            "UPDATE {table} SET messages = {}, updated_at = CURRENT_TIMESTAMP WHERE id = {}",
            json(1),
            b.param(2)
        );
        let insert = format!(
            "INSERT INTO {table} (app_fskey, code, messages, created_at) VALUES ({}, {}, {}, CURRENT_TIMESTAMP)",
            b.param(1),
            b.param(2),
            json(3)
        );
        let password = self.password.clone();
        let password_for_commit = self.password.clone();
        let failed = move |code: ErrorCode, err: sqlx::Error| DbError::Write {
            code: code.number(),
            reason: redact(&err.to_string(), password.as_deref()),
        };
        let mut report = WriteReport::default();
        let start_failed = |err: sqlx::Error| DbError::Query {
            what: "starting a transaction".to_owned(),
            reason: redact(&err.to_string(), self.password.as_deref()),
        };
        let mut tx = match self.conn.begin().await {
            Ok(tx) => tx,
            Err(err) => return Err(start_failed(err)),
        };
        for change in &plan.changes {
            let code = change.code;
            let number = i64::from(code.number());
            match (change.row, &change.before) {
                (Some(id), before) => {
                    let current = sqlx::query(&reread)
                        .bind(id)
                        .bind(plan.app_fskey.clone())
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(|err| failed(code, err))?;
                    let current: Option<Option<String>> =
                        current.map(|row| text_at(&row, 0).unwrap_or(None));
                    let still = match &current {
                        Some(Some(text)) => Messages::parse(text).ok().as_ref() == before.as_ref(),
                        _ => false,
                    };
                    if !still {
                        let reason = match current {
                            None => format!("row {id} was deleted after the plan"),
                            Some(_) => {
                                format!("row {id} was edited after the plan; run sync again")
                            }
                        };
                        report.changed_since_plan.push((code, reason));
                        continue;
                    }
                    sqlx::query(&update)
                        .bind(change.after.to_json())
                        .bind(id)
                        .execute(&mut *tx)
                        .await
                        .map_err(|err| failed(code, err))?;
                    report.updated += 1;
                }
                (None, _) => {
                    let live: i64 = sqlx::query(&count)
                        .bind(plan.app_fskey.clone())
                        .bind(number)
                        .fetch_one(&mut *tx)
                        .await
                        .and_then(|row| row.try_get(0))
                        .map_err(|err| failed(code, err))?;
                    if live > 0 {
                        report.changed_since_plan.push((
                            code,
                            "a row for this code was added after the plan; run sync again"
                                .to_owned(),
                        ));
                        continue;
                    }
                    sqlx::query(&insert)
                        .bind(plan.app_fskey.clone())
                        .bind(number)
                        .bind(change.after.to_json())
                        .execute(&mut *tx)
                        .await
                        .map_err(|err| failed(code, err))?;
                    report.inserted += 1;
                }
            }
        }
        if let Err(err) = tx.commit().await {
            return Err(DbError::Query {
                what: "committing the transaction".to_owned(),
                reason: redact(&err.to_string(), password_for_commit.as_deref()),
            });
        }
        Ok(report)
    }
}

/// A text column that may be NULL. MySQL sends long texts with a BLOB type code, so bytes are
/// accepted too (as UTF-8).
fn text_at(row: &sqlx::any::AnyRow, index: usize) -> Result<Option<String>, sqlx::Error> {
    match row.try_get::<Option<String>, _>(index) {
        Ok(text) => Ok(text),
        Err(_) => row
            .try_get::<Option<Vec<u8>>, _>(index)?
            .map(|bytes| String::from_utf8(bytes).map_err(|err| sqlx::Error::Decode(Box::new(err))))
            .transpose(),
    }
}

/// `text` with every occurrence of the password replaced.
fn redact(text: &str, password: Option<&str>) -> String {
    match password.filter(|p| !p.is_empty()) {
        Some(password) => text.replace(password, "***"),
        None => text.to_owned(),
    }
}
