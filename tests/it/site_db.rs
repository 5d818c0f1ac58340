//! `sync` and `pull` against real databases shaped like a Fresns site: SQLite always, and
//! MariaDB and PostgreSQL at the URLs in `FRESNS_I18N_TEST_MYSQL_URL` and
//! `FRESNS_I18N_TEST_POSTGRES_URL` (`tools/db-services.sh` starts both). Without a URL a
//! backend is skipped with a note, except under `CI=true`, where that fails.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use fresns_i18n::{Args, ErrorCode, Resolver};
use serde_json::{Value, json};
use sqlx::{AnyConnection, Connection, Row};

use crate::common::{self, stderr, stdout};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sqlite,
    MySql,
    Postgres,
}

/// One Fresns-shaped database: both tables under a prefix of its own.
struct Site {
    kind: Kind,
    /// The URL the CLI is given.
    url: String,
    prefix: String,
    _dir: Option<tempfile::TempDir>,
}

fn block_on<T>(future: impl Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(future)
}

/// The backends to test: SQLite, plus each server whose URL is set.
fn kinds() -> Vec<(Kind, Option<String>)> {
    let mut kinds = vec![(Kind::Sqlite, None)];
    for (kind, variable) in [
        (Kind::MySql, "FRESNS_I18N_TEST_MYSQL_URL"),
        (Kind::Postgres, "FRESNS_I18N_TEST_POSTGRES_URL"),
    ] {
        match std::env::var(variable) {
            Ok(url) if !url.is_empty() => kinds.push((kind, Some(url))),
            _ if std::env::var("CI").as_deref() == Ok("true") => {
                panic!(
                    "{variable} is not set; under CI=true the {kind:?} tests must run (tools/db-services.sh starts the servers)"
                )
            }
            _ => eprintln!(
                "skipped {kind:?}: {variable} is not set (tools/db-services.sh starts a server)"
            ),
        }
    }
    kinds
}

