//! The router in-process (tower `oneshot`): every route, every error, and the reload gate.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use serde_json::Value;
use tower::ServiceExt as _;

use super::reload::{self, Outcome};
use super::state::AppState;
use super::{app, limits};
use crate::catalog::ErrorCode;
use crate::resolver::Resolver;

/// One state for the tests that only read: building one checks and loads every locale.
pub(super) fn shared() -> Arc<AppState> {
    static STATE: OnceLock<Arc<AppState>> = OnceLock::new();
    Arc::clone(STATE.get_or_init(fresh))
}

fn fresh() -> Arc<AppState> {
    Arc::new(AppState::new(reload::load_initial(None).unwrap(), None))
}

/// What the library itself gives for `code` in `tag`: the service must agree with it.
fn expected(code: ErrorCode, tag: &str) -> String {
    let state = shared();
    let resolver: &Resolver = &state.current().resolver;
    let chain = resolver.negotiate_tag(tag).unwrap();
    resolver.plain_text(code, &chain).into_owned()
}

pub(super) struct Reply {
    pub(super) status: StatusCode,
    pub(super) headers: HeaderMap,
    pub(super) body: Vec<u8>,
}

impl Reply {
    pub(super) fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|err| panic!("{err}: {}", String::from_utf8_lossy(&self.body)))
    }

    pub(super) fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .map_or("", |value| value.to_str().unwrap())
    }

    /// Asserts an error envelope and returns it.
    fn error(&self, status: StatusCode, code: ErrorCode, lang: &str) -> Value {
        let body = self.json();
        assert_eq!(self.status, status, "{body}");
        assert_eq!(body["code"], code.number(), "{body}");
        assert_eq!(body["message"], expected(code, lang), "{body}");
        assert_eq!(body["data"]["id"], code.message_id(), "{body}");
        assert_eq!(body["data"]["langTag"], lang, "{body}");
        assert!(
            body["data"]["detail"]
                .as_str()
                .is_some_and(|d| !d.is_empty()),
            "{body}"
        );
        assert_eq!(self.header("content-language"), lang);
        body
    }
}

pub(super) async fn send(
    app: Router,
    method: Method,
    uri: &str,
    headers: &[(&str, &str)],
) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

async fn get(uri: &str, headers: &[(&str, &str)]) -> Reply {
    send(app(shared()), Method::GET, uri, headers).await
}

