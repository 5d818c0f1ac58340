//! The routes: one message, the whole catalog, health and metrics, and the error envelope.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, ETAG, HeaderName, IF_NONE_MATCH};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::Response;
use serde::Serialize;
use serde_json::json;

use super::metrics::SetInfo;
use super::state::{AppState, Fnv, Loaded};
use super::timezone;
use crate::axum::{
    Envelope, FresnsError, MessageData, json_response, lenient_chain, set_language_headers,
    strict_chain,
};
use crate::catalog::ErrorCode;
use crate::format::args::Args;
use crate::resolver::{FallbackChain, ResolveError};
use crate::resources::DEFAULT_LOCALE;

pub(crate) type SharedState = Arc<AppState>;

/// The client's UTC offset; a malformed one is error 31402.
pub(crate) const TIMEZONE_HEADER: HeaderName = HeaderName::from_static("x-fresns-client-timezone");
/// The query parameter that picks the language; every other parameter is a message argument.
const LANG_PARAM: &str = "lang";

/// A failed request: the catalog code that names the problem, its HTTP status, and an English
/// detail for the developer reading the response.
fn api_error(status: StatusCode, code: ErrorCode, detail: impl Into<String>) -> FresnsError {
    FresnsError::new(code)
        .with_status(status)
        .with_detail(detail)
}

/// The query and the language chain of a request, after the checks both message routes
/// share (query size, strict tags, timezone); an error is already a response, worded in the
/// best language the request still allows.
fn request_language(
    loaded: &Loaded,
    uri: &Uri,
    headers: &HeaderMap,
) -> Result<(Query, FallbackChain), Box<Response>> {
    let resolver = &loaded.resolver;
    let query = Query::parse(uri.query()).map_err(|err| {
        Box::new(error_response(
            loaded,
            &lenient_chain(resolver, headers, None),
            err,
        ))
    })?;
    let chain = strict_chain(resolver, headers, query.lang.as_deref()).map_err(|err| {
        let chain = lenient_chain(resolver, headers, query.lang.as_deref());
        let err = FresnsError::from(err).with_status(StatusCode::BAD_REQUEST);
        Box::new(error_response(loaded, &chain, err))
    })?;
    check_timezone(headers).map_err(|err| Box::new(error_response(loaded, &chain, err)))?;
    Ok((query, chain))
}

/// `GET /v1/errors/{code}`: one message in the request's language.
pub(crate) async fn message(
    State(state): State<SharedState>,
    path: Result<Path<String>, PathRejection>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loaded = state.current();
    let resolver = &loaded.resolver;
    let (query, chain) = match request_language(&loaded, &uri, &headers) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    // Percent-decoded by the extractor (`/v1/errors/%33%31%34%30%31` is 31401); a segment that
    // does not decode to UTF-8 is no code either.
    let raw = path.map(|Path(raw)| raw).unwrap_or_default();
    let code = match raw.parse::<ErrorCode>() {
        Ok(code) => code,
        Err(_) => {
            let shown: String = raw.chars().take(32).collect();
            let detail = format!(
                "there is no error code `{shown}`; GET /v1/errors lists every code in the catalog"
            );
            let err = api_error(
                StatusCode::NOT_FOUND,
                ErrorCode::ParameterValueInvalid,
                detail,
            );
            return error_response(&loaded, &chain, err);
        }
    };
    let mut args = Args::new();
    for (name, value) in &query.args {
        if let Err(err) = args.set_parsed(code, name, value) {
            let err = FresnsError::from(err).with_status(StatusCode::BAD_REQUEST);
            return error_response(&loaded, &chain, err);
        }
    }
    let started = Instant::now();
    let resolved = resolver.resolve(code, &chain, &args);
    state.metrics.observe_resolve(started.elapsed());
    match resolved {
        Ok(resolved) => {
            for problem in &resolved.problems {
                tracing::warn!(
                    code = code.number(),
                    locale = %problem.locale,
                    "skipped a broken translation: {}",
                    problem.message
                );
            }
            let body = Envelope {
                code: code.number(),
                message: &resolved.text,
                data: MessageData {
                    id: resolved.code.message_id(),
                    lang_tag: resolved.locale,
                    detail: None,
                },
            };
            json_response(StatusCode::OK, &body, resolved.locale)
        }
        Err(ResolveError::Args(err)) => {
            let err = FresnsError::from(err).with_status(StatusCode::BAD_REQUEST);
            error_response(&loaded, &chain, err)
        }
        Err(err) => {
            // Cannot happen with a set that passed the checker (every `en` message exists).
            tracing::error!(code = code.number(), "{err}");
            let err = api_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorCode::DataAbnormal,
                err.to_string(),
            );
            error_response(&loaded, &chain, err)
        }
    }
}

