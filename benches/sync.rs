//! `sync --write` for all 220 codes and six site languages, through the library as the CLI
//! runs it (connect, read languages and rows, plan, apply in one transaction), on SQLite and on
//! a local MariaDB (`FRESNS_I18N_TEST_MYSQL_URL`; `tools/db-services.sh` starts one).
//!
//! Two sites: a fresh one (every code inserted) and one seeded as Fresns's installer leaves it
//! (every row updated). Each run gets fresh tables; the median and range of RUNS runs are
//! printed. `cargo bench --bench sync --features db`.

use std::time::{Duration, Instant};

use fresns_i18n::LocaleSet;
use fresns_i18n::site::db::{SiteDb, Target};
use fresns_i18n::site::{SyncOptions, plan_sync};
use fresns_i18n::{ErrorCode, Resolver};
use serde_json::json;
use sqlx::{AnyConnection, Connection};

const RUNS: usize = 7;
const LANGUAGES: [&str; 6] = ["en", "zh-Hans", "zh-Hant", "ja", "pt-BR", "de"];

async fn create(url: &str, schema: &str, prefix: &str, seeded: bool, mysql: bool) {
    let mut conn = AnyConnection::connect(url).await.expect("a database");
    sqlx::raw_sql(&schema.replace("{prefix}", prefix))
        .execute(&mut conn)
        .await
        .expect("the schema");
    let menus: Vec<_> = LANGUAGES
        .iter()
        .map(|tag| json!({"langTag": tag, "isEnabled": true}))
        .collect();
    let param = |n: usize| {
        if mysql || !url.starts_with("postgres") {
            "?".to_owned()
        } else {
            format!("${n}")
        }
    };
    let insert = format!(
        "INSERT INTO {prefix}configs (item_key, item_value) VALUES ({}, {})",
        param(1),
        param(2)
    );
    for (key, value) in [
        ("default_language", "en".to_owned()),
        ("language_menus", json!(menus).to_string()),
    ] {
        sqlx::query(&insert)
            .bind(key)
            .bind(value)
            .execute(&mut conn)
            .await
            .expect("configs");
    }
    if seeded {
        // As Fresns's seeder leaves the core rows: en, zh-Hans and zh-Hant (here: English text
        // under all three, so each row gets two changed keys and three added ones).
        let resolver = Resolver::embedded().expect("the embedded locales");
        let chain = resolver.default_chain();
        let insert = format!(
            "INSERT INTO {prefix}code_messages (app_fskey, code, messages) VALUES ('Fresns', {}, {})",
            param(1),
            param(2)
        );
        for &code in ErrorCode::ALL {
            let en = resolver.plain_text(code, &chain);
            let messages = json!({"en": en, "zh-Hans": en, "zh-Hant": en}).to_string();
            sqlx::query(&insert)
                .bind(i64::from(code.number()))
                .bind(messages)
                .execute(&mut conn)
                .await
                .expect("a row");
        }
    }
}

/// One `sync --write`: connect, read, plan, apply. Returns the time and the rows written.
async fn sync(url: &str, prefix: &str, set: &LocaleSet) -> (Duration, usize) {
    let started = Instant::now();
    let mut db = SiteDb::connect(&Target::Url(url.to_owned()), Some(prefix))
        .await
        .expect("connect");
    let languages = db.languages().await.expect("languages");
    let rows = db.rows("Fresns").await.expect("rows");
    let plan = plan_sync(set, "Fresns", &languages, &rows, &SyncOptions::default()).expect("plan");
    let report = db.apply(&plan).await.expect("apply");
    (started.elapsed(), report.inserted + report.updated)
}

fn main() {
    sqlx::any::install_default_drivers();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let set = LocaleSet::embedded();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut backends = vec![(
        "SQLite (file)",
        None,
        include_str!("../tests/fixtures/fresns/schema.sqlite.sql"),
    )];
    match std::env::var("FRESNS_I18N_TEST_MYSQL_URL") {
        Ok(url) => backends.push((
            "MariaDB (loopback)",
            Some(url),
            include_str!("../tests/fixtures/fresns/schema.mysql.sql"),
        )),
        Err(_) => eprintln!(
            "MariaDB skipped: FRESNS_I18N_TEST_MYSQL_URL is not set (tools/db-services.sh)"
        ),
    }
    println!("| database | site | rows written | median | range |");
    println!("|---|---|---:|---:|---:|");
    for (name, server, schema) in backends {
        for seeded in [false, true] {
            let mut times = Vec::new();
            let mut written = 0;
            for run in 0..RUNS {
                let prefix = format!("b{}_{}_{run}_", std::process::id(), u8::from(seeded));
                let url = match &server {
                    Some(url) => url.clone(),
                    None => {
                        let path = dir.path().join(format!("{prefix}.sqlite"));
                        std::fs::File::create(&path).expect("a database file");
                        format!("sqlite://{}", path.display())
                    }
                };
                runtime.block_on(create(&url, schema, &prefix, seeded, server.is_some()));
                let (time, rows) = runtime.block_on(sync(&url, &prefix, &set));
                times.push(time);
                written = rows;
            }
            times.sort();
            let ms = |d: Duration| d.as_secs_f64() * 1000.0;
            println!(
                "| {name} | {} | {written} | {:.0} ms | {:.0}–{:.0} ms |",
                if seeded {
                    "seeded by Fresns (updates)"
                } else {
                    "fresh (inserts)"
                },
                ms(times[RUNS / 2]),
                ms(times[0]),
                ms(times[RUNS - 1])
            );
        }
    }
}