/// A text column; MySQL sends long texts with a BLOB type code.
fn text_at(row: &sqlx::any::AnyRow, index: usize) -> Option<String> {
    row.try_get::<Option<String>, _>(index).unwrap_or_else(|_| {
        row.get::<Option<Vec<u8>>, _>(index)
            .map(|bytes| String::from_utf8(bytes).unwrap())
    })
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl Site {
    /// A new site with the fixture rows, for each backend.
    fn all() -> Vec<Site> {
        kinds()
            .into_iter()
            .map(|(kind, url)| Site::new(kind, url))
            .collect()
    }

    fn new(kind: Kind, server: Option<String>) -> Site {
        let prefix = format!(
            "t{}_{}_fs_",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let (url, dir) = match server {
            Some(url) => (url, None),
            None => {
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("fresns.sqlite");
                std::fs::File::create(&path).unwrap();
                (format!("sqlite://{}", path.display()), Some(dir))
            }
        };
        let site = Site {
            kind,
            url,
            prefix,
            _dir: dir,
        };
        block_on(site.build());
        site
    }

    fn table(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    async fn connect(&self) -> AnyConnection {
        sqlx::any::install_default_drivers();
        AnyConnection::connect(&self.url).await.unwrap()
    }

    async fn execute(&self, sql: &str) {
        let mut conn = self.connect().await;
        sqlx::raw_sql(sql).execute(&mut conn).await.unwrap();
    }

    /// The tables as Fresns's migrations create them, and a realistic subset of rows.
    async fn build(&self) {
        let schema = match self.kind {
            Kind::Sqlite => include_str!("../fixtures/fresns/schema.sqlite.sql"),
            Kind::MySql => include_str!("../fixtures/fresns/schema.mysql.sql"),
            Kind::Postgres => include_str!("../fixtures/fresns/schema.postgres.sql"),
        };
        self.execute(&schema.replace("{prefix}", &self.prefix))
            .await;
        let messages = self.table("code_messages");
        let configs = self.table("configs");
        let menus = json!([
            {"langTag": "en", "langCode": "en", "langName": "English", "writingDirection": "ltr", "isEnabled": true},
            {"langTag": "zh-Hans", "langCode": "zh-Hans", "langName": "简体中文", "isEnabled": true},
            {"langTag": "zh-Hant", "langCode": "zh-Hant", "langName": "繁體中文", "isEnabled": true},
            {"langTag": "ja", "langCode": "ja", "langName": "日本語", "isEnabled": true},
            {"langTag": "pt-BR", "langCode": "pt", "areaCode": "BR", "langName": "Português", "isEnabled": true},
            {"langTag": "zh-Hant-HK", "langCode": "zh-Hant", "areaCode": "HK", "langName": "繁體中文（香港）", "isEnabled": true},
            {"langTag": "tlh", "langCode": "tlh", "langName": "tlhIngan Hol", "isEnabled": true},
            {"langTag": "fr", "langCode": "fr", "langName": "Français", "isEnabled": false}
        ]);
        let mut conn = self.connect().await;
        for (key, value) in [
            ("default_language", "en".to_owned()),
            ("language_menus", menus.to_string()),
            ("site_name", "A Fresns site".to_owned()),
        ] {
            sqlx::query(&format!(
                "INSERT INTO {configs} (item_key, item_value) VALUES ({}, {})",
                self.param(1),
                self.param(2)
            ))
            .bind(key)
            .bind(value)
            .execute(&mut conn)
            .await
            .unwrap();
        }
        for (fskey, code, stored, deleted) in fixture_rows() {
            let deleted = if deleted { "CURRENT_TIMESTAMP" } else { "NULL" };
            sqlx::query(&format!(
                "INSERT INTO {messages} (app_fskey, code, messages, deleted_at) VALUES ({}, {}, {}, {deleted})",
                self.param(1),
                self.param(2),
                self.json_param(3)
            ))
            .bind(fskey)
            .bind(code)
            .bind(stored)
            .execute(&mut conn)
            .await
            .unwrap();
        }
    }

    fn param(&self, n: usize) -> String {
        match self.kind {
            Kind::Postgres => format!("${n}"),
            _ => "?".to_owned(),
        }
    }

    fn json_param(&self, n: usize) -> String {
        match self.kind {
            Kind::Postgres => format!("CAST(${n} AS JSONB)"),
            _ => "?".to_owned(),
        }
    }

    fn text(&self, column: &str) -> String {
        match self.kind {
            Kind::Sqlite => format!("CAST({column} AS TEXT)"),
            Kind::MySql => format!("CAST({column} AS CHAR)"),
            Kind::Postgres => format!("{column}::text"),
        }
    }

    fn int(&self, column: &str) -> String {
        match self.kind {
            Kind::Sqlite => column.to_owned(),
            Kind::MySql => format!("CAST({column} AS SIGNED)"),
            Kind::Postgres => format!("{column}::bigint"),
        }
    }

    /// Every row of both tables, every column, as text: what "nothing changed" compares.
    fn dump(&self) -> Vec<Vec<Option<String>>> {
        block_on(async {
            let mut conn = self.connect().await;
            let mut out = Vec::new();
            for (table, columns) in [
                (
                    "code_messages",
                    [
                        "app_fskey",
                        "code",
                        "messages",
                        "created_at",
                        "updated_at",
                        "deleted_at",
                    ]
                    .as_slice(),
                ),
                (
                    "configs",
                    ["item_key", "item_value", "updated_at", "deleted_at"].as_slice(),
                ),
            ] {
                let select: Vec<String> = columns.iter().map(|c| self.text(c)).collect();
                let sql = format!(
                    "SELECT {}, {} FROM {} ORDER BY id",
                    self.int("id"),
                    select.join(", "),
                    self.table(table)
                );
                for row in sqlx::query(&sql).fetch_all(&mut conn).await.unwrap() {
                    let mut cells = vec![Some(format!("{table}#{}", row.get::<i64, _>(0)))];
                    for index in 1..=columns.len() {
                        cells.push(text_at(&row, index));
                    }
                    out.push(cells);
                }
            }
            out
        })
    }

    /// The live rows of an app: code → parsed `messages` (and the row count per code).
    fn live(&self, fskey: &str) -> BTreeMap<i64, Vec<Value>> {
        block_on(async {
            let mut conn = self.connect().await;
            let sql = format!(
                "SELECT {}, {} FROM {} WHERE app_fskey = {} AND deleted_at IS NULL ORDER BY id",
                self.int("code"),
                self.text("messages"),
                self.table("code_messages"),
                self.param(1)
            );
            let mut out: BTreeMap<i64, Vec<Value>> = BTreeMap::new();
            for row in sqlx::query(&sql)
                .bind(fskey)
                .fetch_all(&mut conn)
                .await
                .unwrap()
            {
                let text = text_at(&row, 1);
                let value = text.map_or(Value::Null, |t| serde_json::from_str(&t).unwrap());
                out.entry(row.get(0)).or_default().push(value);
            }
            out
        })
    }

    fn run(&self, command: &str, extra: &[&str]) -> Output {
        let mut args = vec![
            command,
            "--database-url",
            &self.url,
            "--table-prefix",
            &self.prefix,
        ];
        args.extend_from_slice(extra);
        let output = Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
            .args(&args)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        // Whatever happens, no password reaches the output.
        for text in [stdout(&output), stderr(&output)] {
            assert!(
                !text.contains("test-pw-only"),
                "a password in the output: {text}"
            );
        }
        output
    }
}

/// (app_fskey, code, messages, soft-deleted)
fn fixture_rows() -> Vec<(&'static str, i64, String, bool)> {
    vec![
        // Fresns's seeder: en, zh-Hans, zh-Hant; en as ours.
        ("Fresns", 30000, json!({"en": "Parameter error", "zh-Hans": "参数错误", "zh-Hant": "參數錯誤"}).to_string(), false),
        // Fresns 3 shortened this one: drift.
        ("Fresns", 30001, json!({"en": "Parameter missing error", "zh-Hans": "缺少参数"}).to_string(), false),
        // An admin added Canadian French in the panel.
        ("Fresns", 31401, json!({"en": "Language tag incorrect", "zh-Hans": "语言标签错误", "fr-CA": "Étiquette de langue incorrecte"}).to_string(), false),
        // Fresns 3 changed the meaning: drift.
        ("Fresns", 32104, json!({"en": "S3 uploads are not supported by the storage provider"}).to_string(), false),
        ("Fresns", 34306, json!({"en": "The error has exceeded the system limit. Please log in again 1 hour later", "ja": "古い訳"}).to_string(), false),
        // Soft-deleted: it does not exist for Fresns, and stays as it is.
        ("Fresns", 35105, json!({"en": "That username has been taken. Please choose another.", "ja": "削除済み"}).to_string(), true),
        // Not an object.
        ("Fresns", 36118, json!("a string, not an object").to_string(), false),
        // A code this project's catalog does not have (a newer Fresns's own).
        ("Fresns", 39999, json!({"en": "A newer code", "ja": "新しいコード"}).to_string(), false),
        // Other apps' rows.
        ("CmdWord", 30000, json!({"en": "Command word"}).to_string(), false),
        ("SomePlugin", 31401, json!({"en": "Plugin's own text"}).to_string(), false),
    ]
}

/// This project's own plain text of `code` in `locale`.
fn ours(resolver: &Resolver, code: i64, locale: &str) -> String {
    let code = ErrorCode::from_number(u32::try_from(code).unwrap()).unwrap();
    let chain = resolver.negotiate_tag(locale).unwrap();
    let resolved = resolver.resolve(code, &chain, &Args::new()).unwrap();
    assert_eq!(resolved.locale, locale);
    resolved.text.into_owned()
}

/// Site key → locale, as the fixture's languages map.
const MANAGED: [(&str, &str); 5] = [
    ("zh-Hans", "zh-Hans"),
    ("zh-Hant", "zh-Hant"),
    ("ja", "ja"),
    ("pt-BR", "pt"),
    ("zh-Hant-HK", "zh-Hant"),
];

fn expect_ok(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what}: {}\n{}",
        stderr(output),
        stdout(output)
    );
}

#[test]
fn a_dry_run_changes_nothing_and_shows_the_plan() {
    for site in Site::all() {
        let before = site.dump();
        let output = site.run("sync", &[]);
        expect_ok(&output, "sync");
        assert_eq!(site.dump(), before, "{:?}: a dry run wrote", site.kind);
        let text = stdout(&output);
        assert!(text.contains("dry run: nothing was written"), "{text}");
        assert!(
            text.contains("pt-BR       ← pt")
                || text.contains("pt-BR  ← pt")
                || text.contains("← pt"),
            "{text}"
        );
        assert!(
            text.contains("tlh") && text.contains("left alone"),
            "{text}"
        );
        assert!(text.contains("30001 (row"), "drift listed: {text}");
        assert!(text.contains("36118"), "the unreadable row listed: {text}");
        let output = site.run("sync", &["--format", "json"]);
        expect_ok(&output, "sync --format json");
        let plan: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(plan["dryRun"], true);
        let conflicts: Vec<i64> = plan["plan"]["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["code"].as_i64().unwrap())
            .collect();
        assert_eq!(conflicts, [30001, 32104]);
        assert_eq!(site.dump(), before);
    }
}

#[test]
fn write_merges_exactly_the_managed_keys_and_a_second_sync_changes_nothing() {
    let resolver = Resolver::embedded().unwrap();
    for site in Site::all() {
        let before = site.dump();
        let output = site.run("sync", &["--write"]);
        expect_ok(&output, "sync --write");
        let text = stdout(&output);
        assert!(text.contains("php artisan cache:clear"), "{text}");

        let live = site.live("Fresns");
        let fixture: BTreeMap<i64, Value> = fixture_rows()
            .into_iter()
            .filter(|(fskey, _, _, deleted)| *fskey == "Fresns" && !deleted)
            .map(|(_, code, messages, _)| (code, serde_json::from_str(&messages).unwrap()))
            .collect();
        assert_eq!(
            live.len(),
            ErrorCode::ALL.len() + 1,
            "{:?}: one live row per catalog code, and the site's own code",
            site.kind
        );
        assert_eq!(
            live[&39999],
            vec![fixture[&39999].clone()],
            "a code outside the catalog is left alone"
        );
        for &code in ErrorCode::ALL {
            let number = i64::from(code.number());
            let rows = &live[&number];
            assert_eq!(rows.len(), 1, "{number}");
            let stored = &rows[0];
            let expected = match (number, fixture.get(&number)) {
                // Conflicts and the unreadable row stay exactly as they were.
                (30001 | 32104 | 36118, Some(old)) => old.clone(),
                (_, Some(old)) => {
                    let mut expected = old.clone();
                    for (key, locale) in MANAGED {
                        expected[key] = json!(ours(&resolver, number, locale));
                    }
                    expected
                }
                (_, None) => {
                    let mut expected = json!({"en": ours(&resolver, number, "en")});
                    for (key, locale) in MANAGED {
                        expected[key] = json!(ours(&resolver, number, locale));
                    }
                    expected
                }
            };
            assert_eq!(stored, &expected, "{:?} code {number}", site.kind);
        }
        // The admin's key, en, and other apps' and soft-deleted rows are untouched.
        assert_eq!(live[&31401][0]["fr-CA"], "Étiquette de langue incorrecte");
        assert_eq!(live[&30000][0]["en"], "Parameter error");
        let after = site.dump();
        for row in &before {
            let id = row[0].as_deref().unwrap();
            let untouched = row[1].as_deref().is_none_or(|fskey| fskey != "Fresns")
                || row[6].is_some()
                || row[0].as_deref().unwrap().starts_with("configs#");
            if untouched {
                assert!(after.contains(row), "{:?}: {id} changed", site.kind);
            }
        }
        // Updated rows carry updated_at; inserted rows only created_at.
        let stamps: BTreeMap<i64, (bool, bool)> = after
            .iter()
            .filter(|row| row[1].as_deref() == Some("Fresns") && row[6].is_none())
            .map(|row| {
                let code: i64 = row[2].as_deref().unwrap().parse().unwrap();
                (code, (row[4].is_some(), row[5].is_some()))
            })
            .collect();
        assert_eq!(
            stamps[&30000],
            (true, true),
            "{:?}: an updated row",
            site.kind
        );
        assert_eq!(
            stamps[&30002],
            (true, false),
            "{:?}: an inserted row",
            site.kind
        );
        assert_eq!(
            stamps[&30001],
            (true, false),
            "{:?}: a conflict is not touched",
            site.kind
        );
        // A second sync has nothing to do.
        let output = site.run("sync", &["--write"]);
        expect_ok(&output, "second sync");
        let text = stdout(&output);
        assert!(text.contains("nothing to write"), "{text}");
        assert!(text.contains("0 row(s) to update, 0 to insert"), "{text}");
        let again = site.dump();
        assert_eq!(again, after, "{:?}: the second sync wrote", site.kind);
    }
}

#[test]
fn accepted_drift_is_written_but_en_is_kept() {
    let resolver = Resolver::embedded().unwrap();
    for site in Site::all() {
        expect_ok(
            &site.run("sync", &["--write", "--accept", "30001"]),
            "accept",
        );
        let live = site.live("Fresns");
        let row = &live[&30001][0];
        assert_eq!(row["en"], "Parameter missing error");
        assert_eq!(row["ja"], json!(ours(&resolver, 30001, "ja")));
        assert_eq!(
            live[&32104][0],
            json!({"en": "S3 uploads are not supported by the storage provider"})
        );
        expect_ok(
            &site.run("sync", &["--write", "--accept-all-drift"]),
            "accept all",
        );
        let live = site.live("Fresns");
        assert_eq!(
            live[&32104][0]["zh-Hant"],
            json!(ours(&resolver, 32104, "zh-Hant"))
        );
        assert_eq!(
            live[&32104][0]["en"],
            "S3 uploads are not supported by the storage provider"
        );
    }
}

#[test]
fn a_failure_mid_transaction_leaves_the_database_as_it_was() {
    for site in Site::all() {
        // A trigger makes the database refuse one insert after many statements succeeded.
        let table = site.table("code_messages");
        let trigger = match site.kind {
            Kind::Sqlite => format!(
                "CREATE TRIGGER {p}refuse BEFORE INSERT ON {table} WHEN NEW.code = 38211 \
                 BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
                p = site.prefix
            ),
            Kind::MySql => format!(
                "CREATE TRIGGER {p}refuse BEFORE INSERT ON {table} FOR EACH ROW \
                 BEGIN IF NEW.code = 38211 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'; END IF; END",
                p = site.prefix
            ),
            Kind::Postgres => format!(
                "CREATE FUNCTION {p}refuse() RETURNS trigger AS $$ BEGIN \
                 IF NEW.code = 38211 THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql; \
                 CREATE TRIGGER {p}refuse BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION {p}refuse();",
                p = site.prefix
            ),
        };
        block_on(site.execute(&trigger));
        let before = site.dump();
        let output = site.run("sync", &["--write"]);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{:?}: {}",
            site.kind,
            stdout(&output)
        );
        let err = stderr(&output);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("38211")
                && err.contains("rolled back")
                && err.contains("injected failure"),
            "{err}"
        );
        assert_eq!(
            site.dump(),
            before,
            "{:?}: a failed write left changes",
            site.kind
        );
    }
}

