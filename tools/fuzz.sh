#!/usr/bin/env bash
# Runs the libFuzzer targets in fuzz/ (cargo-fuzz).
#
# Usage:
#   tools/fuzz.sh TARGET SECONDS        one target for SECONDS, with a report
#   tools/fuzz.sh ci [SECONDS]          every target for SECONDS each (default 30); exit 1 on
#                                       any crash, panic, timeout or OOM (what .ci/run calls)
#   tools/fuzz.sh minimize [TARGET...]  shrink the committed corpus (libFuzzer's merge, as
#                                       `cargo fuzz cmin` runs it) with what the last runs found
# Targets: the files in fuzz/fuzz_targets/ (accept_language, tag, resolve, ftl_load, import).
#
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`) and a C++ compiler for libFuzzer.
# cargo-fuzz passes nightly-only flags (-Zsanitizer=address, -Cpasses=sancov-module); on a
# stable toolchain they are allowed with RUSTC_BOOTSTRAP=1, which this script sets unless
# rustc is already a nightly. AddressSanitizer needs no more than that: its runtime ships with
# the stable standard library for x86_64 Linux.
#
# Sanitizer: single-target runs use AddressSanitizer; `ci` and `minimize` use none. The
# library has no unsafe code, so what ASan adds is a check of the dependencies' unsafe code,
# at 2-5 times the cost per input; in a 30 s run the panics and assertions the targets look
# for get that many more inputs instead. Panics, stack overflows, timeouts and the RSS limit
# are caught either way, and debug assertions (overflow checks) are on in both builds. Each
# sanitizer builds into its own fuzz/target/<sanitizer>/, so switching does not rebuild.
# Settings (environment): RSS_LIMIT_MB (2048), TIMEOUT (10, seconds per input),
# SANITIZER (address or none; overrides the choice above).
#
# Runs start from the committed corpus (fuzz/corpus/TARGET/seed-* and found-*), copied into a
# scratch directory so that what a run adds never lands in the repository. A single-target
# run keeps the corpus it grew in fuzz/artifacts/TARGET/corpus/, where `minimize` picks it up.
# A crash, panic, timeout or OOM stops the target with a non-zero exit; the input that caused
# it is saved under fuzz/artifacts/TARGET/ and its path printed (shrink it with
# `cargo fuzz tmin TARGET FILE`). The full log of a run is fuzz/artifacts/TARGET/run.log.
set -euo pipefail
cd "$(dirname "$0")/.."

RSS_LIMIT_MB=${RSS_LIMIT_MB:-2048}
TIMEOUT=${TIMEOUT:-10}
SANITIZER=${SANITIZER:-}
targets=$(ls fuzz/fuzz_targets | sed -n 's/\.rs$//p' | tr '\n' ' ')

usage() {
    echo "usage: tools/fuzz.sh TARGET SECONDS | ci [SECONDS] | minimize [TARGET...]   (targets: $targets)" >&2
    exit 2
}
is_seconds() { [[ $1 =~ ^[0-9]+$ ]] && [ "$1" -gt 0 ]; }
check_target() {
    if [ ! -f "fuzz/fuzz_targets/$1.rs" ]; then
        echo "fuzz.sh: no target \`$1\`; targets: $targets" >&2
        exit 2
    fi
}

# The committed corpus of a target (the names fuzz/.gitignore tracks).
corpus_files() {
    find "fuzz/corpus/$1" -maxdepth 1 -type f \( -name 'seed-*' -o -name 'found-*' \) | sort
}
sizes() { # files and bytes of a directory's files
    printf '%s files, %s bytes' "$(find "$1" -type f | wc -l)" \
        "$(find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')"
}

# setup DEFAULT_SANITIZER
setup() {
    SANITIZER=${SANITIZER:-$1}
    build_flags=(--sanitizer "$SANITIZER" --target-dir "fuzz/target/$SANITIZER")
    if ! cargo fuzz --version >/dev/null 2>&1; then
        echo "fuzz.sh: cargo-fuzz is not installed; install it with: cargo install cargo-fuzz --locked" >&2
        exit 2
    fi
    if ! rustc --version | grep -q nightly; then
        export RUSTC_BOOTSTRAP=1
    fi
    # The import target writes into a copy of the locales under the temporary directory.
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir "$scratch/tmp"
    export TMPDIR="$scratch/tmp"
}

# run TARGET SECONDS CORPUS_DIR: fuzzes from CORPUS_DIR (which grows), logs to run.log; sets
# `status` and `log`.
run() {
    local target=$1 seconds=$2 corpus=$3
    mkdir -p "fuzz/artifacts/$target"
    log="fuzz/artifacts/$target/run.log"
    status=0
    cargo fuzz run "${build_flags[@]}" "$target" "$corpus" -- \
        -max_total_time="$seconds" \
        -timeout="$TIMEOUT" \
        -rss_limit_mb="$RSS_LIMIT_MB" \
        -print_final_stats=1 \
        >"$log" 2>&1 || status=$?
}

stat() {
    sed -n "s/^stat::$1: *//p" "$log" | tail -n 1
}

# Why a run failed and where its input is, from the log.
failure() {
    local target=$1
    grep -E -A1 "panicked at" "$log" | head -n 2 >&2 || true
    grep -E "^(==[0-9]+== ?ERROR|SUMMARY)" "$log" | head -n 2 >&2 || true
    local input
    input=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
    echo "fuzz.sh: $target failed (exit $status); input: ${input:-none saved}; log: $log" >&2
}

one() {
    local target=$1 seconds=$2
    check_target "$target"
    setup address
    # Build first, so that the time asked for is all spent fuzzing.
    cargo fuzz build "${build_flags[@]}" "$target"
    mkdir "$scratch/corpus"
    corpus_files "$target" | xargs -r cp -t "$scratch/corpus"
    local start wall
    start=$(date +%s)
    run "$target" "$seconds" "$scratch/corpus"
    wall=$(($(date +%s) - start))
    rm -rf "fuzz/artifacts/$target/corpus"
    cp -r "$scratch/corpus" "fuzz/artifacts/$target/corpus"

    echo "target:      $target"
    echo "executions:  $(stat number_of_executed_units)"
    echo "wall time:   ${wall} s (asked for ${seconds} s)"
    echo "exec/s:      $(stat average_exec_per_sec)"
    echo "peak RSS:    $(stat peak_rss_mb) MB (limit ${RSS_LIMIT_MB} MB)"
    echo "slowest:     $(stat slowest_unit_time_sec) s per input (limit ${TIMEOUT} s)"
    echo "corpus:      $(find "$scratch/corpus" -type f | wc -l) inputs (from $(corpus_files "$target" | wc -l) committed), kept in fuzz/artifacts/$target/corpus/"
    if [ "$status" -ne 0 ]; then
        failure "$target"
        exit "$status"
    fi
    echo "result:      no crash, panic, timeout or OOM"
}

ci() {
    local seconds=$1 failed=0 target start
    setup none
    cargo fuzz build "${build_flags[@]}"
    start=$(date +%s)
    for target in $targets; do
        mkdir "$scratch/$target"
        corpus_files "$target" | xargs -r cp -t "$scratch/$target"
        local committed
        committed=$(find "$scratch/$target" -type f | wc -l)
        run "$target" "$seconds" "$scratch/$target"
        # The last status line: coverage (edges), features, and the corpus it ended with.
        local coverage
        coverage=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -n 1 | sed -E 's/.*(cov: [0-9]+ ft: [0-9]+).*/\1/' || true)
        printf '%-16s %s runs, %s/s, %s, corpus %s -> %s: %s\n' "$target" \
            "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" "${coverage:-cov: ?}" \
            "$committed" "$(find "$scratch/$target" -type f | wc -l)" \
            "$([ "$status" -eq 0 ] && echo ok || echo FAILED)"
        if [ "$status" -ne 0 ]; then
            failure "$target"
            failed=1
        fi
    done
    echo "fuzz.sh: $(echo "$targets" | wc -w) targets in $(($(date +%s) - start)) s, $([ "$failed" -eq 0 ] && echo "none failed" || echo "some FAILED")"
    exit "$failed"
}

minimize() {
    local target file
    # The build CI runs, so the corpus covers what CI's build sees.
    setup none
    for target in "$@"; do
        check_target "$target"
        local dir="fuzz/corpus/$target" work="$scratch/minimize-$target"
        mkdir -p "$work/keep" "$work/candidates"
        find "$dir" -maxdepth 1 -type f -name 'seed-*' -exec cp -t "$work/keep" {} +
        find "$dir" -maxdepth 1 -type f -name 'found-*' -exec cp -t "$work/candidates" {} +
        if [ -d "fuzz/artifacts/$target/corpus" ]; then
            find "fuzz/artifacts/$target/corpus" -maxdepth 1 -type f -exec cp -t "$work/candidates" {} +
        fi
        echo "$target: committed $(corpus_files "$target" | wc -l) files, $(corpus_files "$target" | xargs -r cat | wc -c) bytes;" \
            "candidates with the last run's corpus: $(sizes "$work/candidates")"
        # libFuzzer's merge, as `cargo fuzz cmin` runs it, but into the hand-written seeds
        # rather than an empty directory: they stay, and a candidate is kept only if it
        # reaches an edge they do not. -use_counters=0: one input per edge rather than per
        # edge and hit count, which keeps the corpus about five times smaller.
        if ! cargo fuzz run "${build_flags[@]}" "$target" "$work/keep" "$work/candidates" -- \
            -merge=1 -use_counters=0 -timeout="$TIMEOUT" -rss_limit_mb="$RSS_LIMIT_MB" \
            >"$work/merge.log" 2>&1; then
            tail -n 20 "$work/merge.log" >&2
            echo "fuzz.sh: minimizing $target failed; the corpus is unchanged" >&2
            exit 1
        fi
        find "$dir" -maxdepth 1 -type f -name 'found-*' -delete
        for file in "$work/keep"/*; do
            case $(basename "$file") in
            seed-*) ;;
            *) cp "$file" "$dir/found-$(sha1sum <"$file" | cut -c1-40)" ;;
            esac
        done
        echo "$target: minimized to $(corpus_files "$target" | wc -l) files, $(corpus_files "$target" | xargs -r cat | wc -c) bytes"
    done
}

case "${1:-}" in
ci)
    [ $# -le 2 ] || usage
    seconds=${2:-30}
    is_seconds "$seconds" || usage
    ci "$seconds"
    ;;
minimize)
    shift
    if [ $# -eq 0 ]; then
        # shellcheck disable=SC2086
        set -- $targets
    fi
    minimize "$@"
    ;;
*)
    [ $# -eq 2 ] && is_seconds "$2" || usage
    one "$1" "$2"
    ;;
esac
