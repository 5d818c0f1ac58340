#!/usr/bin/env bash
# Load test on loopback, on one release build of `fresns-i18n serve`:
# 1. requests/s and p99 latency of GET /v1/errors/{code} next to GET /healthz, measured in
#    ROUNDS alternating rounds (the machine is shared: each round's ratio compares runs made
#    under the same load; the summary gives the median ratio and its range);
# 2. the server's resident set after its first request (before the rounds), after the rounds,
#    and after MEMORY_REQUESTS more, spread over 16 languages, several codes with values and
#    distinct Accept-Language headers; the growth is counted from after the rounds.
#
# Usage: tools/load.sh            (needs wrk: apt-get install -y wrk)
# Settings (environment): SECONDS_PER_ROUTE (5), ROUNDS (7), CONNECTIONS (16), THREADS (1),
# CODE_PATH (/v1/errors/34306?wait=7200), LANG_TAG (de), MEMORY_REQUESTS (100000).
#
# Every run is bounded in time, the server listens on 127.0.0.1 only, and it is stopped
# with SIGTERM on exit. The server logs at `warn` so that the terminal is not measured.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_ROUTE=${SECONDS_PER_ROUTE:-5}
ROUNDS=${ROUNDS:-7}
MEMORY_REQUESTS=${MEMORY_REQUESTS:-100000}
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

# GET on one path over plain bash (no curl); prints the response.
http_get() {
    local response
    exec 3<>"/dev/tcp/127.0.0.1/${addr##*:}"
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$1" >&3
    response=$(cat <&3)
    exec 3<&-
    printf '%s\n' "$response"
}
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$server/status"; }

http_get /v1/errors/31401 >/dev/null
first=$(rss_kib)

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

echo "server $addr, wrk -t$THREADS -c$CONNECTIONS, ${SECONDS_PER_ROUTE}s per route, $ROUNDS rounds, language $LANG_TAG"
printf '%-6s %-34s %12s %10s\n' round route "requests/s" "p99 (ms)"
rounds=""
for round in $(seq "$ROUNDS"); do
    read -r health_rps health_p99 < <(measure /healthz)
    read -r code_rps code_p99 < <(measure "$CODE_PATH")
    printf '%-6s %-34s %12.0f %10.3f\n' "$round" /healthz "$health_rps" "$health_p99"
    printf '%-6s %-34s %12.0f %10.3f\n' "$round" "$CODE_PATH" "$code_rps" "$code_p99"
    rounds+="$health_rps $health_p99 $code_rps $code_p99"$'\n'
done
python3 - "$CODE_PATH" "$rounds" <<'PY'
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.argv[2].splitlines() if line.strip()]
def summary(values):
    return f"{statistics.median(values):.2f}x (range {min(values):.2f}-{max(values):.2f})"
rps = [code / health for health, _, code, _ in rows]
p99 = [code / health for _, health, _, code in rows]
print(f"median /healthz {statistics.median(r[0] for r in rows):.0f} requests/s, p99 {statistics.median(r[1] for r in rows):.3f} ms")
print(f"median {sys.argv[1]} {statistics.median(r[2] for r in rows):.0f} requests/s, p99 {statistics.median(r[3] for r in rows):.3f} ms")
print(f"requests/s, code / healthz: {summary(rps)}   (target >= 0.95x)")
print(f"p99, code / healthz:        {summary(p99)}   (target <= 1.5x)")
PY

# Memory: the resident set after the rounds, then after MEMORY_REQUESTS in 16 languages.
warm=$(rss_kib)
cat >"$work/spread.lua" <<LUA
-- 16 languages (some with a region that formats values differently), codes with and without
-- values, and a q-value that makes most headers distinct; OFFSET continues from the last run.
local languages = {"ar", "de-CH", "en-US", "es-MX", "fr-CA", "hi", "id", "it", "ja", "ko",
  "pt-PT", "ru", "zh-CN", "zh-TW", "en-XA", "ar-XB"}
local paths = {"/v1/errors/31401", "/v1/errors/34306?wait=5400", "/v1/errors/36118?max=21",
  "/v1/errors/33302?max=1000000", "/v1/errors/36113?size=10485760", "/v1/errors/30001"}
local sent = tonumber(os.getenv("OFFSET") or "0")
request = function()
  sent = sent + 1
  local language = languages[sent % #languages + 1]
  local path = paths[math.floor(sent / #languages) % #paths + 1]
  local header = language .. ",en;q=0." .. (sent % 997 + 1)
  return wrk.format("GET", path, {["Accept-Language"] = header})
end
LUA
# wrk runs for a time, not a count: run it in short bursts until enough requests were served.
served=0
while [ "$served" -lt "$MEMORY_REQUESTS" ]; do
    OFFSET=$served timeout 60 wrk -t1 -c"$CONNECTIONS" -d2s --timeout 5s -s "$work/spread.lua" \
        "$addr" >"$work/spread" 2>&1 || { cat "$work/spread" >&2; exit 1; }
    if grep -q "Non-2xx or 3xx responses" "$work/spread"; then
        echo "load.sh: errors while spreading requests over languages:" >&2
        cat "$work/spread" >&2
        exit 1
    fi
    served=$((served + $(awk '/requests in/ { print $1 }' "$work/spread")))
done
after=$(rss_kib)
awk -v first="$first" -v warm="$warm" -v after="$after" -v served="$served" 'BEGIN {
    printf "resident set: %.1f MiB after the first request, %.1f MiB after the rounds, %.1f MiB after %d more in 16 languages (+%.2f MiB; target <= 5 MiB)\n",
        first / 1024, warm / 1024, after / 1024, served, (after - warm) / 1024
}'

# The server's own view: mean time inside the resolver, from /metrics (plain bash, no curl).
http_get /metrics | awk '
    /^fresns_i18n_resolve_duration_seconds_sum / { sum = $2 }
    /^fresns_i18n_resolve_duration_seconds_count / { count = $2 }
    END { if (count > 0) printf "mean resolve time inside the server: %.2f us over %d resolves\n", sum / count * 1e6, count }
'