#[test]
fn pull_brings_an_admins_edit_back_into_the_files() {
    for site in Site::all() {
        expect_ok(&site.run("sync", &["--write"]), "sync");
        let locales = common::locales_copy();
        let dir = locales.path().to_str().unwrap().to_owned();
        // Nothing to pull right after a sync.
        let output = site.run("pull", &["--locales", &dir]);
        expect_ok(&output, "pull");
        assert!(
            stdout(&output).contains("dry run: 0 message(s) differ"),
            "{}",
            stdout(&output)
        );
        // An admin edits the Japanese text of 31401 in the panel.
        let edited = "言語タグが正しくありません（管理者が編集）";
        let mut messages = site.live("Fresns")[&31401][0].clone();
        messages["ja"] = json!(edited);
        let sql = format!(
            "UPDATE {} SET messages = {} WHERE app_fskey = 'Fresns' AND code = 31401",
            site.table("code_messages"),
            site.json_param(1)
        );
        block_on(async {
            let mut conn = site.connect().await;
            sqlx::query(&sql)
                .bind(messages.to_string())
                .execute(&mut conn)
                .await
                .unwrap();
        });
        let files_before = snapshot(locales.path());
        let output = site.run("pull", &["--locales", &dir]);
        expect_ok(&output, "pull");
        let text = stdout(&output);
        assert!(
            text.contains(edited) && text.contains("1 message(s) differ"),
            "{text}"
        );
        assert!(text.contains("fr-CA"), "site-only languages listed: {text}");
        assert!(
            text.contains("(code 39999): not a code of this project's catalog"),
            "a code outside the catalog is listed, not imported: {text}"
        );
        assert_eq!(snapshot(locales.path()), files_before, "a dry run wrote");
        let output = site.run("pull", &["--locales", &dir, "--write"]);
        expect_ok(&output, "pull --write");
        let files_after = snapshot(locales.path());
        let changed: Vec<&String> = files_after
            .iter()
            .filter(|(name, text)| files_before.get(*name) != Some(text))
            .map(|(name, _)| name)
            .collect();
        assert_eq!(changed, ["ja/headers.ftl"], "{:?}", site.kind);
        let resolver = Resolver::from_dir(locales.path()).unwrap();
        let chain = resolver.negotiate_tag("ja").unwrap();
        assert_eq!(
            resolver.plain_text(ErrorCode::LanguageTagIncorrect, &chain),
            edited
        );
    }
}

fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for locale in std::fs::read_dir(dir).unwrap() {
        let locale = locale.unwrap().path();
        for file in std::fs::read_dir(&locale).unwrap() {
            let file = file.unwrap().path();
            let name = format!(
                "{}/{}",
                locale.file_name().unwrap().to_string_lossy(),
                file.file_name().unwrap().to_string_lossy()
            );
            files.insert(name, std::fs::read_to_string(&file).unwrap_or_default());
        }
    }
    files
}

#[test]
fn bad_input_is_one_line_and_writes_nothing() {
    let site = Site::new(Kind::Sqlite, None);
    let before = site.dump();
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
            .args(args)
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stdout(&output)
        );
        let err = stderr(&output);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        err
    };
    let err = run(&[
        "sync",
        "--database-url",
        &site.url,
        "--table-prefix",
        "nope_",
    ]);
    assert!(
        err.contains("not a Fresns database: table nope_code_messages not found"),
        "{err}"
    );
    let err = run(&[
        "sync",
        "--database-url",
        &site.url,
        "--table-prefix",
        "fs-x",
    ]);
    assert!(err.contains("code 30002") && err.contains("fs-x"), "{err}");
    let err = run(&[
        "sync",
        "--database-url",
        "mysql://fresns:hunter2-secret@127.0.0.1:1/fresns",
    ]);
    assert!(
        err.contains("cannot connect to mysql at 127.0.0.1:1, database fresns"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");
    let err = run(&[
        "sync",
        "--database-url",
        "postgres://fresns:hunter2-secret@127.0.0.1:1/fresns",
        "--write",
    ]);
    assert!(
        err.contains("cannot connect to postgres at 127.0.0.1:1") && !err.contains("hunter2"),
        "{err}"
    );

    // A malformed .env, and an install whose .env is fine but whose menus are not.
    let install = tempfile::tempdir().unwrap();
    std::fs::write(
        install.path().join(".env"),
        "APP_NAME=Fresns\nDB_CONNECTION=sqlite\nDB_PASSWORD=\"unclosed\n",
    )
    .unwrap();
    let err = run(&["sync", "--fresns", install.path().to_str().unwrap()]);
    assert!(err.contains(".env:3: malformed .env"), "{err}");
    let database = site.url.strip_prefix("sqlite://").unwrap();
    std::fs::write(
        install.path().join(".env"),
        format!(
            "DB_CONNECTION=sqlite\nDB_DATABASE={database}\nDB_PREFIX={}\n",
            site.prefix
        ),
    )
    .unwrap();
    block_on(site.execute(&format!(
        "UPDATE {} SET item_value = '[{{\"langTag\": \"en\"' WHERE item_key = 'language_menus'",
        site.table("configs")
    )));
    let before_menus = site.dump();
    let err = run(&[
        "sync",
        "--fresns",
        install.path().to_str().unwrap(),
        "--write",
    ]);
    assert!(err.contains("language_menus"), "{err}");
    assert_eq!(site.dump(), before_menus);
    assert_ne!(before, before_menus);
}

#[test]
fn an_install_folder_gives_the_connection_and_the_prefix() {
    for site in Site::all() {
        let install = tempfile::tempdir().unwrap();
        let env = match site.kind {
            Kind::Sqlite => format!(
                "DB_CONNECTION=sqlite\nDB_DATABASE={}\nDB_PREFIX={}\n",
                site.url.strip_prefix("sqlite://").unwrap(),
                site.prefix
            ),
            Kind::MySql | Kind::Postgres => {
                let url = url::Url::parse(&site.url).unwrap();
                format!(
                    "DB_CONNECTION={}\nDB_HOST={}\nDB_PORT={}\nDB_DATABASE={}\nDB_USERNAME={}\nDB_PASSWORD=\"{}\"\nDB_PREFIX={}\n",
                    if site.kind == Kind::MySql {
                        "mysql"
                    } else {
                        "pgsql"
                    },
                    url.host_str().unwrap(),
                    url.port().unwrap(),
                    url.path().trim_start_matches('/'),
                    url.username(),
                    url.password().unwrap_or(""),
                    site.prefix
                )
            }
        };
        std::fs::write(install.path().join(".env"), env).unwrap();
        if site.kind == Kind::Sqlite {
            // The URL may come from DATABASE_URL instead of --database-url.
            let output = Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
                .args(["sync", "--table-prefix", &site.prefix])
                .env("DATABASE_URL", &site.url)
                .output()
                .unwrap();
            expect_ok(&output, "sync with DATABASE_URL");
        }
        let output = Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
            .args([
                "sync",
                "--fresns",
                install.path().to_str().unwrap(),
                "--format",
                "json",
            ])
            .env_remove("DATABASE_URL")
            .output()
            .unwrap();
        expect_ok(&output, "sync --fresns");
        assert!(!stdout(&output).contains("test-pw-only"));
        let plan: Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(
            plan["database"].as_str().unwrap().contains(&site.prefix),
            "{plan}"
        );
        assert_eq!(plan["plan"]["languages"].as_array().unwrap().len(), 7);
    }
}

/// The database connection dies while `sync --write` is inside its transaction: the server
/// (or SQLite's journal) rolls the transaction back, the command fails with one line, and the
/// database is as it was.
#[test]
fn a_connection_lost_mid_write_leaves_the_database_as_it_was() {
    use std::time::{Duration, Instant};
    for site in Site::all() {
        let table = site.table("code_messages");
        let p = &site.prefix;
        // A trigger that holds the transaction open on one insert, long enough to cut it.
        let slow = match site.kind {
            Kind::Sqlite => format!(
                "CREATE TRIGGER {p}slow BEFORE INSERT ON {table} WHEN NEW.code = 38211 BEGIN \
                 SELECT count(*) FROM (WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 300000000) SELECT x FROM n); END;"
            ),
            Kind::MySql => format!(
                "CREATE TRIGGER {p}slow BEFORE INSERT ON {table} FOR EACH ROW \
                 BEGIN IF NEW.code = 38211 THEN DO SLEEP(30); END IF; END"
            ),
            Kind::Postgres => format!(
                "CREATE FUNCTION {p}slow() RETURNS trigger AS $$ BEGIN \
                 IF NEW.code = 38211 THEN PERFORM pg_sleep(30); END IF; RETURN NEW; END $$ LANGUAGE plpgsql; \
                 CREATE TRIGGER {p}slow BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION {p}slow();"
            ),
        };
        block_on(site.execute(&slow));
        let before = site.dump();
        let mut child = Command::new(env!("CARGO_BIN_EXE_fresns-i18n"))
            .args([
                "sync",
                "--write",
                "--database-url",
                &site.url,
                "--table-prefix",
                p,
            ])
            .env_remove("DATABASE_URL")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Wait until the write is stuck in the trigger, then cut the connection.
        let deadline = Instant::now() + Duration::from_secs(20);
        let cut = loop {
            assert!(
                Instant::now() < deadline,
                "{:?}: the write never reached the trigger",
                site.kind
            );
            std::thread::sleep(Duration::from_millis(50));
            let done = match site.kind {
                // SQLite has no server: the writing process itself dies, journal and all.
                Kind::Sqlite => {
                    let journal =
                        format!("{}-journal", site.url.strip_prefix("sqlite://").unwrap());
                    Path::new(&journal).exists() && {
                        child.kill().unwrap();
                        true
                    }
                }
                Kind::MySql => block_on(async {
                    let mut conn = site.connect().await;
                    let id: Option<i64> = sqlx::query(
                        "SELECT CAST(id AS SIGNED) FROM information_schema.processlist WHERE state = 'User sleep' LIMIT 1",
                    )
                    .fetch_optional(&mut conn)
                    .await
                    .unwrap()
                    .map(|row| row.get(0));
                    if let Some(id) = id {
                        sqlx::raw_sql(&format!("KILL CONNECTION {id}"))
                            .execute(&mut conn)
                            .await
                            .unwrap();
                    }
                    id.is_some()
                }),
                Kind::Postgres => block_on(async {
                    let mut conn = site.connect().await;
                    sqlx::query(
                        "SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND pid <> pg_backend_pid()",
                    )
                    .fetch_optional(&mut conn)
                    .await
                    .unwrap()
                    .is_some()
                }),
            };
            if done {
                break Instant::now();
            }
        };
        let output = child.wait_with_output().unwrap();
        assert!(
            cut.elapsed() < Duration::from_secs(15),
            "{:?}: no prompt end after the cut",
            site.kind
        );
        assert!(
            !output.status.success(),
            "{:?}: {}",
            site.kind,
            stdout(&output)
        );
        if site.kind != Kind::Sqlite {
            let err = stderr(&output);
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(
                err.contains("nothing was written") || err.contains("failed"),
                "{err}"
            );
            assert!(!err.contains("test-pw-only"), "{err}");
        }
        assert_eq!(
            site.dump(),
            before,
            "{:?}: a cut connection left changes",
            site.kind
        );
    }
}

/// An admin saves a row in the panel after the plan was made: the write leaves that row as the
/// admin left it and says so; the rest of the plan is applied.
#[test]
fn a_row_edited_after_the_plan_is_not_overwritten() {
    use fresns_i18n::LocaleSet;
    use fresns_i18n::site::db::{SiteDb, Target};
    use fresns_i18n::site::{SyncOptions, plan_sync};
    for site in Site::all() {
        // One runtime for the whole exchange: a connection belongs to the runtime it was made in.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let admins = json!({"en": "Language tag incorrect", "ja": "管理者の訳"});
        let sql = format!(
            "UPDATE {} SET messages = {} WHERE app_fskey = 'Fresns' AND code = 31401",
            site.table("code_messages"),
            site.json_param(1)
        );
        let (plan, report) = runtime.block_on(async {
            let mut db = SiteDb::connect(&Target::Url(site.url.clone()), Some(&site.prefix))
                .await
                .unwrap();
            let languages = db.languages().await.unwrap();
            let rows = db.rows("Fresns").await.unwrap();
            let plan = plan_sync(
                &LocaleSet::embedded(),
                "Fresns",
                &languages,
                &rows,
                &SyncOptions::default(),
            )
            .unwrap();
            assert!(
                plan.changes
                    .iter()
                    .any(|c| c.code.number() == 31401 && c.row.is_some())
            );
            let mut admin = site.connect().await;
            sqlx::query(&sql)
                .bind(admins.to_string())
                .execute(&mut admin)
                .await
                .unwrap();
            drop(admin);
            let report = db.apply(&plan).await.unwrap();
            (plan, report)
        });
        assert_eq!(report.changed_since_plan.len(), 1, "{:?}", site.kind);
        assert_eq!(report.changed_since_plan[0].0.number(), 31401);
        assert_eq!(report.updated + report.inserted + 1, plan.changes.len());
        assert_eq!(site.live("Fresns")[&31401][0], admins, "{:?}", site.kind);
    }
}
