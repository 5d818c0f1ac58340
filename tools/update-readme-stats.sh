#!/usr/bin/env bash
# Regenerates the coverage table in README.md from `fresns-i18n stats --format markdown`.
set -euo pipefail
cd "$(dirname "$0")/.."
table=$(cargo run --quiet -- stats --format markdown)
python3 - "$table" <<'PY'
import re, sys
table = sys.argv[1].strip()
text = open("README.md", encoding="utf-8").read()
begin = text.index("<!-- stats:begin")
begin = text.index("\n", begin) + 1
end = text.index("<!-- stats:end -->")
open("README.md", "w", encoding="utf-8").write(text[:begin] + table + "\n" + text[end:])
PY
