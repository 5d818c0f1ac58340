#!/usr/bin/env bash
# Proves the library alone (default-features = false) pulls in no CLI, HTTP, runtime, file
# watcher or database crate, and that each front end brings only what its feature names.
set -euo pipefail
cd "$(dirname "$0")/.."

forbidden='clap|axum|axum-core|hyper|hyper-util|tokio|tower|tower-http|tower-layer|tower-service|tracing-subscriber|notify|sqlx|sqlx-core|mysql_async|mysql|postgres|tokio-postgres|rusqlite|libsqlite3-sys'

deps() {
    cargo tree --quiet -e normal --prefix none "$@" | sed 's/ v[0-9].*//' | sort -u
}

lean=$(deps --no-default-features)
if found=$(grep -xE "$forbidden" <<<"$lean"); then
    echo "check-lean-deps: the lean library depends on: $(tr '\n' ' ' <<<"$found")" >&2
    exit 1
fi
echo "lean library: $(wc -l <<<"$lean") crates, none of: ${forbidden//|/, }"

# The axum integration adds axum, not the server's stack.
axum_only=$(deps --no-default-features --features axum)
if found=$(grep -xE 'clap|hyper-util|tower-http|tracing-subscriber|notify' <<<"$axum_only"); then
    echo "check-lean-deps: feature axum pulls in: $(tr '\n' ' ' <<<"$found")" >&2
    exit 1
fi
echo "feature axum: $(wc -l <<<"$axum_only") crates, no clap, hyper-util, tower-http, tracing-subscriber or notify"

# Only the binary's feature brings the argument parser and the log subscriber.
server_only=$(deps --no-default-features --features server)
if found=$(grep -xE 'clap|tracing-subscriber' <<<"$server_only"); then
    echo "check-lean-deps: feature server pulls in: $(tr '\n' ' ' <<<"$found")" >&2
    exit 1
fi
echo "feature server: $(wc -l <<<"$server_only") crates, no clap or tracing-subscriber"
