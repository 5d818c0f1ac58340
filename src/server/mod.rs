//! The HTTP service behind `fresns-i18n serve` (feature `server`): routes, limits, live
//! reload and metrics, run inside the caller's tokio runtime.
//!
//! Routes (GET and HEAD):
//! - `/v1/errors/{code}`: one message in Fresns's envelope,
//!   `{"code":31401,"message":"…","data":{"id":"language-tag-incorrect","langTag":"en"}}`.
//!   Query parameters are message arguments (`?wait=7200`), except `lang`.
//! - `/v1/errors`: every code's plain message in one language, with an ETag.
//! - `/healthz` and `/metrics` (Prometheus text format).
//! - `/preview`: a read-only HTML page for translators and reviewers, with live updates
//!   (see `preview`).
//!
//! Errors use the same envelope with the catalog's own code, its text in the request's
//! language as `message`, and an English `data.detail`.

mod deadline;
mod limits;
mod metrics;
mod preview;
mod reload;
mod routes;
mod state;
#[cfg(test)]
mod tests;
mod timezone;

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::Request;
use axum::routing::get;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceBuilder;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tracing::Span;

use crate::resolver::Resolver;
use crate::resources::LoadError;
use state::AppState;

/// The connection layer refuses a request head (request line and headers) over this many
/// bytes with a bare 431; smaller oversized requests get the envelope (see `limits`).
const MAX_HEAD_BYTES: usize = 16 * 1024;
/// A client must send its request head within this time (stops slow-header attacks).
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// A client must take response data within this time, or the connection is closed (stops
/// clients that send requests and never read the answers).
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// A route must answer within this time.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);
/// Open connections beyond this wait to be accepted.
const MAX_CONNECTIONS: usize = 4096;
/// On SIGTERM or Ctrl-C, requests in flight get this long to finish.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Options for [`serve`].
///
/// ```
/// let mut options = fresns_i18n::server::ServeOptions::default();
/// options.addr = "127.0.0.1:0".parse()?;
/// assert!(options.locales.is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServeOptions {
    /// The address to listen on; port 0 picks a free port. Default `127.0.0.1:8080`.
    pub addr: SocketAddr,
    /// Serve `DIR/<tag>/*.ftl` instead of the embedded locales, and reload it live.
    pub locales: Option<PathBuf>,
    /// With `locales`: reload when files change (default). Without it, only SIGHUP reloads.
    pub watch: bool,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            locales: None,
            watch: true,
        }
    }
}

/// Errors that stop the server from starting.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The locales cannot be loaded.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The locales have checker errors; the server only serves sets that pass.
    #[error(
        "{origin} has {errors} checker error(s), so it is not served; run `fresns-i18n check --locales {origin}` and fix them"
    )]
    Check {
        /// The directory.
        origin: String,
        /// How many errors.
        errors: usize,
    },
    /// The address cannot be bound.
    #[error(
        "cannot listen on {addr}: {source}; pick another address with --addr (port 0 picks a free port)"
    )]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The locales directory cannot be watched.
    #[error(
        "cannot watch {path} for changes: {source}; start with --no-watch and reload with SIGHUP"
    )]
    Watch {
        /// The directory.
        path: PathBuf,
        /// The underlying error.
        source: notify::Error,
    },
    /// A signal handler cannot be installed.
    #[error("cannot listen for signals: {0}")]
    Signal(std::io::Error),
    /// A start-up task of the async runtime failed.
    #[error("the async runtime failed while starting the server: {0}")]
    Runtime(std::io::Error),
}

/// A bound, running-ready HTTP service: locales loaded and checked, socket bound, reloads
/// started. Built inside the caller's tokio runtime; installs no logger (the service logs
/// through `tracing`, and the caller chooses a subscriber).
///
/// ```no_run
/// # async fn run() -> Result<(), fresns_i18n::server::ServeError> {
/// use fresns_i18n::server::{ServeOptions, Server};
///
/// let mut options = ServeOptions::default();
/// options.addr = "127.0.0.1:0".parse().expect("an address");
/// let server = Server::bind(options).await?;
/// println!("listening on http://{}", server.local_addr());
/// server.run().await
/// # }
/// ```
pub struct Server {
    listener: TcpListener,
    local: SocketAddr,
    state: Arc<AppState>,
    /// Ends the reload tasks when the server is dropped.
    _reloads: reload::Reloads,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("local_addr", &self.local)
            .field("origin", &self.state.current().resolver.origin())
            .finish_non_exhaustive()
    }
}