/// `GET /v1/errors`: every code's plain message in one language, with an ETag.
pub(crate) async fn catalog(
    State(state): State<SharedState>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loaded = state.current();
    let resolver = &loaded.resolver;
    // Only `lang` counts here; other parameters (cache busters) are ignored.
    let (_, chain) = match request_language(&loaded, &uri, &headers) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    let tags = resolver.chain_tags(&chain);
    let lang = tags.first().copied().unwrap_or(DEFAULT_LOCALE);
    let etag = catalog_etag(&loaded.version, &tags);
    let mut response = if if_none_match(&headers, &etag) {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::NOT_MODIFIED;
        set_language_headers(response.headers_mut(), lang);
        response
    } else {
        // Keyed by code; all codes have five digits, so the sorted map is in code order.
        let messages: BTreeMap<String, Cow<'_, str>> = ErrorCode::ALL
            .iter()
            .map(|&code| (code.number().to_string(), resolver.plain_text(code, &chain)))
            .collect();
        let body = Envelope {
            code: 0,
            message: "ok",
            data: CatalogData {
                lang_tag: lang,
                messages,
            },
        };
        json_response(StatusCode::OK, &body, lang)
    };
    if let Ok(value) = HeaderValue::from_str(&etag) {
        response.headers_mut().insert(ETAG, value);
    }
    // Clients may keep the catalog but must revalidate: a reload can change it at any time.
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// A strong ETag: the set's content hash and the resolved fallback chain, which together
/// decide every byte of the catalog body.
fn catalog_etag(version: &str, tags: &[&str]) -> String {
    let mut hash = Fnv::new();
    for tag in tags {
        hash.write(tag.as_bytes());
    }
    format!("\"{version}-{:016x}\"", hash.finish())
}

/// Whether `If-None-Match` lists `etag` (or `*`). Weak validators match too (RFC 9110 §13.1.2
/// uses weak comparison for If-None-Match).
pub(crate) fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|candidate| candidate.trim())
        .any(|candidate| candidate == "*" || candidate.trim_start_matches("W/") == etag)
}

/// `GET /healthz`: always 200 while the server serves. A rejected edit does not make the
/// server unhealthy (it keeps serving the last good set), so it shows as `"degraded"` with
/// the checker's findings instead of a failing status that would take the instance out of a
/// load balancer.
pub(crate) async fn healthz(State(state): State<SharedState>) -> Response {
    let loaded = state.current();
    let failure = state.failure();
    let (ok, failed) = state.metrics.reloads();
    let body = json!({
        "status": if failure.is_some() { "degraded" } else { "ok" },
        "version": loaded.version,
        "origin": loaded.resolver.origin(),
        "locales": loaded.resolver.locales().collect::<Vec<_>>(),
        "loadedAt": loaded.loaded_at_unix,
        "warnings": loaded.warnings(),
        "reload": {
            "enabled": state.locales_dir.is_some(),
            "ok": ok,
            "failed": failed,
            "lastFailure": failure.map(|failure| json!({
                "at": failure.at_unix,
                "reason": failure.reason,
                "errors": failure.errors,
                // One line each, as the log gives them.
                "diagnostics": failure
                    .diagnostics
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>(),
            })),
        },
    });
    let mut response = Response::new(Body::from(serde_json::to_vec(&body).unwrap_or_default()));
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `GET /metrics`: Prometheus text format.
pub(crate) async fn metrics(State(state): State<SharedState>) -> Response {
    let loaded = state.current();
    let text = state.metrics.render(&SetInfo {
        version: &loaded.version,
        origin: loaded.resolver.origin(),
        locales: loaded.resolver.locales().count(),
        loaded_at_unix: loaded.loaded_at_unix,
        last_reload_failed: state.failure().is_some(),
    });
    let mut response = Response::new(Body::from(text));
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
    );
    response
}

/// Any other path: 404 with code 30000.
pub(crate) async fn not_found(
    State(state): State<SharedState>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loaded = state.current();
    let chain = lenient_chain(
        &loaded.resolver,
        &headers,
        query_lang(uri.query()).as_deref(),
    );
    let path: String = uri.path().chars().take(64).collect();
    let err = api_error(
        StatusCode::NOT_FOUND,
        ErrorCode::ParameterError,
        format!(
            "no route `{path}`; the routes are GET /v1/errors/{{code}}, GET /v1/errors, GET /healthz, GET /metrics and GET /preview"
        ),
    );
    error_response(&loaded, &chain, err)
}

