//! `GET /preview/events`: server-sent events, one each time what is served or reported
//! changes (an edit went live, was rejected, or a rejected edit was reverted), so open pages
//! fetch themselves again.
//!
//! Each event's data is `{"generation":N,"version":"…","rejected":bool}`; the page compares the
//! generation with the one it was rendered at. The first event describes the state on
//! connecting, so a page that reconnects after missing events catches up.

use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use hyper::body::Frame;
use serde_json::json;
use tokio::sync::mpsc;

use super::MAX_EVENT_STREAMS;
use crate::axum::{FresnsError, lenient_chain};
use crate::catalog::ErrorCode;
use crate::server::routes::{SharedState, error_response};
use crate::server::state::AppState;

/// A comment line this often keeps idle connections (and proxies) from timing out.
const KEEP_ALIVE: Duration = Duration::from_secs(15);
/// How long a disconnected page waits before reconnecting.
const RETRY_MILLIS: u64 = 1_000;

pub(crate) async fn events(State(state): State<SharedState>, headers: HeaderMap) -> Response {
    let Ok(slot) = Arc::clone(&state.preview.streams).try_acquire_owned() else {
        let loaded = state.current();
        let chain = lenient_chain(&loaded.resolver, &headers, None);
        let err = FresnsError::new(ErrorCode::InterfaceDisabled)
            .with_status(StatusCode::SERVICE_UNAVAILABLE)
            .with_detail(format!(
                "at most {MAX_EVENT_STREAMS} preview event streams are open at once; close a preview tab"
            ));
        return error_response(&loaded, &chain, err);
    };
    let (tx, rx) = mpsc::channel::<Bytes>(4);
    let mut changes = state.subscribe();
    let mut closing = state.closing();
    tokio::spawn(async move {
        // Held while the stream is open.
        let _slot = slot;
        let mut first = true;
        if *closing.borrow_and_update() {
            return;
        }
        loop {
            let generation = *changes.borrow_and_update();
            if tx.send(frame(&state, generation, first)).await.is_err() {
                return;
            }
            first = false;
            loop {
                tokio::select! {
                    changed = changes.changed() => {
                        if changed.is_err() {
                            return;
                        }
                        break;
                    }
                    () = tokio::time::sleep(KEEP_ALIVE) => {
                        if tx.send(Bytes::from_static(b": keep-alive\n\n")).await.is_err() {
                            return;
                        }
                    }
                    () = tx.closed() => return,
                    // It only ever turns true.
                    _ = closing.changed() => return,
                }
            }
        }
    });
    let mut response = Response::new(Body::new(EventBody(rx)));
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream; charset=utf-8"),
    );
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// One event in the wire format: `id:` and `data:` lines and a blank line.
fn frame(state: &AppState, generation: u64, first: bool) -> Bytes {
    let loaded = state.current();
    let data = json!({
        "generation": generation,
        "version": loaded.version,
        "rejected": state.failure().is_some(),
    });
    let retry = if first {
        format!("retry: {RETRY_MILLIS}\n")
    } else {
        String::new()
    };
    Bytes::from(format!("{retry}id: {generation}\ndata: {data}\n\n"))
}

/// The response body: whatever the stream's task sends, until it stops.
struct EventBody(mpsc::Receiver<Bytes>);

impl hyper::body::Body for EventBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0
            .poll_recv(cx)
            .map(|chunk| chunk.map(|bytes| Ok(Frame::data(bytes))))
    }
}
