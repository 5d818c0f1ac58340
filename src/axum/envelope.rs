//! Fresns's response envelope, `{code, message, data}`, and its language headers.

use axum::body::Body;
use axum::http::header::{CONTENT_LANGUAGE, CONTENT_TYPE, VARY};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use serde::Serialize;

/// The language headers a response depends on.
const VARY_VALUE: HeaderValue =
    HeaderValue::from_static("Accept-Language, X-Fresns-Client-Lang-Tag");

/// Fresns's response envelope, fields in Fresns's order.
#[derive(Serialize)]
pub(crate) struct Envelope<'a, D> {
    pub(crate) code: u32,
    pub(crate) message: &'a str,
    pub(crate) data: D,
}

/// `data` for one message or an error.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MessageData<'a> {
    pub(crate) id: &'a str,
    pub(crate) lang_tag: &'a str,
    /// For errors: what was wrong, in English, for the developer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) detail: Option<&'a str>,
}

/// A JSON response with the language headers set for `lang`.
pub(crate) fn json_response(status: StatusCode, body: &impl Serialize, lang: &str) -> Response {
    let mut response = Response::new(Body::from(serde_json::to_vec(body).unwrap_or_default()));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    set_language_headers(response.headers_mut(), lang);
    response
}

/// `Content-Language: lang` and `Vary` on the language headers.
pub(crate) fn set_language_headers(headers: &mut HeaderMap, lang: &str) {
    if let Ok(value) = HeaderValue::from_str(lang) {
        headers.insert(CONTENT_LANGUAGE, value);
    }
    headers.insert(VARY, VARY_VALUE);
}