/// A known path with a method other than GET or HEAD: 405 with code 30000 (axum adds `Allow`).
pub(crate) async fn method_not_allowed(
    State(state): State<SharedState>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loaded = state.current();
    let chain = lenient_chain(
        &loaded.resolver,
        &headers,
        query_lang(uri.query()).as_deref(),
    );
    let err = api_error(
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::ParameterError,
        "this route only answers GET and HEAD",
    );
    error_response(&loaded, &chain, err)
}

/// The query of a request: the language and the message arguments, in order.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Query {
    pub(crate) lang: Option<String>,
    pub(crate) args: Vec<(String, String)>,
}

impl Query {
    /// Splits `lang` from the arguments. A name given twice is error 30002: which value was
    /// meant is unclear.
    pub(crate) fn parse(query: Option<&str>) -> Result<Query, FresnsError> {
        let mut parsed = Query::default();
        for (name, value) in form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            let twice = if name == LANG_PARAM {
                parsed.lang.replace(value.into_owned()).is_some()
            } else if parsed.args.iter().any(|(n, _)| *n == name) {
                true
            } else {
                parsed.args.push((name.to_string(), value.into_owned()));
                false
            };
            if twice {
                let name: String = name.chars().take(32).collect();
                return Err(api_error(
                    StatusCode::BAD_REQUEST,
                    ErrorCode::ParameterValueInvalid,
                    format!("the query parameter `{name}` is given twice; give it once"),
                ));
            }
        }
        Ok(parsed)
    }
}

/// `lang` from a query, for wording errors when the rest of the query does not matter.
pub(crate) fn query_lang(query: Option<&str>) -> Option<String> {
    form_urlencoded::parse(query.unwrap_or("").as_bytes())
        .find(|(name, _)| name == LANG_PARAM)
        .map(|(_, value)| value.into_owned())
}

/// Validates `X-Fresns-Client-Timezone` when present: error 31402 otherwise.
fn check_timezone(headers: &HeaderMap) -> Result<(), FresnsError> {
    let Some(value) = headers
        .get(&TIMEZONE_HEADER)
        .map(|value| String::from_utf8_lossy(value.as_bytes()))
    else {
        return Ok(());
    };
    if timezone::parse_offset(&value).is_some() {
        return Ok(());
    }
    let shown: String = value.chars().take(32).collect();
    Err(api_error(
        StatusCode::BAD_REQUEST,
        ErrorCode::TimezoneIncorrect,
        format!(
            "`{}` is not a UTC offset; send hours from -12 to +14 in quarter hours, e.g. +8, -11.5 or +5.75",
            shown.escape_debug()
        ),
    ))
}

/// The envelope for an error: the error code's own text in the request's language, with the
/// English detail in `data.detail`.
pub(crate) fn error_response(loaded: &Loaded, chain: &FallbackChain, err: FresnsError) -> Response {
    tracing::debug!(code = err.code().number(), status = err.status().as_u16(), detail = ?err.detail());
    err.render(&loaded.resolver, chain)
}

/// `data` for the whole catalog.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CatalogData<'a> {
    lang_tag: &'a str,
    messages: BTreeMap<String, Cow<'a, str>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_split_lang_from_arguments() {
        let query = Query::parse(Some("wait=2h&lang=de&min=%33")).unwrap();
        assert_eq!(query.lang.as_deref(), Some("de"));
        assert_eq!(
            query.args,
            [("wait".into(), "2h".into()), ("min".into(), "3".into())]
        );
        assert_eq!(Query::parse(None).unwrap(), Query::default());
        for twice in ["lang=de&lang=fr", "wait=1&wait=2"] {
            let err = Query::parse(Some(twice)).unwrap_err();
            assert_eq!(err.code(), ErrorCode::ParameterValueInvalid, "{twice}");
        }
    }

    #[test]
    fn if_none_match_accepts_lists_weak_tags_and_star() {
        let etag = "\"abc-1\"";
        let mut headers = HeaderMap::new();
        assert!(!if_none_match(&headers, etag));
        headers.insert(
            IF_NONE_MATCH,
            HeaderValue::from_static("\"x\", W/\"abc-1\""),
        );
        assert!(if_none_match(&headers, etag));
        headers.insert(IF_NONE_MATCH, HeaderValue::from_static("*"));
        assert!(if_none_match(&headers, etag));
        headers.insert(IF_NONE_MATCH, HeaderValue::from_static("\"abc-2\""));
        assert!(!if_none_match(&headers, etag));
    }
}