impl Server {
    /// Loads the locales (refusing a set with checker errors), binds `options.addr` and starts
    /// the reload machinery: SIGHUP always, and file watching with `options.locales`.
    pub async fn bind(options: ServeOptions) -> Result<Server, ServeError> {
        let dir = options.locales.clone();
        let loaded = tokio::task::spawn_blocking(move || reload::load_initial(dir.as_deref()))
            .await
            .map_err(|err| ServeError::Runtime(std::io::Error::other(err)))??;
        let version = loaded.version.clone();
        let state = Arc::new(AppState::new(loaded, options.locales.clone()));
        let listener =
            TcpListener::bind(options.addr)
                .await
                .map_err(|source| ServeError::Bind {
                    addr: options.addr,
                    source,
                })?;
        let local = listener.local_addr().map_err(|source| ServeError::Bind {
            addr: options.addr,
            source,
        })?;
        let reloads = reload::start(Arc::clone(&state), options.locales.clone(), options.watch)?;
        tracing::info!(addr = %local, %version, origin = %state.current().resolver.origin(), "serving");
        Ok(Server {
            listener,
            local,
            state,
            _reloads: reloads,
        })
    }

    /// The address the socket is bound to (with port 0, the port picked).
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// The service's routes over its live (reloading) locale set, to mount elsewhere.
    pub fn router(&self) -> Router {
        app(Arc::clone(&self.state))
    }

    /// Serves until SIGTERM or Ctrl-C, then lets requests in flight finish.
    pub async fn run(self) -> Result<(), ServeError> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `shutdown` completes, then lets requests in flight finish.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send,
    ) -> Result<(), ServeError> {
        let app = app(Arc::clone(&self.state));
        let state = Arc::clone(&self.state);
        accept_loop(self.listener, app, shutdown, move || state.begin_shutdown()).await;
        Ok(())
    }
}

/// Runs the HTTP service on `options.addr` until SIGTERM or Ctrl-C, inside the caller's tokio
/// runtime. [`Server`] does the same in steps, for callers that need the bound address.
pub async fn serve(options: ServeOptions) -> Result<(), ServeError> {
    Server::bind(options).await?.run().await
}

/// The message routes over a fixed resolver, with their limits and layers, for mounting next
/// to a service's own routes (`Router::merge` or `Router::nest`). No socket, no reloads.
///
/// ```
/// use std::sync::Arc;
/// use fresns_i18n::Resolver;
///
/// let routes = fresns_i18n::server::router(Arc::new(Resolver::embedded()?));
/// let app: axum::Router = axum::Router::new().nest("/i18n", routes);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn router(resolver: Arc<Resolver>) -> Router {
    let version = state::version_of_resolver(&resolver);
    app(Arc::new(AppState::new(
        state::Loaded::shared(resolver, version),
        None,
    )))
}

/// Accepts connections until a shutdown signal, then calls `closing` (which ends responses
/// that would never finish by themselves) and drains them.
async fn accept_loop(
    listener: TcpListener,
    app: Router,
    shutdown: impl Future<Output = ()>,
    closing: impl FnOnce(),
) {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT)
        .max_header_size(MAX_HEAD_BYTES);
    let graceful = GracefulShutdown::new();
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => slot,
            () = &mut shutdown => break,
        };
        let Ok(slot) = slot else { break };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(err) => {
                // Usually out of file descriptors: back off instead of spinning.
                tracing::warn!("accept failed: {err}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let stream = deadline::WriteDeadline::new(stream, WRITE_TIMEOUT);
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(%peer, "connection ended: {err}");
            }
            drop(slot);
        });
    }
    drop(listener);
    closing();
    tracing::info!("shutting down: finishing requests in flight");
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("stopped"),
        () = tokio::time::sleep(SHUTDOWN_GRACE) => {
            tracing::warn!("stopped with connections still open after {SHUTDOWN_GRACE:?}");
        }
    }
}

/// Resolves on SIGTERM or Ctrl-C (SIGINT).
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// The router with every route and layer: request IDs, tracing, limits and counting, and a
/// timeout.
pub(crate) fn app(state: Arc<AppState>) -> Router {
    let layers = ServiceBuilder::new()
        .layer(SetRequestIdLayer::x_request_id(limits::MakeId::new()))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request<_>| {
                    let id = request
                        .headers()
                        .get("x-request-id")
                        .and_then(|value| value.to_str().ok())
                        .unwrap_or("");
                    tracing::info_span!(
                        "request",
                        id,
                        method = %request.method(),
                        path = %request.uri().path(),
                    )
                })
                .on_request(())
                .on_response(
                    |response: &axum::response::Response, latency: Duration, _: &Span| {
                        let status = response.status().as_u16();
                        let micros = u64::try_from(latency.as_micros()).unwrap_or(u64::MAX);
                        // Failures at info, the rest at debug: a busy server's log stays
                        // readable and cheap.
                        if status >= 400 {
                            tracing::info!(status, micros, "response");
                        } else {
                            tracing::debug!(status, micros, "response");
                        }
                    },
                ),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&state),
            limits::observe,
        ))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ));
    Router::new()
        .route("/v1/errors/{code}", get(routes::message))
        .route("/v1/errors", get(routes::catalog))
        .route("/healthz", get(routes::healthz))
        .route("/metrics", get(routes::metrics))
        .route("/preview", get(preview::page))
        .route("/preview/events", get(preview::events))
        .route("/preview/page.js", get(preview::script))
        .route("/preview/page.css", get(preview::style))
        .fallback(routes::not_found)
        .method_not_allowed_fallback(routes::method_not_allowed)
        .layer(layers)
        .with_state(state)
}
