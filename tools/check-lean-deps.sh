#!/usr/bin/env bash
# Proves the library alone (default-features = false) pulls in no CLI, HTTP, runtime, file
# watcher or database crate, and that each front end brings only what its feature names.
set -euo pipefail
cd "$(dirname "$0")/.."

# refuse "FEATURE FLAGS" "CRATES (regex alternatives)" "what the line says"
refuse() {
    local deps found
    # shellcheck disable=SC2086
    deps=$(cargo tree --quiet -e normal --prefix none --no-default-features $1 | sed 's/ v[0-9].*//' | sort -u)
    if found=$(grep -xE "$2" <<<"$deps"); then
        echo "check-lean-deps: ${3%%:*} pulls in: $(tr '\n' ' ' <<<"$found")" >&2
        exit 1
    fi
    echo "$3: $(wc -l <<<"$deps") crates, none of ${2//|/, }"
}

refuse "" 'clap|axum|axum-core|hyper|hyper-util|tokio|tower|tower-http|tower-layer|tower-service|tracing-subscriber|notify|sqlx|sqlx-core|sqlx-sqlite|sqlx-mysql|sqlx-postgres|libsqlite3-sys' \
    "the lean library"
# The axum integration adds axum, not the server's stack.
refuse "--features axum" 'clap|hyper-util|tower-http|tracing-subscriber|notify|sqlx' "feature axum"
# The database feature brings sqlx, not the HTTP stack or the argument parser.
refuse "--features db" 'clap|axum|hyper|hyper-util|tower-http|tracing-subscriber|notify' "feature db"
# Only the binary's feature brings the argument parser and the log subscriber.
refuse "--features server" 'clap|tracing-subscriber|sqlx' "feature server"
