#!/usr/bin/env bash
# Load test on loopback: requests/s and p99 latency of GET /v1/errors/{code} next to
# GET /healthz, on one release build of `fresns-i18n serve`.
#
# Usage: tools/load.sh            (needs wrk: apt-get install -y wrk)
# Settings (environment): SECONDS_PER_ROUTE (10), CONNECTIONS (16), THREADS (1),
# CODE_PATH (/v1/errors/34306?wait=7200), LANG_TAG (de).
#
# Every run is bounded in time, the server listens on 127.0.0.1 only, and it is stopped
# with SIGTERM on exit. The server logs at `warn` so that the terminal is not measured.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_ROUTE=${SECONDS_PER_ROUTE:-10}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-1}
CODE_PATH=${CODE_PATH:-/v1/errors/34306?wait=7200}
LANG_TAG=${LANG_TAG:-de}

if ! command -v wrk >/dev/null; then
    echo "load.sh: wrk is not installed; install it with: apt-get install -y wrk" >&2
    exit 2
fi

cargo build --release --quiet

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server"
        wait "$server" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

RUST_LOG=warn target/release/fresns-i18n serve --addr 127.0.0.1:0 \
    >"$work/stdout" 2>"$work/stderr" &
server=$!

# The server prints `listening on http://ADDR` once it is bound; wait at most 10 s.
addr=""
for _ in $(seq 100); do
    addr=$(sed -n 's/^listening on //p' "$work/stdout")
    [ -n "$addr" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$addr" ]; then
    echo "load.sh: the server did not start:" >&2
    cat "$work/stderr" >&2
    exit 1
fi

# Runs wrk on one path; prints "REQUESTS_PER_SECOND P99_MS".
measure() {
    local path=$1 report
    report=$(timeout $((SECONDS_PER_ROUTE + 30)) wrk --latency -t"$THREADS" -c"$CONNECTIONS" \
        -d"${SECONDS_PER_ROUTE}s" --timeout 5s -H "X-Fresns-Client-Lang-Tag: $LANG_TAG" \
        "$addr$path")
    if grep -q "Non-2xx or 3xx responses" <<<"$report"; then
        echo "load.sh: $path answered with errors:" >&2
        echo "$report" >&2
        exit 1
    fi
    awk '
        /^Requests\/sec:/ { rps = $2 }
        $1 == "99%" {
            value = $2
            if (value ~ /us$/) { sub(/us$/, "", value); p99 = value / 1000 }
            else if (value ~ /ms$/) { sub(/ms$/, "", value); p99 = value }
            else if (value ~ /s$/) { sub(/s$/, "", value); p99 = value * 1000 }
        }
        END { printf "%s %s\n", rps, p99 }
    ' <<<"$report"
}

echo "server $addr, wrk -t$THREADS -c$CONNECTIONS, ${SECONDS_PER_ROUTE}s per route, language $LANG_TAG"
read -r health_rps health_p99 < <(measure /healthz)
read -r code_rps code_p99 < <(measure "$CODE_PATH")

printf '%-34s %12s %10s\n' route "requests/s" "p99 (ms)"
printf '%-34s %12.0f %10.3f\n' /healthz "$health_rps" "$health_p99"
printf '%-34s %12.0f %10.3f\n' "$CODE_PATH" "$code_rps" "$code_p99"
awk -v hr="$health_rps" -v cr="$code_rps" -v hp="$health_p99" -v cp="$code_p99" 'BEGIN {
    printf "%-34s %12.2f %10.2f\n", "ratio (code / healthz)", cr / hr, cp / hp
}'

# The server's own view: mean time inside the resolver, from /metrics (plain bash, no curl).
port=${addr##*:}
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
awk '
    /^fresns_i18n_resolve_duration_seconds_sum / { sum = $2 }
    /^fresns_i18n_resolve_duration_seconds_count / { count = $2 }
    END { if (count > 0) printf "mean resolve time inside the server: %.2f us over %d resolves\n", sum / count * 1e6, count }
' <&3
exec 3<&-
