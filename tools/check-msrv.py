#!/usr/bin/env python3
"""Checks that `rust-version` in Cargo.toml is the oldest toolchain that can build the crate.

It must be at least every dependency's own `rust-version` (over all features), and at least
1.88 while the code uses let-chains (`if let … && …`). It must also be no higher than that
floor, so users on an older toolchain are not turned away for nothing. Clippy's
`incompatible_msrv` lint (run by CI with warnings denied) catches standard-library APIs newer
than the declared version.
"""
import json
import os
import re
import subprocess
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def version(text):
    return tuple(int(part) for part in text.split("."))


def show(v):
    return ".".join(str(part) for part in v)


manifest = open(os.path.join(root, "Cargo.toml"), encoding="utf-8").read()
declared = version(re.search(r'^rust-version = "([0-9.]+)"', manifest, re.M).group(1))

metadata = json.loads(subprocess.check_output(
    ["cargo", "metadata", "--format-version", "1", "--all-features", "--quiet"], cwd=root))
nodes = {node["id"]: node for node in metadata["resolve"]["nodes"]}
packages = {package["id"]: package for package in metadata["packages"]}

# Walk normal and build dependencies only: dev-dependencies do not bind users.
root_id = metadata["resolve"]["root"]
seen, stack = set(), [root_id]
while stack:
    current = stack.pop()
    if current in seen:
        continue
    seen.add(current)
    for dep in nodes[current]["deps"]:
        if any(kind["kind"] in (None, "build") for kind in dep["dep_kinds"]):
            stack.append(dep["pkg"])
seen.discard(root_id)

floor, why = (0,), "nothing"
for package_id in seen:
    package = packages[package_id]
    if package.get("rust_version") and version(package["rust_version"]) > floor:
        floor, why = version(package["rust_version"]), package["name"]

let_chain = re.compile(r"^\s*(?:\}\s*else\s+)?(?:if|while)\s+let\b.*&&|&&\s*let\s")
uses_let_chains = any(
    let_chain.search(line)
    for directory, _, files in os.walk(os.path.join(root, "src"))
    for name in files if name.endswith(".rs")
    for line in open(os.path.join(directory, name), encoding="utf-8"))
if uses_let_chains and version("1.88") > floor:
    floor, why = version("1.88"), "let-chains in src/"

print(f"rust-version {show(declared)}; the floor is {show(floor)} ({why}), "
      f"over {len(seen)} normal and build dependencies")
if declared != floor:
    print(f"check-msrv: set rust-version = \"{show(floor)}\" in Cargo.toml", file=sys.stderr)
    sys.exit(1)
