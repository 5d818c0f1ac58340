//! A small service behind a Fresns client: one route that fails with a Fresns error in the
//! client's language.
//!
//! ```text
//! cargo run --example axum_service --features axum -- 127.0.0.1:3000
//! curl -i -X POST -H 'X-Fresns-Client-Lang-Tag: zh-Hant' http://127.0.0.1:3000/api/account/login
//! ```

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::routing::post;
use fresns_i18n::axum::{ClientLanguage, FresnsError, Localizer};
use fresns_i18n::{ErrorCode, Resolver};

/// Every attempt fails: the account is locked for two hours. Taking `ClientLanguage` makes a
/// malformed `X-Fresns-Client-Lang-Tag` error 31401 before the handler runs.
async fn login(_language: ClientLanguage) -> Result<&'static str, FresnsError> {
    Err(FresnsError::new(ErrorCode::LoginAttemptsExceeded).with("wait", Duration::from_secs(7200)))
}

/// The service's routes, with errors localized by one layer.
pub fn app(resolver: Arc<Resolver>) -> Router {
    Router::new()
        .route("/api/account/login", post(login))
        .layer(Localizer::new(resolver))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let resolver = Arc::new(Resolver::embedded()?);
    let addr = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app(resolver)).await?;
    Ok(())
}
