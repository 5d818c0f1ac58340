//! The HTTP service as a library: its routes mounted in another router, and a server bound and
//! stopped inside the caller's own tokio runtime.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use fresns_i18n::server::{ServeOptions, Server, router};
use fresns_i18n::{ErrorCode, Resolver};
use serde_json::Value;
use tower::ServiceExt;

use crate::common;

#[tokio::test]
async fn the_routes_mount_under_another_service() {
    let resolver = Arc::new(Resolver::embedded().unwrap());
    let app = Router::new().nest("/i18n", router(Arc::clone(&resolver)));
    let response = app
        .oneshot(
            Request::get("/i18n/v1/errors/31401?lang=zh-TW")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    let body: Value = serde_json::from_slice(&body).unwrap();
    let chain = resolver.negotiate_tag("zh-Hant").unwrap();
    assert_eq!(
        body["message"],
        resolver
            .plain_text(ErrorCode::LanguageTagIncorrect, &chain)
            .as_ref()
    );
    assert_eq!(body["data"]["langTag"], "zh-Hant");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_runs_and_stops_inside_the_callers_runtime() {
    let mut options = ServeOptions::default();
    options.addr = "127.0.0.1:0".parse().unwrap();
    let server = Server::bind(options).await.unwrap();
    let addr = server.local_addr();
    assert_ne!(addr.port(), 0);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(server.run_until(async {
        let _ = stopped.await;
    }));
    let (status, _, body) = tokio::task::spawn_blocking(move || {
        common::http(
            addr,
            "GET",
            "/v1/errors/31401",
            &[("Accept-Language", "ko")],
        )
    })
    .await
    .unwrap();
    assert_eq!(status, 200);
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["data"]["langTag"], "ko");
    stop.send(()).unwrap();
    let finished = tokio::time::timeout(std::time::Duration::from_secs(15), running)
        .await
        .expect("the server stops once asked");
    finished.unwrap().unwrap();
    // The socket is closed: nothing listens any more.
    assert!(std::net::TcpStream::connect(addr).is_err());
}
