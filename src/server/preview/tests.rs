//! The preview routes in-process: the page and its escaping, the values per locale, the
//! findings, the filters, the assets and the event stream.

use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use hyper::body::Body as _;
use serde_json::Value;
use tower::ServiceExt as _;

use super::html::escaped;
use crate::catalog::{ErrorCode, Group};
use crate::format::args::Args;
use crate::server::reload::{self, Outcome};
use crate::server::state::AppState;
use crate::server::tests::{Reply, locales_copy, send, set_german_31401, shared};
use crate::server::{app, router};

async fn page(state: &Arc<AppState>, uri: &str) -> String {
    let reply = send(app(Arc::clone(state)), Method::GET, uri, &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{uri}");
    String::from_utf8(reply.body).unwrap()
}

/// The `<tr>` of `code`.
fn row(html: &str, code: ErrorCode) -> &str {
    let start = html
        .find(&format!("<tr data-code=\"{}\"", code.number()))
        .unwrap_or_else(|| panic!("no row for {code}"));
    let end = start + html[start..].find("</tr>").unwrap();
    &html[start..end]
}

/// The `<td>` of `tag` in a row.
fn cell<'a>(row: &'a str, tag: &str) -> &'a str {
    let start = row
        .find(&format!("<td data-locale=\"{tag}\""))
        .unwrap_or_else(|| panic!("no {tag} cell in {row}"));
    let end = start + row[start..].find("</td>").unwrap();
    &row[start..end]
}

fn rows(html: &str) -> usize {
    html.matches("<tr data-code=").count()
}

