#!/usr/bin/env bash
# Builds and tests a fresh crate outside this repository that depends on the library with
# `default-features = false`, as a Rust service that only wants messages would.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/src" "$work/tests"
cat >"$work/Cargo.toml" <<TOML
[package]
name = "fresns-i18n-downstream"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
fresns-i18n = { path = "$repo", default-features = false }

[workspace]
TOML
cat >"$work/src/lib.rs" <<'RUST'
//! A service's error helper: the Fresns message for a code in the client's language.
use fresns_i18n::{Args, ErrorCode, Resolver};

/// The message for `code` in the best language of an `Accept-Language` header.
pub fn message(resolver: &Resolver, code: ErrorCode, accept_language: &str) -> (String, String) {
    let chain = resolver.negotiate_accept_language(accept_language);
    let resolved = resolver
        .resolve(code, &chain, &Args::new())
        .expect("every code has an en message");
    (resolved.locale.to_owned(), resolved.text.into_owned())
}
RUST
cat >"$work/tests/resolve.rs" <<'RUST'
use fresns_i18n::{ErrorCode, Resolver};

#[test]
fn language_tag_incorrect_for_zh_tw() {
    let resolver = Resolver::embedded().unwrap();
    let (locale, text) =
        fresns_i18n_downstream::message(&resolver, ErrorCode::from_number(31401).unwrap(), "zh-TW");
    assert_eq!(locale, "zh-Hant");
    assert!(!text.is_empty() && text != "Language tag incorrect", "{text}");
    let chain = resolver.negotiate_accept_language("zh-TW");
    assert_eq!(resolver.chain_tags(&chain), ["zh-Hant", "en"]);
}
RUST
# The same dependency versions as this repository, and its build directory, so the
# dependencies already built for the library alone are reused rather than built again.
cp "$repo/Cargo.lock" "$work/Cargo.lock"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
cd "$work"
cargo test --quiet
if cargo tree --quiet -e normal --prefix none | grep -qE '^(clap|axum|hyper|tokio|tower|tower-http|tracing-subscriber|notify) '; then
    echo "downstream-check: the lean dependency pulled in a front-end crate" >&2
    exit 1
fi
echo "downstream crate with default-features = false: built and tested"
