#!/usr/bin/env python3
"""Runs Mozilla's compare-locales on the project described by `l10n.toml` and fails unless
every locale it names has 0 errors, 0 warnings, 0 missing and 0 obsolete entries.

compare-locales is what Mozilla's localization tools (Pontoon among them) run on a project:
it compares each locale's .ftl files with the reference (`en`) entry by entry and checks
variables, references and syntax. Needs `pip install compare-locales`.
"""
import json
import os
import re
import subprocess
import sys

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
config = os.path.join(root, "l10n.toml")
# The locales the project declares (the `locales = [...]` array of l10n.toml).
declared = re.findall(r'"([^"]+)"', re.search(r"(?ms)^locales = \[(.*?)\]",
                                               open(config, encoding="utf-8").read()).group(1))

run = subprocess.run(["compare-locales", "--json", "-", config, root],
                     capture_output=True, text=True, cwd=root)
try:
    observers = json.loads(run.stdout)
except json.JSONDecodeError:
    print(f"compare-locales failed (status {run.returncode}):\n{run.stdout}{run.stderr}")
    sys.exit(1)

COUNTS = ("errors", "warnings", "missing", "missing_w", "obsolete")
ok = True
summary = {}
for observer in observers:
    for locale, counts in observer.get("summary", {}).items():
        summary[locale] = counts
    if observer.get("details"):
        ok = False
        print("compare-locales findings:")
        print(json.dumps(observer["details"], indent=1, ensure_ascii=False))

print(f"{'locale':<8} {'entries':>7} " + " ".join(f"{c:>9}" for c in COUNTS))
for locale in declared:
    counts = summary.get(locale)
    if counts is None:
        ok = False
        print(f"{locale:<8} not compared (no files found?)")
        continue
    entries = counts.get("changed", 0) + counts.get("unchanged", 0) + counts.get("keys", 0)
    print(f"{locale:<8} {entries:>7} " + " ".join(f"{counts.get(c, 0):>9}" for c in COUNTS))
    if any(counts.get(c, 0) for c in COUNTS):
        ok = False
extra = sorted(set(summary) - set(declared))
if extra:
    ok = False
    print(f"compared locales that l10n.toml does not declare: {extra}")
print("compare-locales: " + ("0 errors, 0 warnings, 0 missing in every locale" if ok else "FAILED"))
sys.exit(0 if ok else 1)