#[tokio::test]
async fn a_message_comes_in_fresns_envelope() {
    let reply = get(
        "/v1/errors/31401",
        &[("X-Fresns-Client-Lang-Tag", "zh-Hant")],
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    // Field order as Fresns sends it.
    let text = String::from_utf8(reply.body.clone()).unwrap();
    assert!(text.starts_with("{\"code\":31401,\"message\":"), "{text}");
    let body = reply.json();
    assert_eq!(
        body["message"],
        expected(ErrorCode::LanguageTagIncorrect, "zh-Hant")
    );
    assert_ne!(body["message"], "Language tag incorrect");
    assert_eq!(body["data"]["id"], "language-tag-incorrect");
    assert_eq!(body["data"]["langTag"], "zh-Hant");
    assert_eq!(
        body["data"].as_object().unwrap().len(),
        2,
        "no detail on success"
    );
    assert_eq!(reply.header("content-type"), "application/json");
    assert_eq!(reply.header("content-language"), "zh-Hant");
    assert_eq!(
        reply.header("vary"),
        "Accept-Language, X-Fresns-Client-Lang-Tag"
    );
    assert!(!reply.header("x-request-id").is_empty());
}

#[tokio::test]
async fn english_is_fresns_own_text_and_the_default() {
    let body = get("/v1/errors/31401", &[]).await.json();
    assert_eq!(body["message"], "Language tag incorrect");
    assert_eq!(body["data"]["langTag"], "en");
    // A message ID works as well as the number.
    let body = get("/v1/errors/language-tag-incorrect", &[]).await.json();
    assert_eq!(body["code"], 31401);
}

#[tokio::test]
async fn the_header_beats_lang_which_beats_accept_language() {
    let all = [
        ("X-Fresns-Client-Lang-Tag", "de"),
        ("Accept-Language", "ja"),
    ];
    let lang_of = |reply: Reply| reply.json()["data"]["langTag"].as_str().unwrap().to_owned();
    assert_eq!(lang_of(get("/v1/errors/31401?lang=fr", &all).await), "de");
    assert_eq!(
        lang_of(get("/v1/errors/31401?lang=fr", &all[1..]).await),
        "fr"
    );
    assert_eq!(lang_of(get("/v1/errors/31401", &all[1..]).await), "ja");
    // Accept-Language is lenient: junk is skipped, q-values order the rest.
    let lenient = [("Accept-Language", "!!, ko;q=0.5, zh-TW;q=0.9")];
    assert_eq!(lang_of(get("/v1/errors/31401", &lenient).await), "zh-Hant");
    // A well-formed tag with no locale falls back to en rather than failing.
    assert_eq!(lang_of(get("/v1/errors/31401?lang=tlh", &[]).await), "en");
}

#[tokio::test]
async fn query_parameters_are_message_arguments() {
    let body = get("/v1/errors/34306?wait=7200", &[]).await.json();
    assert_eq!(
        body["message"],
        "The error has exceeded the system limit. Please log in again 2 hours later"
    );
    let body = get("/v1/errors/34105?min=8&max=32&lang=en", &[])
        .await
        .json();
    assert_eq!(body["message"], "Password must be 8 to 32 characters long");
    // Percent-encoding is decoded: 10%20MB is "10 MB".
    let reply = get("/v1/errors/36113?size=10%20MB", &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json());
}

#[tokio::test]
async fn a_malformed_header_tag_is_31401_in_the_next_usable_language() {
    let reply = get(
        "/v1/errors/31402",
        &[
            ("X-Fresns-Client-Lang-Tag", "zh_CN"),
            ("Accept-Language", "de"),
        ],
    )
    .await;
    let body = reply.error(
        StatusCode::BAD_REQUEST,
        ErrorCode::LanguageTagIncorrect,
        "de",
    );
    assert!(body["data"]["detail"].as_str().unwrap().contains("not `_`"));
    // With nothing else to go on, the error is in English.
    let reply = get("/v1/errors/31402", &[("X-Fresns-Client-Lang-Tag", "")]).await;
    reply.error(
        StatusCode::BAD_REQUEST,
        ErrorCode::LanguageTagIncorrect,
        "en",
    );
    // Bytes that are not text are a malformed tag too, not a crash.
    let request = Request::get("/v1/errors/31402")
        .header(
            "X-Fresns-Client-Lang-Tag",
            axum::http::HeaderValue::from_bytes(b"d\xffe").unwrap(),
        )
        .body(Body::empty())
        .unwrap();
    let response = app(shared()).oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_malformed_lang_parameter_is_31401() {
    let reply = get("/v1/errors/31402?lang=fr_FR", &[("Accept-Language", "fr")]).await;
    reply.error(
        StatusCode::BAD_REQUEST,
        ErrorCode::LanguageTagIncorrect,
        "fr",
    );
}

#[tokio::test]
async fn a_bad_timezone_is_31402_in_the_request_language() {
    for bad in ["Asia/Shanghai", "+8:00", "+15", "+5.3", ""] {
        let reply = get(
            "/v1/errors/31401?lang=fr",
            &[("X-Fresns-Client-Timezone", bad)],
        )
        .await;
        reply.error(StatusCode::BAD_REQUEST, ErrorCode::TimezoneIncorrect, "fr");
    }
    for good in ["+8", "-11.5", "+5.75", "0"] {
        let reply = get("/v1/errors/31401", &[("X-Fresns-Client-Timezone", good)]).await;
        assert_eq!(reply.status, StatusCode::OK, "{good}");
    }
}

#[tokio::test]
async fn an_unknown_code_is_404_with_30002() {
    for path in [
        "/v1/errors/99999",
        "/v1/errors/no-such-message",
        "/v1/errors/%F0%9F%92%A5",
    ] {
        let reply = get(path, &[("Accept-Language", "de")]).await;
        reply.error(
            StatusCode::NOT_FOUND,
            ErrorCode::ParameterValueInvalid,
            "de",
        );
    }
}

#[tokio::test]
async fn percent_encoded_codes_are_decoded() {
    for path in [
        "/v1/errors/%33%31%34%30%31",
        "/v1/errors/language%2Dtag%2Dincorrect",
    ] {
        let reply = get(path, &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{path}");
        assert_eq!(reply.json()["code"], 31401, "{path}");
    }
    // Not UTF-8 once decoded: no code, in the envelope.
    let reply = get("/v1/errors/%FF", &[]).await;
    reply.error(
        StatusCode::NOT_FOUND,
        ErrorCode::ParameterValueInvalid,
        "en",
    );
}

#[tokio::test]
async fn argument_errors_name_their_codes() {
    let lang = [("X-Fresns-Client-Lang-Tag", "ja")];
    // A bad value.
    let reply = get("/v1/errors/34306?wait=soon", &lang).await;
    let body = reply.error(
        StatusCode::BAD_REQUEST,
        ErrorCode::ParameterValueInvalid,
        "ja",
    );
    assert!(body["data"]["detail"].as_str().unwrap().contains("`wait`"));
    // A required argument missing while another is given.
    let reply = get("/v1/errors/34105?min=8", &lang).await;
    let body = reply.error(StatusCode::BAD_REQUEST, ErrorCode::ParameterMissing, "ja");
    assert!(body["data"]["detail"].as_str().unwrap().contains("`max`"));
    // An argument the code does not take: the library's code for it, 30000.
    let reply = get("/v1/errors/31401?wiat=5", &lang).await;
    reply.error(StatusCode::BAD_REQUEST, ErrorCode::ParameterError, "ja");
    // The same parameter twice.
    let reply = get("/v1/errors/34306?wait=1&wait=2", &lang).await;
    reply.error(
        StatusCode::BAD_REQUEST,
        ErrorCode::ParameterValueInvalid,
        "ja",
    );
}

#[tokio::test]
async fn the_catalog_has_every_code_and_revalidates_with_its_etag() {
    let reply = get("/v1/errors?lang=de", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = reply.json();
    assert_eq!(body["code"], 0);
    assert_eq!(body["data"]["langTag"], "de");
    let messages = body["data"]["messages"].as_object().unwrap();
    assert_eq!(messages.len(), ErrorCode::ALL.len());
    assert_eq!(
        messages["31401"],
        expected(ErrorCode::LanguageTagIncorrect, "de")
    );
    assert_eq!(reply.header("content-language"), "de");
    assert_eq!(reply.header("cache-control"), "no-cache");
    let etag = reply.header("etag").to_owned();
    assert!(
        etag.starts_with('"') && etag.ends_with('"'),
        "a strong ETag: {etag}"
    );

    let again = get("/v1/errors?lang=de", &[("If-None-Match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), etag);
    assert_eq!(again.header("content-language"), "de");
    // The same language asked for another way is the same document.
    let header = [("X-Fresns-Client-Lang-Tag", "de"), ("If-None-Match", &etag)];
    assert_eq!(
        get("/v1/errors", &header).await.status,
        StatusCode::NOT_MODIFIED
    );
    // Another language is another document.
    let french = get("/v1/errors?lang=fr", &[("If-None-Match", &etag)]).await;
    assert_eq!(french.status, StatusCode::OK);
    assert_ne!(french.header("etag"), etag);
}

#[tokio::test]
async fn the_catalog_checks_language_and_timezone_too() {
    let reply = get("/v1/errors?lang=x!", &[("Accept-Language", "ko")]).await;
    reply.error(
        StatusCode::BAD_REQUEST,
        ErrorCode::LanguageTagIncorrect,
        "ko",
    );
    let reply = get("/v1/errors", &[("X-Fresns-Client-Timezone", "UTC")]).await;
    reply.error(StatusCode::BAD_REQUEST, ErrorCode::TimezoneIncorrect, "en");
    let reply = get("/v1/errors?lang=de&lang=fr", &[]).await;
    reply.error(
        StatusCode::BAD_REQUEST,
        ErrorCode::ParameterValueInvalid,
        "en",
    );
}

#[tokio::test]
async fn unknown_routes_are_404_and_other_methods_405() {
    let reply = get("/v2/errors", &[("Accept-Language", "es")]).await;
    reply.error(StatusCode::NOT_FOUND, ErrorCode::ParameterError, "es");
    let reply = get("/v1/errors/", &[]).await;
    reply.error(StatusCode::NOT_FOUND, ErrorCode::ParameterError, "en");

    for path in ["/v1/errors/31401", "/v1/errors", "/healthz", "/metrics"] {
        let reply = send(app(shared()), Method::POST, path, &[]).await;
        reply.error(
            StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::ParameterError,
            "en",
        );
        assert!(reply.header("allow").contains("GET"), "{path}");
    }
    let reply = send(app(shared()), Method::HEAD, "/v1/errors/31401", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(reply.body.is_empty());
}

#[tokio::test]
async fn oversized_requests_are_refused_in_the_envelope() {
    let big = "x".repeat(limits::MAX_HEADER_BYTES);
    let reply = get(
        "/v1/errors/31401",
        &[("X-Padding", &big), ("Accept-Language", "it")],
    )
    .await;
    reply.error(
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        ErrorCode::HeadersError,
        "it",
    );

    let names: Vec<String> = (0..=limits::MAX_HEADERS)
        .map(|i| format!("x-h{i}"))
        .collect();
    let many: Vec<(&str, &str)> = names.iter().map(|name| (name.as_str(), "1")).collect();
    let reply = get("/healthz", &many).await;
    reply.error(
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        ErrorCode::HeadersError,
        "en",
    );

    let length = (limits::MAX_BODY_BYTES + 1).to_string();
    let reply = get("/v1/errors/31401", &[("Content-Length", &length)]).await;
    reply.error(
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::ParameterError,
        "en",
    );

    let long = format!(
        "/v1/errors/31401?wait={}",
        "1".repeat(limits::MAX_QUERY_BYTES)
    );
    let reply = get(&long, &[]).await;
    reply.error(
        StatusCode::BAD_REQUEST,
        ErrorCode::ParameterValueInvalid,
        "en",
    );
}

#[tokio::test]
async fn healthz_reports_the_loaded_set() {
    let reply = get("/healthz", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    let body = reply.json();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["version"], shared().current().version);
    assert_eq!(body["origin"], "embedded locales");
    assert_eq!(body["reload"]["enabled"], false);
    assert!(body["reload"]["lastFailure"].is_null());
    let locales = body["locales"].as_array().unwrap();
    assert!(locales.iter().any(|l| l == "en") && locales.iter().any(|l| l == "zh-Hant"));
}

#[tokio::test]
async fn metrics_count_requests_and_resolves() {
    let state = fresh();
    let router = app(Arc::clone(&state));
    send(router.clone(), Method::GET, "/v1/errors/31401", &[]).await;
    send(router.clone(), Method::GET, "/v1/errors/31401", &[]).await;
    send(router.clone(), Method::GET, "/v1/errors/99999", &[]).await;
    send(router.clone(), Method::GET, "/nope", &[]).await;
    let reply = send(router, Method::GET, "/metrics", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert!(
        reply
            .header("content-type")
            .starts_with("text/plain; version=0.0.4")
    );
    let text = String::from_utf8(reply.body).unwrap();
    for line in [
        "fresns_i18n_http_requests_total{route=\"/v1/errors/{code}\",status=\"200\"} 2\n",
        "fresns_i18n_http_requests_total{route=\"/v1/errors/{code}\",status=\"404\"} 1\n",
        "fresns_i18n_http_requests_total{route=\"other\",status=\"404\"} 1\n",
        "fresns_i18n_resolve_duration_seconds_count 2\n",
        "fresns_i18n_reloads_total{result=\"ok\"} 0\n",
        "fresns_i18n_last_reload_failed 0\n",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    let version = &state.current().version;
    assert!(text.contains(&format!("version=\"{version}\"")), "{text}");
}

/// A copy of the shipped locales that a test may edit.
pub(super) fn locales_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for locale in std::fs::read_dir(source).unwrap() {
        let locale = locale.unwrap();
        if !locale.path().is_dir() {
            continue;
        }
        let target = dir.path().join(locale.file_name());
        std::fs::create_dir(&target).unwrap();
        for file in std::fs::read_dir(locale.path()).unwrap() {
            let file = file.unwrap();
            std::fs::copy(file.path(), target.join(file.file_name())).unwrap();
        }
    }
    dir
}

/// Replaces the German text of 31401 in a locales copy.
pub(super) fn set_german_31401(dir: &Path, text: &str) {
    let path = dir.join("de/headers.ftl");
    let source = std::fs::read_to_string(&path).unwrap();
    let edited: Vec<String> = source
        .lines()
        .map(|line| {
            if line.starts_with("language-tag-incorrect =") {
                format!("language-tag-incorrect = {text}")
            } else {
                line.to_owned()
            }
        })
        .collect();
    std::fs::write(&path, edited.join("\n") + "\n").unwrap();
}

#[tokio::test]
async fn a_broken_edit_is_held_back_and_the_fix_goes_live() {
    let dir = locales_copy();
    let loaded = reload::load_initial(Some(dir.path())).unwrap();
    let state = Arc::new(AppState::new(loaded, Some(dir.path().to_path_buf())));
    let german = |state: &Arc<AppState>| {
        let state = Arc::clone(state);
        async move {
            let reply = send(app(state), Method::GET, "/v1/errors/31401?lang=de", &[]).await;
            reply.json()["message"].as_str().unwrap().to_owned()
        }
    };
    let before = german(&state).await;
    let first_version = state.current().version.clone();
    assert_eq!(reload::reload_now(&state, dir.path()), Outcome::Unchanged);

    // A broken edit: a syntax error, and the new text beside it must not go live either.
    set_german_31401(dir.path(), "Neuer Text");
    let path = dir.path().join("de/headers.ftl");
    let mut broken = std::fs::read_to_string(&path).unwrap();
    broken.push_str("timezone-incorrect-x = { $oops\n");
    std::fs::write(&path, broken).unwrap();
    let Outcome::Rejected(failure) = reload::reload_now(&state, dir.path()) else {
        panic!("a set with a syntax error went live");
    };
    assert!(failure.errors >= 1);
    assert!(
        failure
            .diagnostics
            .iter()
            .any(|d| d.to_string().contains("de/headers.ftl")),
        "{failure:?}"
    );
    assert_eq!(german(&state).await, before);
    assert_eq!(state.current().version, first_version);
    let health = send(app(Arc::clone(&state)), Method::GET, "/healthz", &[])
        .await
        .json();
    assert_eq!(health["status"], "degraded");
    assert_eq!(health["reload"]["failed"], 1);
    let last = &health["reload"]["lastFailure"];
    assert!(
        last["diagnostics"][0]
            .as_str()
            .unwrap()
            .contains("de/headers.ftl"),
        "{health}"
    );
    // The same broken files again are not counted twice.
    assert!(matches!(
        reload::reload_now(&state, dir.path()),
        Outcome::Rejected(_)
    ));
    assert_eq!(state.metrics.reloads(), (0, 1));

    // The fix: the new text without the syntax error.
    set_german_31401(dir.path(), "Neuer Text");
    let path_text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        path_text.replace("timezone-incorrect-x = { $oops\n", ""),
    )
    .unwrap();
    assert!(matches!(
        reload::reload_now(&state, dir.path()),
        Outcome::Swapped { .. }
    ));
    assert_eq!(german(&state).await, "Neuer Text");
    assert_ne!(state.current().version, first_version);
    let health = send(app(Arc::clone(&state)), Method::GET, "/healthz", &[])
        .await
        .json();
    assert_eq!(health["status"], "ok");
    assert_eq!(health["version"], state.current().version);
    assert_eq!(state.metrics.reloads(), (1, 1));
}

/// A set read while a locale file was being written may hold half a file: it is neither
/// served nor reported broken, and the same files are judged once the write is over.
#[tokio::test]
async fn a_set_read_during_a_write_is_neither_served_nor_reported() {
    let dir = locales_copy();
    let loaded = reload::load_initial(Some(dir.path())).unwrap();
    let state = Arc::new(AppState::new(loaded, Some(dir.path().to_path_buf())));
    let version = state.current().version.clone();
    let path = dir.path().join("de/headers.ftl");
    let whole = std::fs::read_to_string(&path).unwrap();

    // Half a file that does not parse, and one that does.
    let cut = whole.find("language-tag-incorrect =").unwrap();
    std::fs::write(
        &path,
        format!("{}language-tag-incorrect = {{", &whole[..cut]),
    )
    .unwrap();
    let (yes, no) = (|| true, || false);
    assert_eq!(
        reload::reload_settled(&state, dir.path(), &yes, &no),
        Outcome::Deferred
    );
    std::fs::write(&path, &whole).unwrap();
    set_german_31401(dir.path(), "Halb");
    assert_eq!(
        reload::reload_settled(&state, dir.path(), &yes, &no),
        Outcome::Deferred
    );
    assert_eq!(state.current().version, version);
    assert_eq!(state.failure(), None);
    assert_eq!(state.metrics.reloads(), (0, 0));

    assert!(matches!(
        reload::reload_settled(&state, dir.path(), &no, &no),
        Outcome::Swapped { .. }
    ));
    let reply = send(app(state), Method::GET, "/v1/errors/31401?lang=de", &[]).await;
    assert_eq!(reply.json()["message"], "Halb");
}

#[tokio::test]
async fn a_set_that_cannot_be_read_is_held_back() {
    let dir = locales_copy();
    let loaded = reload::load_initial(Some(dir.path())).unwrap();
    let state = Arc::new(AppState::new(loaded, Some(dir.path().to_path_buf())));
    std::fs::rename(dir.path().join("en"), dir.path().join("en-moved")).unwrap();
    let Outcome::Rejected(failure) = reload::reload_now(&state, dir.path()) else {
        panic!("a set without en went live");
    };
    assert!(failure.reason.contains("`en`"), "{failure:?}");
    let reply = send(app(state), Method::GET, "/v1/errors/31401", &[]).await;
    assert_eq!(reply.json()["message"], "Language tag incorrect");
}

#[test]
fn a_directory_with_checker_errors_is_not_served_at_start() {
    let dir = locales_copy();
    std::fs::write(
        dir.path().join("de/headers.ftl"),
        "language-tag-incorrect = {\n",
    )
    .unwrap();
    let err = reload::load_initial(Some(dir.path())).err().unwrap();
    assert!(
        matches!(err, super::ServeError::Check { errors, .. } if errors > 0),
        "{err}"
    );
}

/// An edit saved after the initial load but before the watcher started still goes live.
#[tokio::test]
async fn an_edit_made_before_the_watcher_started_goes_live() {
    let dir = locales_copy();
    let loaded = reload::load_initial(Some(dir.path())).unwrap();
    let state = Arc::new(AppState::new(loaded, Some(dir.path().to_path_buf())));
    let version = state.current().version.clone();
    set_german_31401(dir.path(), "Vor dem Start gespeichert");
    let _reloads = reload::start(Arc::clone(&state), Some(dir.path().to_path_buf()), true).unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while state.current().version == version {
        assert!(
            std::time::Instant::now() < deadline,
            "the early edit never went live"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let reply = send(
        app(Arc::clone(&state)),
        Method::GET,
        "/v1/errors/31401?lang=de",
        &[],
    )
    .await;
    assert_eq!(reply.json()["message"], "Vor dem Start gespeichert");
}
