//! The request's language from its headers: one implementation for the layer and `serve`.

use std::borrow::Cow;

use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::{HeaderMap, HeaderName};

use crate::negotiate::TagError;
use crate::resolver::{FallbackChain, Resolver};

/// The strict language header; a malformed tag is error 31401.
const LANG_TAG_HEADER: HeaderName = HeaderName::from_static("x-fresns-client-lang-tag");

fn header_text<'a>(headers: &'a HeaderMap, name: &HeaderName) -> Option<Cow<'a, str>> {
    headers
        .get(name)
        .map(|value| String::from_utf8_lossy(value.as_bytes()))
}

/// The request's fallback chain: `X-Fresns-Client-Lang-Tag`, else `explicit` (a tag the
/// caller took from elsewhere, such as `serve`'s `?lang=`; both strict), else
/// `Accept-Language` (lenient), else `en`.
pub(crate) fn strict_chain(
    resolver: &Resolver,
    headers: &HeaderMap,
    explicit: Option<&str>,
) -> Result<FallbackChain, TagError> {
    match header_text(headers, &LANG_TAG_HEADER).or(explicit.map(Cow::Borrowed)) {
        Some(tag) => resolver.negotiate_tag(&tag),
        None => Ok(accept_language_chain(resolver, headers)),
    }
}

/// The best chain that can still be told when the request's own choice is unusable: used to
/// word errors, such as 31401 for a malformed header, in the client's language.
pub(crate) fn lenient_chain(
    resolver: &Resolver,
    headers: &HeaderMap,
    explicit: Option<&str>,
) -> FallbackChain {
    let header = header_text(headers, &LANG_TAG_HEADER);
    header
        .as_deref()
        .into_iter()
        .chain(explicit)
        .find_map(|tag| resolver.negotiate_tag(tag).ok())
        .unwrap_or_else(|| accept_language_chain(resolver, headers))
}

fn accept_language_chain(resolver: &Resolver, headers: &HeaderMap) -> FallbackChain {
    let mut values = headers.get_all(ACCEPT_LANGUAGE).iter();
    match (values.next(), values.next()) {
        (None, _) => resolver.default_chain(),
        (Some(one), None) => {
            resolver.negotiate_accept_language(&String::from_utf8_lossy(one.as_bytes()))
        }
        (Some(_), Some(_)) => {
            // Repeated header lines are one list (RFC 9110 §5.3).
            let joined: Vec<_> = headers
                .get_all(ACCEPT_LANGUAGE)
                .iter()
                .map(|value| String::from_utf8_lossy(value.as_bytes()))
                .collect();
            resolver.negotiate_accept_language(&joined.join(","))
        }
    }
}
