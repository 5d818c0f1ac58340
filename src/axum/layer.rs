//! [`Localizer`]: the layer that negotiates each request's language, and [`ClientLanguage`],
//! the extractor that hands it to a handler.

use std::borrow::Cow;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{Request, StatusCode};
use axum::response::Response;
use tower_layer::Layer;
use tower_service::Service;

use super::error::FresnsError;
use super::language::{lenient_chain, strict_chain};
use crate::catalog::ErrorCode;
use crate::format::args::Args;
use crate::negotiate::TagError;
use crate::resolver::{FallbackChain, ResolveError, Resolved, Resolver};

tokio::task_local! {
    /// The language errors are rendered in while a request is handled.
    static CURRENT: (Arc<Resolver>, FallbackChain);
}

/// The resolver and chain of the request being handled, when inside a [`Localizer`].
pub(super) fn current_language() -> Option<(Arc<Resolver>, FallbackChain)> {
    CURRENT
        .try_with(|(resolver, chain)| (Arc::clone(resolver), *chain))
        .ok()
}

type Source = Arc<dyn Fn() -> Arc<Resolver> + Send + Sync>;

/// A tower layer that negotiates each request's language and renders the [`FresnsError`]s
/// returned under it in that language.
///
/// Mount it on the routes (or the whole router) whose errors should be localized:
/// `Router::new().route(…).layer(Localizer::new(resolver))`.
#[derive(Clone)]
pub struct Localizer {
    source: Source,
}

impl Localizer {
    /// Serves every request from one resolver.
    pub fn new(resolver: Arc<Resolver>) -> Self {
        Localizer {
            source: Arc::new(move || Arc::clone(&resolver)),
        }
    }

    /// Asks `current` for the resolver on each request, so a service that reloads its
    /// translations (for example from an `ArcSwap`) serves each request from one whole set.
    pub fn from_fn(current: impl Fn() -> Arc<Resolver> + Send + Sync + 'static) -> Self {
        Localizer {
            source: Arc::new(current),
        }
    }
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer").finish_non_exhaustive()
    }
}

impl<S> Layer<S> for Localizer {
    type Service = LocalizeService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        LocalizeService {
            inner,
            source: Arc::clone(&self.source),
        }
    }
}

/// The service [`Localizer`] wraps around the routes.
#[derive(Clone)]
pub struct LocalizeService<S> {
    inner: S,
    source: Source,
}

impl<S: fmt::Debug> fmt::Debug for LocalizeService<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LocalizeService")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

/// What the layer found out about a request, for [`ClientLanguage`].
#[derive(Clone)]
struct Negotiated {
    resolver: Arc<Resolver>,
    strict: Result<FallbackChain, TagError>,
}

impl<S, B> Service<Request<B>> for LocalizeService<S>
where
    S: Service<Request<B>, Response = Response>,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        let resolver = (self.source)();
        let strict = strict_chain(&resolver, request.headers(), None);
        // A malformed tag is the extractor's to reject; errors are still worded as well as
        // the rest of the request allows.
        let chain = match &strict {
            Ok(chain) => *chain,
            Err(_) => lenient_chain(&resolver, request.headers(), None),
        };
        request.extensions_mut().insert(Negotiated {
            resolver: Arc::clone(&resolver),
            strict,
        });
        Box::pin(CURRENT.scope((resolver, chain), self.inner.call(request)))
    }
}

/// The request's language, negotiated by [`Localizer`]: an extractor.
///
/// A malformed `X-Fresns-Client-Lang-Tag` rejects the request with error 31401 in the best
/// language the rest of the request allows.
///
/// ```
/// use fresns_i18n::ErrorCode;
/// use fresns_i18n::axum::ClientLanguage;
///
/// async fn language(lang: ClientLanguage) -> String {
///     let text = lang.message(ErrorCode::LanguageTagIncorrect);
///     format!("{}: {text}", lang.tag())
/// }
/// ```
#[derive(Clone)]
pub struct ClientLanguage {
    resolver: Arc<Resolver>,
    chain: FallbackChain,
}

impl ClientLanguage {
    /// The fallback chain, best locale first.
    pub fn chain(&self) -> FallbackChain {
        self.chain
    }

    /// The resolver the chain belongs to.
    pub fn resolver(&self) -> &Resolver {
        &self.resolver
    }

    /// The tag of the best locale, e.g. `zh-Hant`.
    pub fn tag(&self) -> &str {
        self.resolver
            .chain_tags(&self.chain)
            .first()
            .copied()
            .unwrap_or(crate::DEFAULT_LOCALE)
    }

    /// A message with values, in this language.
    pub fn resolve(&self, code: ErrorCode, args: &Args) -> Result<Resolved<'_>, ResolveError> {
        self.resolver.resolve(code, &self.chain, args)
    }

    /// A message's plain text in this language.
    pub fn message(&self, code: ErrorCode) -> Cow<'_, str> {
        self.resolver.plain_text(code, &self.chain)
    }
}

impl fmt::Debug for ClientLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientLanguage")
            .field("chain", &self.resolver.chain_tags(&self.chain))
            .finish()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ClientLanguage {
    type Rejection = FresnsError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, FresnsError> {
        let Some(negotiated) = parts.extensions.get::<Negotiated>() else {
            return Err(FresnsError::new(ErrorCode::DataAbnormal)
                .with_status(StatusCode::INTERNAL_SERVER_ERROR)
                .with_detail(
                    "ClientLanguage needs the fresns_i18n::axum::Localizer layer on this route",
                ));
        };
        match &negotiated.strict {
            Ok(chain) => Ok(ClientLanguage {
                resolver: Arc::clone(&negotiated.resolver),
                chain: *chain,
            }),
            Err(err) => Err(FresnsError::from(err.clone())),
        }
    }
}
