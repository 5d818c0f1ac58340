#!/usr/bin/env python3
"""Proves the .ftl layout with the Fluent reference implementation (`fluent.syntax`).

1. Every `locales/*/*.ftl` file parses without Junk and comes back byte for byte when
   `fluent.syntax` parses and serializes it, as Pontoon and Weblate do on every save.
2. With `--fmt BINARY` (the `fresns-i18n` binary): `BINARY fmt` writes exactly what
   `fluent.syntax` writes. Each locales tree (`locales/` and every `tests/fixtures/locales/*`)
   is copied to a temporary directory and formatted there, and each file must equal the
   reference serialization of its original. Files the reference finds Junk in must be left
   untouched and reported by `fmt`.

Needs `pip install fluent.syntax`. Exits 1 on any difference.
"""
import argparse
import difflib
import glob
import os
import shutil
import subprocess
import sys
import tempfile

from fluent.syntax import FluentParser, FluentSerializer, ast

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
parser = FluentParser(with_spans=False)
serializer = FluentSerializer()


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def reference(text):
    """The reference serialization of `text`, and its Junk entries."""
    resource = parser.parse(text)
    junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
    return serializer.serialize(resource), junk


def junk_lines(text, junk):
    lines = []
    for entry in junk:
        at = text.find(entry.content)
        lines.append(text.count("\n", 0, at) + 1 if at >= 0 else 0)
    return lines


def show_diff(path, old, new, limit=12):
    diff = list(difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        path, path + " (fluent.syntax)"))
    for line in diff[:limit]:
        sys.stdout.write("    " + line if line.endswith("\n") else "    " + line + "\n")
    if len(diff) > limit:
        print(f"    … {len(diff) - limit} more diff lines")


def check_shipped():
    files = sorted(glob.glob(os.path.join(root, "locales", "*", "*.ftl")))
    failures = 0
    for path in files:
        text = read(path)
        rel = os.path.relpath(path, root)
        out, junk = reference(text)
        if junk:
            failures += 1
            print(f"{rel}: Junk (unparsable text) at line(s) {junk_lines(text, junk)}")
        elif out != text:
            failures += 1
            print(f"{rel}: not in the canonical layout; `fresns-i18n fmt --locales locales` rewrites it")
            show_diff(rel, text, out)
    print(f"{len(files)} shipped file(s): {len(files) - failures} canonical, {failures} not")
    return failures == 0 and len(files) > 0


def check_fmt(binary):
    trees = [os.path.join(root, "locales")]
    trees += sorted(d for d in glob.glob(os.path.join(root, "tests", "fixtures", "locales", "*"))
                    if os.path.isdir(os.path.join(d, "en")))
    compared = rewritten = refused = failures = 0
    for tree in trees:
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, "locales")
            shutil.copytree(tree, copy)
            originals = {path: read(path) for path in glob.glob(os.path.join(copy, "*", "*.ftl"))}
            run = subprocess.run([binary, "fmt", "--locales", copy],
                                 capture_output=True, text=True)
            for path, text in sorted(originals.items()):
                rel = os.path.join(os.path.relpath(tree, root), os.path.relpath(path, copy))
                got = read(path)
                want, junk = reference(text)
                compared += 1
                if junk:
                    refused += 1
                    if got != text or os.path.relpath(path, copy) not in run.stderr:
                        failures += 1
                        print(f"{rel}: has Junk, but fmt did not leave it as it is and say so")
                    continue
                if got != text:
                    rewritten += 1
                if got != want:
                    failures += 1
                    print(f"{rel}: fmt wrote something other than fluent.syntax")
                    show_diff(rel, got, want)
            if run.returncode not in (0, 1) or (run.returncode == 1 and not refused):
                failures += 1
                print(f"fmt failed on {os.path.relpath(tree, root)}: {run.stderr.strip()}")
    print(f"fmt against fluent.syntax: {compared} file(s) in {len(trees)} tree(s), "
          f"{rewritten} rewritten, {refused} with Junk left alone, {failures} difference(s)")
    return failures == 0


def main():
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--fmt", metavar="BINARY",
                      help="also compare `BINARY fmt` with fluent.syntax on every locales tree")
    options = args.parse_args()
    ok = check_shipped()
    if options.fmt:
        ok = check_fmt(options.fmt) and ok
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
