#!/usr/bin/env bash
# Regenerates src/format/cldr_units.rs from the CLDR JSON npm package.
#
#   tools/gen-cldr-units.sh            rewrite src/format/cldr_units.rs
#   tools/gen-cldr-units.sh --check    exit 1 if the committed file differs from the output
#
# Needs npm (for `npm pack`), python3 and rustfmt. Either way the regenerated file must pass
# `rustfmt --edition 2024 --check`, so generator, committed file and `cargo fmt` agree.
set -euo pipefail

readonly PACKAGE="cldr-units-full@48.2.0"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly TARGET="$root/src/format/cldr_units.rs"

check=false
case "${1:-}" in
    "") ;;
    --check) check=true ;;
    *)
        echo "usage: $0 [--check]" >&2
        exit 2
        ;;
esac
if [[ $# -gt 1 ]]; then
    echo "usage: $0 [--check]" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
tarball=("$work"/*.tgz)
tar -xzf "${tarball[0]}" -C "$work"
python3 "$root/tools/gen-cldr-units.py" "$work/package" >"$work/cldr_units.rs"

# The output is checked where it was written, so pass on the repository's rustfmt config if any.
fmt_config=()
for name in rustfmt.toml .rustfmt.toml; do
    if [[ -f "$root/$name" ]]; then
        fmt_config=(--config-path "$root/$name")
        break
    fi
done
if ! rustfmt --edition 2024 ${fmt_config[@]+"${fmt_config[@]}"} --check "$work/cldr_units.rs" >&2; then
    echo "gen-cldr-units: the generated file is not rustfmt-stable; fix tools/gen-cldr-units.py" >&2
    exit 1
fi

if $check; then
    if ! cmp -s "$work/cldr_units.rs" "$TARGET"; then
        echo "gen-cldr-units: src/format/cldr_units.rs differs from the generator's output; run tools/gen-cldr-units.sh" >&2
        exit 1
    fi
    echo "gen-cldr-units: src/format/cldr_units.rs matches $PACKAGE"
else
    cp "$work/cldr_units.rs" "$TARGET"
    echo "gen-cldr-units: wrote src/format/cldr_units.rs from $PACKAGE"
fi
