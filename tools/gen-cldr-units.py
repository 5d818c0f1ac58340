#!/usr/bin/env python3
"""Regenerates src/format/cldr_units.rs: CLDR's digital-unit patterns (byte … terabyte), short and long.

ICU4X's compiled data has no digital units yet, so SIZE() takes its unit patterns from the
CLDR JSON release and its numbers and plural rules from ICU4X. Usage, from the repository root:

    tools/gen-cldr-units.sh            # fetch cldr-units-full@48.2.0, rewrite the file
    tools/gen-cldr-units.sh --check    # fail if the committed file is not what this script writes

or by hand, with the npm package unpacked into ./package:

    npm pack cldr-units-full@48.2.0 && tar xzf cldr-units-full-48.2.0.tgz
    python3 tools/gen-cldr-units.py package > src/format/cldr_units.rs

The output is already rustfmt-stable (its tables are `#[rustfmt::skip]`), so
`rustfmt --edition 2024 --check src/format/cldr_units.rs` passes on it unchanged.

What the file holds:

- `UnitPatterns`, one locale's patterns in CLDR's short width (kB, MB, Mo, МБ …) and long width
  (the spelled-out words: bytes, Byte, octets, バイト, 바이트 …); SIZE() picks between them;
- `ROOT`, the patterns of CLDR's root locale `und`;
- one static per other distinct table, named after the first locale that uses it;
- `DIGITAL_UNITS`, a sorted `(tag, &table)` index of the language and language-Script
  locales whose patterns differ from root, and of the regional locales whose patterns differ
  from their language's (or language-Script's). Every locale not in the index uses `ROOT`.

A language-Script locale whose patterns equal root's is still indexed (pointing at `ROOT`)
when its language's patterns do not: SIZE() tries the bare language after a language-Script
tag it cannot find, and must not pick up the language's patterns for another script
(`zh-Hant` stays on root's patterns rather than taking `zh`'s).

A locale with a region subtag (`es-MX`, `pt-PT`, `zh-Hant-HK`) is indexed only where its
patterns differ from those SIZE() would find for its language (or language-Script) without
it: in CLDR 48.2 en-CA, es-419 and the other Latin-American es-*, pt-PT and the other
non-Brazilian pt-* (their own byte patterns), fr-CA (other spaces before the unit) and a few
more. SIZE() formats values for the request's region (`es-MX` text in `es` gets `es-MX`'s
units), so it looks up the regional tag first. Regional locales share the tables above, so
each costs one index entry.

One pattern is taken from a regional locale: CLDR 48.2's zh-Hant has only the English word
"byte", in every width, while its children zh-Hant-HK and zh-Hant-MO spell it 位元組, the term
Traditional Chinese software uses (Taiwan included). `BORROWED_LONG_BYTE` gives zh-Hant that
long byte pattern, so a size under 1 kB never reads in English there.
"""
import json
import os
import sys

UNITS = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"]
CATEGORIES = ["zero", "one", "two", "few", "many", "other"]
WIDTHS = ["short", "long"]
ROOT_TAG = "und"
# Locales whose own long byte pattern is the untranslated root one, and the CLDR locale whose
# translation they take (see the module docstring).
BORROWED_LONG_BYTE = {"zh-Hant": "zh-Hant-HK"}


