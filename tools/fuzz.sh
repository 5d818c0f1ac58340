#!/usr/bin/env bash
# Runs one libFuzzer target for a fixed time and prints how many inputs it ran.
#
# Usage: tools/fuzz.sh TARGET SECONDS
# Targets: accept_language, tag, resolve, ftl_load (see fuzz/fuzz_targets/).
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz passes nightly-only flags
# (-Zsanitizer=address); on a stable toolchain they are allowed with RUSTC_BOOTSTRAP=1,
# which this script sets unless rustc is already a nightly.
# Settings (environment): RSS_LIMIT_MB (2048), TIMEOUT (10, seconds per input).
#
# The run starts from the committed seeds, copied into a scratch directory so that what
# the run adds never lands in the repository. A crash, panic, timeout or OOM stops the run
# with a non-zero exit; the input that caused it is saved under fuzz/artifacts/TARGET/
# (minimize it with `cargo fuzz tmin TARGET FILE`). The full log is kept there as run.log.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ] || ! [[ $2 =~ ^[0-9]+$ ]] || [ "$2" -eq 0 ]; then
    echo "usage: tools/fuzz.sh TARGET SECONDS   (targets: $(ls fuzz/fuzz_targets | sed 's/\.rs$//' | tr '\n' ' '))" >&2
    exit 2
fi
target=$1
seconds=$2
RSS_LIMIT_MB=${RSS_LIMIT_MB:-2048}
TIMEOUT=${TIMEOUT:-10}

if [ ! -f "fuzz/fuzz_targets/$target.rs" ]; then
    echo "fuzz.sh: no target \`$target\`; targets: $(ls fuzz/fuzz_targets | sed 's/\.rs$//' | tr '\n' ' ')" >&2
    exit 2
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: cargo-fuzz is not installed; install it with: cargo install cargo-fuzz" >&2
    exit 2
fi
if ! rustc --version | grep -q nightly; then
    export RUSTC_BOOTSTRAP=1
fi

# Build first, so that the time asked for is all spent fuzzing.
cargo fuzz build "$target"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp fuzz/corpus/"$target"/seed-* "$scratch"/
mkdir -p "fuzz/artifacts/$target"
log="fuzz/artifacts/$target/run.log"

start=$(date +%s)
status=0
cargo fuzz run "$target" "$scratch" -- \
    -max_total_time="$seconds" \
    -timeout="$TIMEOUT" \
    -rss_limit_mb="$RSS_LIMIT_MB" \
    -print_final_stats=1 \
    >"$log" 2>&1 || status=$?
wall=$(($(date +%s) - start))

stat() {
    sed -n "s/^stat::$1: *//p" "$log" | tail -n 1
}
executions=$(stat number_of_executed_units)
per_second=$(stat average_exec_per_sec)
peak_rss=$(stat peak_rss_mb)
slowest=$(stat slowest_unit_time_sec)
corpus=$(find "$scratch" -type f | wc -l)

echo "target:      $target"
echo "executions:  ${executions:-unknown}"
echo "wall time:   ${wall} s (asked for ${seconds} s)"
echo "exec/s:      ${per_second:-unknown}"
echo "peak RSS:    ${peak_rss:-unknown} MB (limit ${RSS_LIMIT_MB} MB)"
echo "slowest:     ${slowest:-unknown} s per input (limit ${TIMEOUT} s)"
echo "corpus:      ${corpus} inputs (from $(ls fuzz/corpus/"$target"/seed-* | wc -l) seeds)"
if [ "$status" -ne 0 ]; then
    grep -E "^(==[0-9]+== ?ERROR|SUMMARY|thread .* panicked)|panicked at" "$log" | head -n 5 >&2 || true
    echo "fuzz.sh: $target failed (exit $status); the input is in fuzz/artifacts/$target/, the log in $log" >&2
    exit "$status"
fi
echo "result:      no crash, panic, timeout or OOM"
