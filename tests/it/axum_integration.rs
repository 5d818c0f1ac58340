//! The axum integration as a service uses it: the example service, asked in three languages,
//! a malformed tag, a route without the layer, and the same service on a real socket.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use fresns_i18n::axum::{ClientLanguage, FresnsError};
use fresns_i18n::{Args, ErrorCode, Resolver};
use serde_json::Value;
use tower::ServiceExt;

use crate::common;

#[allow(dead_code)]
#[path = "../../examples/axum_service.rs"]
mod example;

fn resolver() -> Arc<Resolver> {
    Arc::new(Resolver::embedded().unwrap())
}

struct Reply {
    status: StatusCode,
    content_language: String,
    vary: String,
    body: Value,
}

async fn send(app: Router, method: &str, uri: &str, headers: &[(&str, &str)]) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let header = |name| {
        response
            .headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    let (status, content_language, vary) = (
        response.status(),
        header("content-language"),
        header("vary"),
    );
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    Reply {
        status,
        content_language,
        vary,
        body: serde_json::from_slice(&bytes).unwrap(),
    }
}

/// The text the resolver gives for 34306 with a two-hour wait in `tag`'s chain.
fn locked_text(resolver: &Resolver, tag: &str) -> String {
    let chain = resolver.negotiate_tag(tag).unwrap();
    let args = Args::new().with("wait", Duration::from_secs(7200));
    resolver
        .resolve(ErrorCode::LoginAttemptsExceeded, &chain, &args)
        .unwrap()
        .text
        .into_owned()
}

#[tokio::test]
async fn the_example_answers_in_three_languages() {
    let resolver = resolver();
    let cases: [(&[(&str, &str)], &str); 3] = [
        (&[], "en"),
        (&[("accept-language", "zh-TW,zh;q=0.9")], "zh-Hant"),
        (
            &[
                ("x-fresns-client-lang-tag", "de"),
                ("accept-language", "fr"),
            ],
            "de",
        ),
    ];
    let mut texts = Vec::new();
    for (headers, lang) in cases {
        let reply = send(
            example::app(Arc::clone(&resolver)),
            "POST",
            "/api/account/login",
            headers,
        )
        .await;
        assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS, "{lang}");
        assert_eq!(reply.content_language, lang);
        assert_eq!(reply.vary, "Accept-Language, X-Fresns-Client-Lang-Tag");
        assert_eq!(reply.body["code"], 34306);
        assert_eq!(reply.body["data"]["id"], "login-attempts-exceeded");
        assert_eq!(reply.body["data"]["langTag"], lang);
        let text = reply.body["message"].as_str().unwrap().to_owned();
        assert_eq!(text, locked_text(&resolver, lang), "{lang}");
        texts.push(text);
    }
    assert_eq!(
        texts[0],
        "The error has exceeded the system limit. Please log in again 2 hours later"
    );
    texts.dedup();
    assert_eq!(texts.len(), 3, "three different languages: {texts:?}");
}

#[tokio::test]
async fn a_malformed_tag_is_31401_in_the_accept_language_language() {
    let resolver = resolver();
    let reply = send(
        example::app(Arc::clone(&resolver)),
        "POST",
        "/api/account/login",
        &[
            ("x-fresns-client-lang-tag", "zh_TW"),
            ("accept-language", "ja"),
        ],
    )
    .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.body["code"], 31401);
    assert_eq!(reply.body["data"]["langTag"], "ja");
    let chain = resolver.negotiate_tag("ja").unwrap();
    assert_eq!(
        reply.body["message"],
        resolver
            .plain_text(ErrorCode::LanguageTagIncorrect, &chain)
            .as_ref()
    );
    assert!(
        reply.body["data"]["detail"]
            .as_str()
            .unwrap()
            .contains("zh_TW"),
        "{}",
        reply.body
    );
}

#[tokio::test]
async fn errors_outside_the_layer_are_english_and_the_extractor_asks_for_it() {
    async fn fails() -> Result<(), FresnsError> {
        Err(FresnsError::new(ErrorCode::LanguageTagIncorrect))
    }
    async fn wants_language(language: ClientLanguage) -> String {
        language.tag().to_owned()
    }
    let app = Router::new()
        .route("/fails", get(fails))
        .route("/language", get(wants_language));
    let reply = send(app.clone(), "GET", "/fails", &[("accept-language", "de")]).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.body["message"], "Language tag incorrect");
    assert_eq!(reply.content_language, "en");
    let reply = send(app, "GET", "/language", &[]).await;
    assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        reply.body["data"]["detail"]
            .as_str()
            .unwrap()
            .contains("Localizer"),
        "{}",
        reply.body
    );
}

#[tokio::test]
async fn the_extractor_reports_the_negotiated_language() {
    async fn language(language: ClientLanguage) -> String {
        format!(
            "{} {}",
            language.tag(),
            language.message(ErrorCode::LanguageTagIncorrect)
        )
    }
    let resolver = resolver();
    let app = Router::new()
        .route("/language", get(language))
        .layer(fresns_i18n::axum::Localizer::new(Arc::clone(&resolver)));
    let response = app
        .oneshot(
            Request::get("/language")
                .header("accept-language", "pt-BR")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let body = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    let chain = resolver.negotiate_tag("pt").unwrap();
    let expected = format!(
        "pt {}",
        resolver.plain_text(ErrorCode::LanguageTagIncorrect, &chain)
    );
    assert_eq!(String::from_utf8_lossy(&body), expected);
}

#[test]
fn the_example_serves_on_a_real_socket() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let server = runtime.spawn(async move {
        axum::serve(listener, example::app(resolver()))
            .await
            .unwrap();
    });
    let (status, headers, body) = common::http(
        addr,
        "POST",
        "/api/account/login",
        &[("X-Fresns-Client-Lang-Tag", "zh-Hant-HK")],
    );
    server.abort();
    assert_eq!(status, 429);
    assert!(
        headers
            .iter()
            .any(|(name, value)| name == "content-language" && value == "zh-Hant"),
        "{headers:?}"
    );
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["code"], 34306);
    assert_eq!(
        body["message"],
        locked_text(&Resolver::embedded().unwrap(), "zh-Hant")
    );
}