def rust_str(text):
    """A Rust string literal for `text`: quotes, backslashes and control characters escaped."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0:
            out.append("\\u{%x}" % ord(char))
        else:
            out.append(char)
    return '"%s"' % "".join(out)


def read_width(main_dir, tag, width):
    """The patterns of `tag` in `width`, one tuple per unit, or None if a unit has none."""
    path = os.path.join(main_dir, tag, "units.json")
    with open(path, encoding="utf-8") as file:
        units_json = json.load(file)["main"][tag]["units"][width]
    units = []
    for unit in UNITS:
        entry = units_json.get("digital-" + unit, {})
        patterns = tuple(entry.get("unitPattern-count-" + c) for c in CATEGORIES)
        if patterns[-1] is None:
            return None
        units.append(patterns)
    return tuple(units)


def read_locales(main_dir):
    """`{tag: (short, long)}` for the language and language-Script locales with all five units
    in both widths."""
    tables = {}
    for tag in sorted(os.listdir(main_dir)):
        parts = tag.split("-")
        if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) != 4):
            continue  # keep language and language-Script locales only
        widths = tuple(read_width(main_dir, tag, width) for width in WIDTHS)
        if all(widths):
            tables[tag] = widths
    for tag, donor in BORROWED_LONG_BYTE.items():
        short, long = tables[tag]
        root_byte = tables[ROOT_TAG][1][0]
        if long[0] != root_byte:
            sys.exit("gen-cldr-units: %s has its own long byte pattern now; drop it from "
                     "BORROWED_LONG_BYTE" % tag)
        donor_long = read_width(main_dir, donor, "long")
        tables[tag] = (short, (donor_long[0],) + long[1:])
    return tables


def is_regional(tag):
    """Whether a CLDR locale directory name has a region subtag (`es-MX`, `es-419`, `zh-Hant-HK`)."""
    parts = tag.split("-")
    return len(parts) > 1 and len(parts[-1]) in (2, 3)


def read_regional(main_dir, tables):
    """`{tag: (short, long)}` for the regional locales whose complete patterns differ from their
    language's (or language-Script's), the table SIZE() would otherwise use."""
    root = tables[ROOT_TAG]
    regional = {}
    for tag in sorted(os.listdir(main_dir)):
        if not is_regional(tag):
            continue
        parts = tag.split("-")
        if len(parts) > 3 or (len(parts) == 3 and len(parts[1]) != 4):
            continue  # variants and other shapes: not looked up
        widths = tuple(read_width(main_dir, tag, width) for width in WIDTHS)
        if not all(widths):
            continue
        base = tables.get("-".join(parts[:-1]), root)
        if widths != base:
            regional[tag] = widths
    return regional


def index_entries(tables, regional):
    """The `(tag, table)` pairs the index needs so lookups match a table of every locale."""
    root = tables[ROOT_TAG]
    entries = list(regional.items())
    for tag, table in tables.items():
        if table != root:
            entries.append((tag, table))
        elif "-" in tag and tables.get(tag.split("-")[0], root) != root:
            entries.append((tag, table))  # must not fall back to its language's table
    return sorted(entries)


def static_name(tag):
    return tag.upper().replace("-", "_")


def render_table(name, table, public=False, users=()):
    lines = ["/// Patterns of %s." % ", ".join(users)] if users else []
    lines += ["#[rustfmt::skip]",
             "%sstatic %s: UnitPatterns = UnitPatterns {" % ("pub(crate) " if public else "", name)]
    for width, units in zip(WIDTHS, table):
        lines.append("    %s: [" % width)
        for patterns in units:
            cells = ", ".join("None" if p is None else "Some(%s)" % rust_str(p) for p in patterns)
            lines.append("        [%s]," % cells)
        lines.append("    ],")
    lines.append("};")
    return lines


def render(version, tables, regional):
    root = tables[ROOT_TAG]
    entries = index_entries(tables, regional)
    names = {root: "ROOT"}
    for tag, table in entries:
        names.setdefault(table, static_name(tag))
    out = ["// @generated by tools/gen-cldr-units.py from CLDR %s (cldr-units-full); do not edit." % version,
           "//! CLDR digital-unit patterns, short and long: `[unit][plural category]`, units byte …",
           "//! terabyte, categories zero, one, two, few, many, other (`None` falls back to `other`).",
           "//! zh-Hant's long byte pattern is zh-Hant-HK's (CLDR's zh-Hant has only \"byte\").",
           "//!",
           "//! Only the %d locales that need an entry are indexed; they share `ROOT` and %d other tables,"
           % (len(entries), len(names) - 1),
           "//! all distinct (%d of the entries are regional locales whose patterns differ from their"
           % len(regional),
           "//! language's). The other %d language and language-Script locales match root's patterns."
           % (len(tables) - (len(entries) - len(regional))),
           "",
           "/// Patterns of one width: `[unit][plural category]`.",
           "pub(crate) type WidthPatterns = [[Option<&'static str>; 6]; 5];",
           "",
           "/// One locale's patterns in CLDR's short and long widths.",
           "pub(crate) struct UnitPatterns {",
           "    /// Symbols and abbreviations: kB, MB, Mo, МБ, …",
           "    pub(crate) short: WidthPatterns,",
           "    /// Spelled out: bytes, kilobytes, octets, バイト, …",
           "    pub(crate) long: WidthPatterns,",
           "}",
           "",
           "/// CLDR's root locale (`und`): the patterns of every locale not in [`DIGITAL_UNITS`].",
           ]
    out += render_table("ROOT", root, public=True)
    for table, name in names.items():
        if name != "ROOT":
            out.append("")
            out += render_table(name, table, users=[tag for tag, t in entries if t == table])
    out += ["",
            "/// The locales whose patterns are not root's, or that must not fall back to their",
            "/// language's (language-Script tags that match root), and the regional locales whose",
            "/// patterns are not their language's, sorted by tag for binary search.",
            "#[rustfmt::skip]",
            "pub(crate) static DIGITAL_UNITS: &[(&str, &UnitPatterns)] = &["]
    width = max(len(rust_str(tag)) for tag, _ in entries)
    for tag, table in entries:
        key = rust_str(tag) + ","
        out.append("    (%s &%s)," % (key.ljust(width + 1), names[table]))
    out.append("];")
    return "\n".join(out) + "\n"


def main(root):
    with open(os.path.join(root, "package.json"), encoding="utf-8") as file:
        version = json.load(file)["version"]
    tables = read_locales(os.path.join(root, "main"))
    if ROOT_TAG not in tables:
        sys.exit("gen-cldr-units: %s has no complete root (%s) locale" % (root, ROOT_TAG))
    regional = read_regional(os.path.join(root, "main"), tables)
    sys.stdout.write(render(version, tables, regional))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package")