/// The locale columns of the table, in order.
fn columns(html: &str) -> Vec<&str> {
    html.split("<th scope=\"col\" data-locale=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

/// What the library gives for `code` in `tag` with `args`, as the page must show it.
fn resolved(state: &AppState, code: ErrorCode, tag: &str, args: &Args) -> String {
    let loaded = state.current();
    let chain = loaded.resolver.negotiate_tag(tag).unwrap();
    let text = loaded.resolver.resolve(code, &chain, args).unwrap().text;
    escaped(&text)
}

/// A state over a copy of the shipped locales, after `edit` changed it.
fn edited_state(edit: impl FnOnce(&Path)) -> (tempfile::TempDir, Arc<AppState>) {
    let dir = locales_copy();
    edit(dir.path());
    let loaded = reload::load_initial(Some(dir.path())).unwrap();
    let state = Arc::new(AppState::new(loaded, Some(dir.path().to_path_buf())));
    (dir, state)
}

#[tokio::test]
async fn the_page_has_a_row_per_code_and_a_column_per_chosen_locale() {
    let state = shared();
    let reply = send(
        app(Arc::clone(&state)),
        Method::GET,
        "/preview?locales=de,ar",
        &[],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header("content-type"), "text/html; charset=utf-8");
    assert_eq!(reply.header("cache-control"), "no-store");
    assert!(
        reply
            .header("content-security-policy")
            .contains("script-src 'self'")
    );
    let html = String::from_utf8(reply.body).unwrap();
    assert_eq!(rows(&html), ErrorCode::ALL.len());
    assert_eq!(columns(&html), ["de", "ar"]);
    assert!(html.contains("<strong>220</strong> of 220 messages"));

    // Each locale's plain text, as the API sends it; Arabic laid out right to left.
    let tag_row = row(&html, ErrorCode::LanguageTagIncorrect);
    let de = cell(tag_row, "de");
    assert!(de.contains("lang=\"de\" dir=\"ltr\""), "{de}");
    assert!(
        de.contains(&resolved(
            &state,
            ErrorCode::LanguageTagIncorrect,
            "de",
            &Args::new()
        )),
        "{de}"
    );
    let ar = cell(tag_row, "ar");
    assert!(ar.contains("lang=\"ar\" dir=\"rtl\""), "{ar}");
    // The row names its code, ID, group and the `en` comment.
    assert!(tag_row.contains(">31401</th>"));
    assert!(tag_row.contains("<code>language-tag-incorrect</code>"));
    assert!(tag_row.contains("<span class=\"group\">headers</span>"));
    assert!(
        tag_row.contains("not well-formed or not enabled"),
        "{tag_row}"
    );
    // The picker keeps the choice, and the coverage lists every real locale.
    assert!(html.contains("name=\"locales\" value=\"ar\" checked"));
    assert!(html.contains("name=\"locales\" value=\"fr\">"));
    assert!(html.contains("<li data-locale=\"fr\"><b>fr</b> <meter min=\"0\" max=\"220\""));

    // Without a choice: every real locale, no pseudo-locale; an unknown one is named.
    let all = page(&state, "/preview").await;
    let shown = columns(&all);
    assert!(
        shown.contains(&"en") && shown.contains(&"zh-Hant"),
        "{shown:?}"
    );
    assert!(!shown.contains(&"en-XA") && !shown.contains(&"ar-XB"));
    let odd = page(&state, "/preview?locales=xx,DE,de").await;
    assert_eq!(columns(&odd), ["de"]);
    assert!(odd.contains("No locale <code>xx</code> in this set."));
    let none = page(&state, "/preview?locales=").await;
    assert!(columns(&none).is_empty());
    assert_eq!(rows(&none), ErrorCode::ALL.len());
}

#[tokio::test]
async fn message_text_and_comments_are_escaped() {
    let hostile = r#"<script>alert("x")</script> & 'y'"#;
    let (_dir, state) = edited_state(|dir| {
        set_german_31401(dir, hostile);
        let en = dir.join("en/headers.ftl");
        let text = std::fs::read_to_string(&en).unwrap().replace(
            "# The client sent a language tag",
            "# <img src=x onerror=alert(1)> The client sent a language tag",
        );
        std::fs::write(en, text).unwrap();
    });
    let html = page(&state, "/preview?locales=de,en&q=%3Cscript").await;
    assert_eq!(rows(&html), 1, "the search finds the text as written");
    let de = cell(row(&html, ErrorCode::LanguageTagIncorrect), "de");
    assert!(
        de.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"),
        "{de}"
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; The client sent"));
    assert!(!html.contains("<script>alert") && !html.contains("<img"));
    // The only script is the page's own; the search box shows the query as text.
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.contains("name=\"q\" value=\"&lt;script\""));
}

#[tokio::test]
async fn values_are_shown_where_each_plural_category_begins() {
    let state = shared();
    let html = page(&state, "/preview?locales=ru,en,ar").await;
    let code = ErrorCode::PasswordLengthIncorrect;
    let ru = cell(row(&html, code), "ru");
    for (n, category) in [
        (0, "many"),
        (1, "one"),
        (2, "few"),
        (5, "many"),
        (21, "one"),
        (22, "few"),
        (25, "many"),
    ] {
        let label =
            format!("<span class=\"at\" dir=\"ltr\" lang=\"en\">{n} <i>{category}</i></span> ");
        let text = resolved(
            &state,
            code,
            "ru",
            &Args::new().with("min", n).with("max", n),
        );
        assert!(
            ru.contains(&format!("{label}<span class=\"text\">{text}</span>")),
            "{n} ({category}): {text} not in {ru}"
        );
    }
    assert_eq!(ru.matches("<li>").count(), 7);
    // English has two categories: 0, 1, 2 and 21.
    assert_eq!(cell(row(&html, code), "en").matches("<li>").count(), 4);
    // Arabic has all six.
    let ar = cell(row(&html, code), "ar");
    for category in ["zero", "one", "two", "few", "many", "other"] {
        assert!(ar.contains(&format!(" <i>{category}</i>")), "{category}");
    }

    // Durations at 0 s, 45 s, 90 s, 1 h 30 min and a day.
    let code = ErrorCode::PublishTooFast;
    let ru = cell(row(&html, code), "ru");
    for (secs, label) in [
        (0, "0 s"),
        (45, "45 s"),
        (90, "90 s"),
        (5_400, "1 h 30 min"),
        (86_400, "1 day"),
    ] {
        let args = Args::new().with("wait", Duration::from_secs(secs));
        let text = resolved(&state, code, "ru", &args);
        assert!(
            ru.contains(&format!(
                "{label}</span> <span class=\"text\">{text}</span>"
            )),
            "{label}: {text} not in {ru}"
        );
    }
    // The value field: one input per argument, answered by the API route.
    let head = row(&html, ErrorCode::PasswordLengthIncorrect);
    assert!(head.contains("<form class=\"try\" data-code=\"34105\" action=\"v1/errors/34105\""));
    assert!(head.contains("<input name=\"min\"") && head.contains("<input name=\"max\""));
    assert!(!row(&html, ErrorCode::LanguageTagIncorrect).contains("class=\"try\""));
}

#[tokio::test]
async fn findings_sit_beside_their_message_with_file_and_line() {
    // The English text in German: an `untranslated` warning, which does not block serving.
    let (_dir, state) = edited_state(|dir| set_german_31401(dir, "Language tag incorrect"));
    let html = page(&state, "/preview?locales=de,fr").await;
    let tag_row = row(&html, ErrorCode::LanguageTagIncorrect);
    assert!(
        tag_row.starts_with("<tr data-code=\"31401\" data-group=\"headers\" class=\"flagged\">")
    );
    let de = cell(tag_row, "de");
    assert!(de.contains("class=\"cell flagged\""), "{de}");
    assert!(
        de.contains("<ul class=\"findings\" dir=\"ltr\" lang=\"en\"><li class=\"warning\"><code>de/headers.ftl:45</code> "),
        "{de}"
    );
    assert!(
        de.contains("<span class=\"check\">untranslated</span>"),
        "{de}"
    );
    assert!(!cell(tag_row, "fr").contains("findings"));
    assert!(
        html.contains("<span class=\"warnings\">1 warning</span>"),
        "coverage counts it"
    );

    // Filters: by findings, by group, by text; they combine.
    let flagged = page(&state, "/preview?locales=de,fr&findings=1").await;
    assert_eq!(rows(&flagged), 1);
    let elsewhere = page(&state, "/preview?locales=fr&findings=1").await;
    assert_eq!(rows(&elsewhere), 0, "findings count in the shown locales");
    let users = page(&state, "/preview?locales=de&group=users").await;
    let in_group = ErrorCode::ALL
        .iter()
        .filter(|code| code.group() == Group::Users)
        .count();
    assert_eq!(rows(&users), in_group);
    assert!(users.contains("<option value=\"users\" selected>"));
    let found = page(&state, "/preview?locales=de&q=ZEITZONE").await;
    assert!(
        found.contains("<tr data-code=\"31402\""),
        "German text is searched"
    );
    let english = page(&state, "/preview?locales=fr&q=ZEITZONE").await;
    assert!(
        !english.contains("<tr data-code=\"31402\""),
        "only shown locales count"
    );
    let by_id = page(&state, "/preview?locales=de&q=35103").await;
    assert_eq!(rows(&by_id), 1);
    let both = page(&state, "/preview?locales=de&group=users&findings=1").await;
    assert_eq!(rows(&both), 0);
}

#[tokio::test]
async fn a_resolver_given_as_is_has_a_page_without_findings() {
    let resolver = Arc::clone(&shared().current().resolver);
    let reply = send(router(resolver), Method::GET, "/preview?locales=de", &[]).await;
    let html = String::from_utf8(reply.body).unwrap();
    assert_eq!(rows(&html), ErrorCode::ALL.len());
    assert!(html.contains("this service was given a resolver without its files"));
}

#[tokio::test]
async fn the_page_is_built_once_per_set() {
    let (dir, state) = edited_state(|_| {});
    let loaded = state.current();
    let first = state.preview.page(&loaded).await.unwrap();
    let again = state.preview.page(&loaded).await.unwrap();
    assert!(Arc::ptr_eq(&first, &again));
    set_german_31401(dir.path(), "Neu");
    assert!(matches!(
        reload::reload_now(&state, dir.path()),
        Outcome::Swapped { .. }
    ));
    let fresh = state.preview.page(&state.current()).await.unwrap();
    assert!(!Arc::ptr_eq(&first, &fresh));
}

#[tokio::test]
async fn assets_have_their_types_and_are_kept_for_good() {
    let state = shared();
    let html = page(&state, "/preview").await;
    for (path, kind) in [
        ("preview/page.js", "text/javascript; charset=utf-8"),
        ("preview/page.css", "text/css; charset=utf-8"),
    ] {
        let start = html.find(&format!("{path}?v=")).unwrap();
        let url = &html[start..start + path.len() + 3 + 16];
        let reply = send(
            app(Arc::clone(&state)),
            Method::GET,
            &format!("/{url}"),
            &[],
        )
        .await;
        assert_eq!(reply.status, StatusCode::OK);
        assert_eq!(reply.header("content-type"), kind);
        assert_eq!(
            reply.header("cache-control"),
            "public, max-age=31536000, immutable"
        );
        assert!(!reply.body.is_empty());
        let etag = reply.header("etag").to_owned();
        assert_eq!(etag, format!("\"{}\"", &url[url.len() - 16..]));
        let again = send(
            app(Arc::clone(&state)),
            Method::GET,
            &format!("/{path}"),
            &[("if-none-match", &etag)],
        )
        .await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    }
}

/// The next event's data, skipping keep-alive comments; `None` once the stream ends.
async fn next_event(body: &mut Body) -> Option<Value> {
    loop {
        let frame = tokio::time::timeout(
            Duration::from_secs(5),
            std::future::poll_fn(|cx| Pin::new(&mut *body).poll_frame(cx)),
        )
        .await
        .expect("an event within 5 s")?
        .unwrap();
        let Ok(data) = frame.into_data() else {
            continue;
        };
        let text = String::from_utf8(data.to_vec()).unwrap();
        if let Some(json) = text.lines().find_map(|line| line.strip_prefix("data: ")) {
            return Some(serde_json::from_str(json).unwrap());
        }
    }
}

async fn open_events(state: &Arc<AppState>) -> (Reply, Body) {
    let response = app(Arc::clone(state))
        .oneshot(Request::get("/preview/events").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let reply = Reply {
        status: response.status(),
        headers: response.headers().clone(),
        body: Vec::new(),
    };
    (reply, response.into_body())
}

#[tokio::test]
async fn the_event_stream_follows_swaps_and_rejections() {
    let (dir, state) = edited_state(|_| {});
    let (reply, mut events) = open_events(&state).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.header("content-type"),
        "text/event-stream; charset=utf-8"
    );
    let first = next_event(&mut events).await.unwrap();
    assert_eq!(first["generation"], 0);
    assert_eq!(first["rejected"], false);
    assert_eq!(first["version"], state.current().version);

    // An edit goes live: an event, and the page shows the new text.
    set_german_31401(dir.path(), "Neu gespeichert");
    assert!(matches!(
        reload::reload_now(&state, dir.path()),
        Outcome::Swapped { .. }
    ));
    let swapped = next_event(&mut events).await.unwrap();
    assert_eq!(swapped["generation"], 1);
    assert_eq!(swapped["version"], state.current().version);
    let html = page(&state, "/preview?locales=de").await;
    assert!(html.contains("<body data-generation=\"1\">"));
    assert!(html.contains("<span class=\"text\">Neu gespeichert</span>"));
    assert!(html.contains("<section id=\"banner\" hidden></section>"));

    // A broken edit is rejected: an event, and the page shows its findings.
    let path = dir.path().join("de/headers.ftl");
    let mut broken = std::fs::read_to_string(&path).unwrap();
    broken.push_str("timezone-incorrect-x = { $oops\n");
    std::fs::write(&path, &broken).unwrap();
    assert!(matches!(
        reload::reload_now(&state, dir.path()),
        Outcome::Rejected(_)
    ));
    let rejected = next_event(&mut events).await.unwrap();
    assert_eq!(rejected["generation"], 2);
    assert_eq!(rejected["rejected"], true);
    let html = page(&state, "/preview?locales=de").await;
    let banner = &html[html.find("<section id=\"banner\" role=\"alert\">").unwrap()..];
    let banner = &banner[..banner.find("</section>").unwrap()];
    assert!(banner.contains("The last edit is not live"), "{banner}");
    // Each finding with its place, as the checker reports it.
    let failure = state.failure().unwrap();
    let first = &failure.diagnostics[0];
    let place = format!("{}:{}:{}", first.file, first.line, first.column);
    assert!(place.starts_with("de/headers.ftl:"), "{place}");
    assert!(
        banner.contains(&format!(
            "<li class=\"error\"><code>{place}</code> error[syntax]"
        )),
        "{banner}"
    );
    assert!(
        banner.contains("timezone-incorrect-x = { $oops"),
        "{banner}"
    );
    assert!(
        html.contains("<span class=\"text\">Neu gespeichert</span>"),
        "the last good set"
    );

    // Reverting the broken part clears the banner: another event.
    std::fs::write(
        &path,
        broken.replace("timezone-incorrect-x = { $oops\n", ""),
    )
    .unwrap();
    assert_eq!(reload::reload_now(&state, dir.path()), Outcome::Unchanged);
    let cleared = next_event(&mut events).await.unwrap();
    assert_eq!(
        (
            cleared["generation"].as_u64(),
            cleared["rejected"].as_bool()
        ),
        (Some(3), Some(false))
    );

    // Shutdown ends the stream, so it does not hold the server open.
    state.begin_shutdown();
    assert_eq!(next_event(&mut events).await, None);
}

#[tokio::test]
async fn event_streams_are_bounded() {
    let (_dir, state) = edited_state(|_| {});
    let mut open = Vec::new();
    for _ in 0..super::MAX_EVENT_STREAMS {
        let (reply, body) = open_events(&state).await;
        assert_eq!(reply.status, StatusCode::OK);
        open.push(body);
    }
    let refused = send(app(Arc::clone(&state)), Method::GET, "/preview/events", &[]).await;
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        refused.json()["code"],
        ErrorCode::InterfaceDisabled.number()
    );
    // A closed stream frees its slot.
    drop(open.pop());
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let (reply, _body) = open_events(&state).await;
        if reply.status == StatusCode::OK {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the slot was never freed"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_set_that_cannot_be_read_shows_why() {
    let (dir, state) = edited_state(|_| {});
    std::fs::rename(dir.path().join("en"), dir.path().join("en-moved")).unwrap();
    assert!(matches!(
        reload::reload_now(&state, dir.path()),
        Outcome::Rejected(_)
    ));
    let html = page(&state, "/preview?locales=de").await;
    let banner = &html[html.find("<section id=\"banner\" role=\"alert\">").unwrap()..];
    let banner = &banner[..banner.find("</section>").unwrap()];
    assert!(banner.contains("`en`"), "{banner}");
    assert!(!banner.contains("<ul"), "no findings to list: {banner}");
    assert_eq!(rows(&html), ErrorCode::ALL.len(), "the last good set");
}
