//! `GET /preview`: a read-only page for translators and reviewers. One row per code, one
//! column per chosen locale, each code's text as the API sends it and, for codes with
//! values, at the values that matter for the locale; the checker's findings beside each
//! message, coverage per locale, and live updates as edits go live or are rejected.
//!
//! Routes: `/preview` (query: `locales=de,ar`, `group=users`, `findings=1`, `q=text`),
//! `/preview/events` (server-sent events, see [`events`]), and the script and style sheet.
//! The page works without its script; the script adds live updates, filtering without a
//! reload, and the value field, which asks `GET /v1/errors/{code}` itself, so a tried value
//! is rendered by the service exactly as the API renders it.
//!
//! # Cost
//!
//! Everything shown is built once per live set, on the first page request after a swap, on
//! the blocking pool: every code in every locale through the resolver, at every sample value,
//! then its HTML. The checker's findings are the report the reload gate already made. A
//! request then only filters and joins prepared strings, and the API's routes never wait for
//! any of it.

mod data;
mod events;
mod html;
mod samples;
#[cfg(test)]
mod tests;

use std::sync::{Arc, LazyLock, Weak};

use axum::body::Body;
use axum::extract::State;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, Uri};
use axum::response::Response;
use tokio::sync::{Mutex, Semaphore};

use super::routes::{SharedState, error_response, if_none_match};
use super::state::{Fnv, Loaded};
use crate::axum::{FresnsError, lenient_chain};
use crate::catalog::{ErrorCode, Group};
use data::SetData;
use html::{Live, Page, View};

pub(crate) use events::events;

/// At most this many pages may follow live updates at once; each holds a connection.
pub(crate) const MAX_EVENT_STREAMS: usize = 32;

const SCRIPT: &str = include_str!("page.js");
const STYLE: &str = include_str!("page.css");

/// A hash of each asset: its URL carries it, so browsers may keep it for good.
static SCRIPT_HASH: LazyLock<String> = LazyLock::new(|| asset_hash(SCRIPT));
static STYLE_HASH: LazyLock<String> = LazyLock::new(|| asset_hash(STYLE));

fn asset_hash(text: &str) -> String {
    format!("{:016x}", Fnv::new().write(text.as_bytes()).finish())
}

/// The page parts of the live set, and the slots for event streams.
pub(crate) struct Cache {
    /// The set the page was built for (held weakly: a set that is no longer live is freed),
    /// and its page.
    built: Mutex<Option<(Weak<Loaded>, Arc<Page>)>>,
    pub(crate) streams: Arc<Semaphore>,
}

impl Cache {
    pub(crate) fn new() -> Self {
        Cache {
            built: Mutex::new(None),
            streams: Arc::new(Semaphore::new(MAX_EVENT_STREAMS)),
        }
    }

    /// The page of `loaded`, built now if it is not yet. Concurrent requests wait for one
    /// build.
    async fn page(&self, loaded: &Arc<Loaded>) -> Option<Arc<Page>> {
        let mut built = self.built.lock().await;
        // The weak pointer keeps the allocation, so another set can never reuse its address.
        if let Some((key, page)) = built.as_ref()
            && std::ptr::eq(key.as_ptr(), Arc::as_ptr(loaded))
        {
            return Some(Arc::clone(page));
        }
        let source = Arc::clone(loaded);
        let page = tokio::task::spawn_blocking(move || {
            let started = std::time::Instant::now();
            let data = SetData::build(&source.resolver, &source.version, source.report.as_ref());
            let page = Page::new(data);
            tracing::debug!(
                version = %source.version,
                micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX),
                "built the preview page"
            );
            page
        })
        .await
        .ok()?;
        let page = Arc::new(page);
        *built = Some((Arc::downgrade(loaded), Arc::clone(&page)));
        Some(page)
    }
}

/// `GET /preview`: the page.
pub(crate) async fn page(
    State(state): State<SharedState>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    // The generation first: what is rendered is at least this new, so the script refetches
    // on any later change.
    let generation = state.generation();
    let loaded = state.current();
    let Some(page) = state.preview.page(&loaded).await else {
        let chain = lenient_chain(&loaded.resolver, &headers, None);
        let err = FresnsError::new(ErrorCode::DataAbnormal)
            .with_status(StatusCode::INTERNAL_SERVER_ERROR)
            .with_detail("the preview page could not be built; the log has why");
        return error_response(&loaded, &chain, err);
    };
    let view = view(&page, uri.query());
    let failure = state.failure();
    let script = format!("preview/page.js?v={}", *SCRIPT_HASH);
    let style = format!("preview/page.css?v={}", *STYLE_HASH);
    let live = Live {
        generation,
        failure: failure.as_ref(),
        reloading: state.locales_dir.is_some(),
        script: &script,
        style: &style,
    };
    let mut response = Response::new(Body::from(page.render(&view, &live)));
    let headers = response.headers_mut();
    headers.insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // Live data: never reused.
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // Only this page's own script and style run: even text that escaped escaping could not
    // run a script.
    headers.insert(
        HeaderName::from_static("content-security-policy"),
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    headers.insert(
        HeaderName::from_static("x-content-type-options"),
        HeaderValue::from_static("nosniff"),
    );
    response
}

/// `GET /preview/page.js`.
pub(crate) async fn script(headers: HeaderMap) -> Response {
    asset(
        &headers,
        SCRIPT,
        &SCRIPT_HASH,
        "text/javascript; charset=utf-8",
    )
}

/// `GET /preview/page.css`.
pub(crate) async fn style(headers: HeaderMap) -> Response {
    asset(&headers, STYLE, &STYLE_HASH, "text/css; charset=utf-8")
}

/// A static asset: immutable under its versioned URL, and revalidated by ETag otherwise.
fn asset(
    headers: &HeaderMap,
    body: &'static str,
    hash: &str,
    content_type: &'static str,
) -> Response {
    let etag = format!("\"{hash}\"");
    let mut response = if if_none_match(headers, &etag) {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        response
    } else {
        Response::new(Body::from(body))
    };
    let out = response.headers_mut();
    out.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    out.insert(
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    out.insert(
        HeaderName::from_static("x-content-type-options"),
        HeaderValue::from_static("nosniff"),
    );
    if let Ok(value) = HeaderValue::from_str(&etag) {
        out.insert(ETAG, value);
    }
    response
}

/// Reads the page's query. Unknown parameters are ignored; a parameter given twice counts
/// once (forms send repeated `locales`, which add up).
fn view(page: &Page, query: Option<&str>) -> View {
    let mut view = View::default();
    let mut asked = false;
    for (name, value) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
        match &*name {
            "locales" => {
                asked = true;
                for tag in value.split(',').map(str::trim).filter(|t| !t.is_empty()) {
                    match page.column(tag) {
                        Some(index) if !view.columns.contains(&index) => view.columns.push(index),
                        Some(_) => {}
                        None if view.unknown.len() < 8 => {
                            view.unknown.push(tag.chars().take(32).collect());
                        }
                        None => {}
                    }
                }
            }
            "group" => view.group = Group::ALL.into_iter().find(|g| g.name() == value),
            "findings" => view.flagged = matches!(&*value, "1" | "on" | "true"),
            "q" => view.search = value.chars().take(200).collect(),
            _ => {}
        }
    }
    if !asked {
        view.columns = page.default_columns();
    }
    view
}
