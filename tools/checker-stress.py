#!/usr/bin/env python3
"""Writes a locales folder whose `de` locale makes `fresns-i18n check` report ~500,000 findings.

The folder holds a copy of the shipped `en` and a `de` that is the same copy except for
de/users.ftl, where the value of one message without variables becomes --findings
placeables `{ $x }`, six bytes each, on one line. Every one is an `unknown-variable` error,
so the default writes a 3.0 MB file (under the 4 MiB per-file limit) with 500,000 findings of
one check, besides the few hundred `untranslated` warnings of the copied text.

With --shape attributes, the message instead gets --findings attributes ` .a=x` (six bytes
each, every one an `obsolete-message` error). The checker keeps only the first findings either
way; this shape shows the cost that remains, the parsed syntax tree of 500,000 patterns.
With --shape junk, the file instead ends in --findings lines of `x` (two bytes each, each a message without a value), every
one a skipped entry: `syntax` errors found by the loader rather than by a check.

Usage:
    tools/checker-stress.py OUT_DIR [--findings 500000] [--shape variables|attributes|junk]
    /usr/bin/time -v fresns-i18n check --locales OUT_DIR

Python 3 standard library only.
"""

import argparse
import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# A current message with no variables and no `.detailed` form, so every variable in it is
# unknown and every attribute on it obsolete.
TARGET = "username-invalid-characters ="


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path, help="folder to create (must not exist)")
    parser.add_argument("--findings", type=int, default=500_000)
    parser.add_argument("--shape", choices=["variables", "attributes", "junk"], default="variables")
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; pass a new folder")
    en = ROOT / "locales" / "en"
    shutil.copytree(en, args.out / "en")
    shutil.copytree(en, args.out / "de")
    users = args.out / "de" / "users.ftl"
    lines = users.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next((i for i, line in enumerate(lines) if line.startswith(TARGET)), None)
    if at is None:
        print(f"no line starting with `{TARGET}` in {en / 'users.ftl'}", file=sys.stderr)
        return 1
    if args.shape == "variables":
        lines[at] = f"{TARGET} {'{ $x }' * args.findings}\n"
    elif args.shape == "attributes":
        lines.insert(at + 1, " .a=x\n" * args.findings)
    else:
        lines.append("x\n" * args.findings)
    users.write_text("".join(lines), encoding="utf-8")
    size = users.stat().st_size
    print(f"wrote {args.out}: de/users.ftl is {size:,} bytes with {args.findings:,} extra findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
