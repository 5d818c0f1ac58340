//! Request limits, request counting and request IDs: the middleware in front of every route.

use std::sync::atomic::{AtomicU64, Ordering};

use axum::extract::{Request, State};
use axum::http::header::CONTENT_LENGTH;
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::request_id::{MakeRequestId, RequestId};

use super::metrics::Metrics;
use super::routes::{SharedState, error_response};
use crate::axum::{FresnsError, lenient_chain};
use crate::catalog::ErrorCode;

/// Request headers (names and values) may add up to this many bytes; more is 431. The
/// connection layer also refuses a request head over [`super::MAX_HEAD_BYTES`].
pub(crate) const MAX_HEADER_BYTES: usize = 8 * 1024;
/// At most this many request header lines; more is 431.
pub(crate) const MAX_HEADERS: usize = 64;
/// The query string may be this long; longer is 400 (code 30002).
pub(crate) const MAX_QUERY_BYTES: usize = 2 * 1024;
/// The routes take no body; a declared body longer than this is 413.
pub(crate) const MAX_BODY_BYTES: u64 = 1024;

/// Counts every response by route and status, and answers requests over the limits with the
/// envelope before they reach a route.
pub(crate) async fn observe(
    State(state): State<SharedState>,
    request: Request,
    next: Next,
) -> Response {
    let route = Metrics::route_label(request.uri().path());
    let response = match violation(&request) {
        Some(err) => {
            let loaded = state.current();
            // The query may be the oversized part, so only headers pick the language here.
            let chain = lenient_chain(&loaded.resolver, request.headers(), None);
            error_response(&loaded, &chain, err)
        }
        None => next.run(request).await,
    };
    state.metrics.count_request(route, response.status());
    response
}

/// The first limit the request breaks, if any.
fn violation(request: &Request) -> Option<FresnsError> {
    let headers = request.headers();
    let header_bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if headers.len() > MAX_HEADERS || header_bytes > MAX_HEADER_BYTES {
        return Some(
            FresnsError::new(ErrorCode::HeadersError)
                .with_status(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE)
                .with_detail(format!(
                    "the request has {} headers of {header_bytes} bytes; the limits are {MAX_HEADERS} headers and {MAX_HEADER_BYTES} bytes",
                    headers.len()
                )),
        );
    }
    let query = request.uri().query().map_or(0, str::len);
    if query > MAX_QUERY_BYTES {
        return Some(
            FresnsError::new(ErrorCode::ParameterValueInvalid)
                .with_status(StatusCode::BAD_REQUEST)
                .with_detail(format!(
                    "the query string is {query} bytes, over the {MAX_QUERY_BYTES}-byte limit"
                )),
        );
    }
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if let Some(length) = declared.filter(|&length| length > MAX_BODY_BYTES) {
        return Some(
            FresnsError::new(ErrorCode::ParameterError)
                .with_status(StatusCode::PAYLOAD_TOO_LARGE)
                .with_detail(format!(
                    "the request body is {length} bytes; these routes take no body (at most {MAX_BODY_BYTES} bytes are tolerated)"
                )),
        );
    }
    None
}

/// Request IDs for requests that arrive without `x-request-id`: the server's start time and a
/// counter, unique per process and sortable, with no random source needed.
#[derive(Clone)]
pub(crate) struct MakeId {
    prefix: u64,
    next: std::sync::Arc<AtomicU64>,
}

impl MakeId {
    pub(crate) fn new() -> Self {
        MakeId {
            prefix: super::state::unix_now(),
            next: std::sync::Arc::new(AtomicU64::new(1)),
        }
    }
}

impl MakeRequestId for MakeId {
    fn make_request_id<B>(&mut self, _request: &axum::http::Request<B>) -> Option<RequestId> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let value = format!("{:x}-{id:08x}", self.prefix);
        HeaderValue::from_str(&value).ok().map(RequestId::new)
    }
}
