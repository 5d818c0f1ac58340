//! The routes: one message, the whole catalog, health and metrics, and the error envelope.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::extract::State;
use axum::http::header::{
    ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_LANGUAGE, CONTENT_TYPE, ETAG, HeaderName,
    IF_NONE_MATCH, VARY,
};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::Response;
use serde::Serialize;
use serde_json::json;

use super::metrics::SetInfo;
use super::state::{AppState, Fnv, Loaded};
use super::timezone;
use crate::catalog::ErrorCode;
use crate::format::args::Args;
use crate::locales::DEFAULT_LOCALE;
use crate::resolver::{FallbackChain, ResolveError, Resolver};

pub(crate) type SharedState = Arc<AppState>;

/// The strict language header; a malformed tag is error 31401.
pub(crate) const LANG_TAG_HEADER: HeaderName = HeaderName::from_static("x-fresns-client-lang-tag");
/// The client's UTC offset; a malformed one is error 31402.
pub(crate) const TIMEZONE_HEADER: HeaderName = HeaderName::from_static("x-fresns-client-timezone");
/// The language headers a response depends on.
const VARY_VALUE: HeaderValue =
    HeaderValue::from_static("Accept-Language, X-Fresns-Client-Lang-Tag");
/// The query parameter that picks the language; every other parameter is a message argument.
const LANG_PARAM: &str = "lang";

/// A failed request: the HTTP status, the catalog code that names the problem, and an English
/// detail for the developer reading the response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) code: ErrorCode,
    pub(crate) detail: String,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, code: ErrorCode, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            detail: strip_code_prefix(detail.into()),
        }
    }
}

/// The library's error messages start with `code NNNNN: `; the envelope already has the code.
fn strip_code_prefix(detail: String) -> String {
    match detail.strip_prefix("code ") {
        Some(rest) if rest.get(5..7) == Some(": ") => rest.get(7..).unwrap_or("").to_owned(),
        _ => detail,
    }
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
    let chain = negotiate(resolver, headers, query.lang.as_deref()).map_err(|err| {
        let chain = lenient_chain(resolver, headers, query.lang.as_deref());
        Box::new(error_response(loaded, &chain, err))
    })?;
    check_timezone(headers).map_err(|err| Box::new(error_response(loaded, &chain, err)))?;
    Ok((query, chain))
}

/// `GET /v1/errors/{code}`: one message in the request's language.
pub(crate) async fn message(
    State(state): State<SharedState>,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let loaded = state.current();
    let resolver = &loaded.resolver;
    let (query, chain) = match request_language(&loaded, &uri, &headers) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    let raw = uri.path().strip_prefix("/v1/errors/").unwrap_or("");
    let code = match raw.parse::<ErrorCode>() {
        Ok(code) => code,
        Err(_) => {
            let shown: String = raw.chars().take(32).collect();
            let detail = format!(
                "there is no error code `{shown}`; GET /v1/errors lists every code in the catalog"
            );
            let err = ApiError::new(
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
            let err = ApiError::new(StatusCode::BAD_REQUEST, err.code(), err.to_string());
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
            let err = ApiError::new(StatusCode::BAD_REQUEST, err.code(), err.to_string());
            error_response(&loaded, &chain, err)
        }
        Err(err) => {
            // Cannot happen with a set that passed the checker (every `en` message exists).
            tracing::error!(code = code.number(), "{err}");
            let err = ApiError::new(
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
fn if_none_match(headers: &HeaderMap, etag: &str) -> bool {
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
        "warnings": loaded.warnings,
        "reload": {
            "enabled": state.locales_dir.is_some(),
            "ok": ok,
            "failed": failed,
            "lastFailure": failure.map(|failure| json!({
                "at": failure.at_unix,
                "reason": failure.reason,
                "errors": failure.errors,
                "diagnostics": failure.diagnostics,
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
    let err = ApiError::new(
        StatusCode::NOT_FOUND,
        ErrorCode::ParameterError,
        format!(
            "no route `{path}`; the routes are GET /v1/errors/{{code}}, GET /v1/errors, GET /healthz and GET /metrics"
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
    let err = ApiError::new(
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
    pub(crate) fn parse(query: Option<&str>) -> Result<Query, ApiError> {
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
                return Err(ApiError::new(
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

fn header_text<'a>(headers: &'a HeaderMap, name: &HeaderName) -> Option<Cow<'a, str>> {
    headers
        .get(name)
        .map(|value| String::from_utf8_lossy(value.as_bytes()))
}

/// The request's fallback chain: `X-Fresns-Client-Lang-Tag`, else `?lang=` (both strict: a
/// malformed tag is 31401), else `Accept-Language` (lenient), else `en`.
pub(crate) fn negotiate(
    resolver: &Resolver,
    headers: &HeaderMap,
    query_lang: Option<&str>,
) -> Result<FallbackChain, ApiError> {
    let explicit = header_text(headers, &LANG_TAG_HEADER).or(query_lang.map(Cow::Borrowed));
    match explicit {
        Some(tag) => resolver
            .negotiate_tag(&tag)
            .map_err(|err| ApiError::new(StatusCode::BAD_REQUEST, err.code(), err.to_string())),
        None => Ok(accept_language_chain(resolver, headers)),
    }
}

/// The best chain that can still be told when the request's own choice is unusable: used to
/// word errors, such as 31401 for a malformed header, in the client's language.
pub(crate) fn lenient_chain(
    resolver: &Resolver,
    headers: &HeaderMap,
    query_lang: Option<&str>,
) -> FallbackChain {
    let header = header_text(headers, &LANG_TAG_HEADER);
    header
        .as_deref()
        .into_iter()
        .chain(query_lang)
        .find_map(|tag| resolver.negotiate_tag(tag).ok())
        .unwrap_or_else(|| accept_language_chain(resolver, headers))
}

fn accept_language_chain(resolver: &Resolver, headers: &HeaderMap) -> FallbackChain {
    let values: Vec<_> = headers
        .get_all(ACCEPT_LANGUAGE)
        .iter()
        .map(|value| String::from_utf8_lossy(value.as_bytes()))
        .collect();
    if values.is_empty() {
        resolver.default_chain()
    } else {
        // Repeated header lines are one list (RFC 9110 §5.3).
        resolver.negotiate_accept_language(&values.join(","))
    }
}

/// Validates `X-Fresns-Client-Timezone` when present: error 31402 otherwise.
fn check_timezone(headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(value) = header_text(headers, &TIMEZONE_HEADER) else {
        return Ok(());
    };
    if timezone::parse_offset(&value).is_some() {
        return Ok(());
    }
    let shown: String = value.chars().take(32).collect();
    Err(ApiError::new(
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
pub(crate) fn error_response(loaded: &Loaded, chain: &FallbackChain, err: ApiError) -> Response {
    let (text, locale) = match loaded.resolver.resolve(err.code, chain, &Args::new()) {
        Ok(resolved) => (resolved.text.into_owned(), resolved.locale.to_owned()),
        Err(_) => (err.code.message_id().to_owned(), DEFAULT_LOCALE.to_owned()),
    };
    tracing::debug!(code = err.code.number(), status = err.status.as_u16(), detail = %err.detail);
    let body = Envelope {
        code: err.code.number(),
        message: &text,
        data: MessageData {
            id: err.code.message_id(),
            lang_tag: &locale,
            detail: Some(&err.detail),
        },
    };
    json_response(err.status, &body, &locale)
}

/// Fresns's response envelope, fields in Fresns's order.
#[derive(Serialize)]
struct Envelope<'a, D> {
    code: u32,
    message: &'a str,
    data: D,
}

/// `data` for one message or an error.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MessageData<'a> {
    id: &'a str,
    lang_tag: &'a str,
    /// For errors: what was wrong, in English, for the developer.
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
}

/// `data` for the whole catalog.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CatalogData<'a> {
    lang_tag: &'a str,
    messages: BTreeMap<String, Cow<'a, str>>,
}

fn json_response(status: StatusCode, body: &impl Serialize, lang: &str) -> Response {
    let mut response = Response::new(Body::from(serde_json::to_vec(body).unwrap_or_default()));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    set_language_headers(response.headers_mut(), lang);
    response
}

fn set_language_headers(headers: &mut HeaderMap, lang: &str) {
    if let Ok(value) = HeaderValue::from_str(lang) {
        headers.insert(CONTENT_LANGUAGE, value);
    }
    headers.insert(VARY, VARY_VALUE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_prefixes_are_stripped_from_details() {
        assert_eq!(strip_code_prefix("code 30002: bad".into()), "bad");
        assert_eq!(strip_code_prefix("code 3: bad".into()), "code 3: bad");
        assert_eq!(strip_code_prefix("plain".into()), "plain");
    }

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
            assert_eq!(err.code, ErrorCode::ParameterValueInvalid, "{twice}");
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
