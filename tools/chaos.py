#!/usr/bin/env python3
"""Load and faults against `fresns-i18n serve`, on loopback, for a bounded time.

Starts the release binary on a temporary copy of locales/ and, for --duration seconds, runs
at the same time:

- valid requests in several languages (X-Fresns-Client-Lang-Tag, ?lang=, Accept-Language) for
  random codes, some with arguments, each checked for status 200, the envelope and the
  expected language (a hand-written table: de -> de, zh-TW -> zh-Hant, fr-CA -> fr, nl -> en);
- invalid requests on raw sockets: bad tags and timezones, unknown codes and arguments,
  64 KiB headers, non-UTF-8 path bytes, 1 MiB query strings, oversized bodies;
- stalled clients: idle connections, half-sent heads (some trickling a byte line now and
  then), idle keep-alive connections, unfinished bodies, and clients that stop reading;
- edits to the .ftl files of the copy (valid text changes, which must go live; broken edits,
  which must be held back; then fixes) and SIGHUPs. Valid edits are saved as editors save:
  through a temporary file renamed over the original; as vim does (the original renamed to
  a backup, the text written anew, with vim's swap file, its `4913` probe and an Emacs-style
  lock link beside it); or in place through one open file, paused halfway for longer than
  the server's quiet period. No valid edit may make a reload fail on the way;
- with a link layout, swaps to new releases: a valid one (live within the deadline), a
  broken one (a broken file or a link to a missing folder: held back, the last good text
  still served) and a good one again.

The copy is laid out in turn (--layout) as a plain directory; as `current -> releases/NNNN`,
swapped atomically as deploy tools do; and as a Kubernetes ConfigMap volume
(`<tag> -> ..data/<tag>`, `..data -> ..<timestamp>`, updated as the kubelet does). Each
layout gets its own server and --duration seconds.

Then it checks that the server still answers, reads /metrics and prints a summary. It asserts
zero 5xx, zero failed valid requests, every valid response in the expected language, edits
and swaps handled as documented (none lost), every stalled client disconnected by the server
in time, flat memory (VmRSS sampled every second) and a clean exit on SIGTERM; it exits 1 if
any assertion fails.

Usage: cargo build --release && tools/chaos.py [--duration 60] [--layout all] [--seed N]

Python 3 standard library only. Everything listens and connects on 127.0.0.1; the run is
bounded by --duration and --max-requests and stops the server on exit.
"""

import argparse
import http.client
import json
import os
import random
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent

# The server's slow-client limits (src/server/mod.rs): a request head must arrive within
# HEADER_READ_TIMEOUT, and a response that the client does not take within WRITE_TIMEOUT
# ends the connection. A stalled client must be gone within the limit plus this slack.
HEADER_READ_TIMEOUT = 10.0
WRITE_TIMEOUT = 10.0
STALL_SLACK = 5.0
# Memory is flat when the last window's peak is within 10% or 4 MiB of the earlier window's.
RSS_RATIO = 1.10
RSS_SLACK_KIB = 4 * 1024
# An edit must go live (or be reported as rejected) within this time.
EDIT_DEADLINE = 8.0

# Explicit tags (header or ?lang=) and the locale that must answer.
STRICT_TAGS = [
    ("de", "de"), ("de-AT", "de"), ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"),
    ("zh-Hant", "zh-Hant"), ("zh-CN", "zh-Hans"), ("zh", "zh-Hans"), ("zh-SG", "zh-Hans"),
    ("fr-CA", "fr"), ("pt-BR", "pt"), ("pt-PT", "pt"), ("en-GB", "en"), ("en", "en"),
    ("nl", "en"), ("sv", "en"), ("ja", "ja"), ("ko-KR", "ko"), ("ar-EG", "ar"),
    ("es-419", "es"), ("es-MX", "es"), ("ru", "ru"), ("hi", "hi"), ("id", "id"),
    ("it-CH", "it"), ("EN-xa", "en-XA"), ("ar-XB", "ar-XB"),
]
# Accept-Language headers and the locale that must answer.
ACCEPT_LANGUAGE = [
    ("de-DE,de;q=0.9,en;q=0.8", "de"), ("zh-TW,zh;q=0.9", "zh-Hant"),
    ("fr-CA, fr;q=0.9", "fr"), ("nl, en;q=0.5", "en"), ("nl,de;q=0.5", "de"), ("*", "en"),
    ("es;q=0, pt", "pt"), ("en_US", "en"), ("ko-KR;q=0.8, ja;q=0.9", "ja"),
    ("xx, zh-Hant-HK", "zh-Hant"), ("ar-SA,ar;q=0.9", "ar"), ("hi-IN", "hi"),
    ("ru-RU, en;q=0.1", "ru"), ("zh_CN", "zh-Hans"), ("it;q=0, it-IT, es;q=0.2", "es"),
    ("pt-BR;q=0.1, id;q=0.3", "id"),
    # Long but within the limits: only the first 1 KiB is read, and it asks for de.
    ("de;q=0.5," * 700 + "fr", "de"),
]
VALID_TIMEZONES = ["+8", "-11.5", "+5.75", "0", "-3"]
SAMPLE_VALUES = {
    "duration": ["7200", "2h", "90m", "1h30m", "45s", "3d"],
    "count": ["0", "1", "2", "5", "21", "1000"],
    "bytes": ["1024", "10MB", "512kB", "1.5GB"],
    "text": ["exe", "mp4", "svg"],
}

# Locales whose files get valid edits (single-line messages only, so the text is predictable).
EDITED_LOCALES = ["de", "fr", "zh-Hant", "ja", "en"]


def log(message):
    print(f"chaos: {message}", flush=True)


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Stats:
    """Counters shared by the worker threads."""

    def __init__(self, max_requests):
        self.lock = threading.Lock()
        self.max_requests = max_requests
        self.sent = 0
        self.by_kind = Counter()
        self.unexpected_by_kind = Counter()
        self.statuses = Counter()
        self.valid_latency_ms = []
        self.valid_failures = []
        self.valid_failed = 0
        self.wrong_language = 0
        self.unexpected = []
        self.server_errors = []
        self.problems = []

    def take_ticket(self):
        """One more request, unless the run's request budget is spent."""
        with self.lock:
            if self.sent >= self.max_requests:
                return False
            self.sent += 1
            return True

    def record(self, kind, status, ok, detail=None):
        with self.lock:
            self.by_kind[kind] += 1
            self.statuses[status] += 1
            if isinstance(status, int) and status >= 500:
                self.server_errors.append(f"{kind}: {status} {detail or ''}"[:300])
            if not ok:
                self.unexpected_by_kind[kind] += 1
                if len(self.unexpected) < 20:
                    self.unexpected.append(f"{kind}: {status} {detail or ''}"[:300])

    def problem(self, text):
        with self.lock:
            self.problems.append(text)


class Server:
    """The release binary on 127.0.0.1, port picked by the OS."""

    def __init__(self, binary, locales, workdir):
        self.stderr_path = workdir / "server.log"
        self.stderr = open(self.stderr_path, "wb")
        self.process = subprocess.Popen(
            [str(binary), "serve", "--addr", "127.0.0.1:0", "--locales", str(locales)],
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            env={**os.environ, "RUST_LOG": "warn"},
        )
        self.pid = self.process.pid
        ready, _, _ = select.select([self.process.stdout], [], [], 30)
        line = self.process.stdout.readline().decode() if ready else ""
        if not line.startswith("listening on http://"):
            self.stop()
            raise SystemExit(f"chaos: the server did not start: {line!r}\n{self.log_text()}")
        host, port = line.strip().removeprefix("listening on http://").rsplit(":", 1)
        self.host, self.port = host, int(port)

    def alive(self):
        return self.process.poll() is None

    def rss_kib(self):
        try:
            with open(f"/proc/{self.pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    def open_fds(self):
        try:
            return len(os.listdir(f"/proc/{self.pid}/fd"))
        except OSError:
            return None

    def stop(self, timeout=20):
        """SIGTERM, then SIGKILL if it has not exited in time; returns the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                return "killed"
        self.stderr.close()
        return self.process.returncode

    def log_text(self):
        try:
            return self.stderr_path.read_text(errors="replace")
        except OSError:
            return ""


def http_get(server, path, headers=None, timeout=10):
    """One GET on a fresh connection: (status, headers, body)."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=timeout)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def load_codes(binary, locales):
    output = subprocess.run(
        [str(binary), "codes", "--json", "--locales", str(locales)],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout
    return json.loads(output)


def valid_args(entry, rng):
    """Values for every required argument (and some defaulted ones) of a code."""
    args = {}
    for spec in entry["args"]:
        if spec["required"] or rng.random() < 0.5:
            args[spec["name"]] = rng.choice(SAMPLE_VALUES[spec["type"]])
    return args


def check_message(status, headers, body, entry, expected):
    """Why a valid message response is wrong, or None; and whether the language was wrong."""
    if status != 200:
        return f"status {status}: {body[:200]!r}", False
    try:
        envelope = json.loads(body)
    except ValueError:
        return f"not JSON: {body[:200]!r}", False
    data = envelope.get("data") or {}
    message = envelope.get("message")
    if envelope.get("code") != entry["code"] or data.get("id") != entry["id"]:
        return f"wrong code or id: {envelope}", False
    if "detail" in data:
        return f"an error detail on a 200: {envelope}", False
    if not isinstance(message, str) or not message.strip():
        return f"empty message: {envelope}", False
    if "{" in message or "}" in message or entry["id"] in message:
        return f"Fluent syntax or a raw ID: {envelope}", False
    if data.get("langTag") != expected or headers.get("content-language") != expected:
        return (
            f"language {data.get('langTag')!r} (Content-Language "
            f"{headers.get('content-language')!r}), expected {expected!r}",
            True,
        )
    return None, False


def valid_worker(server, stats, codes, stop, seed):
    """Keep-alive requests that must all succeed in the expected language."""
    rng = random.Random(seed)
    connection = None
    while not stop.is_set() and stats.take_ticket():
        entry = rng.choice(codes)
        catalog = rng.random() < 0.03
        path = "/v1/errors" if catalog else f"/v1/errors/{entry['code']}"
        query = {}
        if not catalog and entry["args"] and rng.random() < 0.5:
            query.update(valid_args(entry, rng))
        headers = {}
        way = rng.choice(["header", "query", "accept-language"])
        if way == "accept-language":
            value, expected = rng.choice(ACCEPT_LANGUAGE)
            headers["Accept-Language"] = value
        else:
            value, expected = rng.choice(STRICT_TAGS)
            if way == "header":
                headers["X-Fresns-Client-Lang-Tag"] = value
            else:
                query["lang"] = value
            # A noise Accept-Language must not win over the explicit choice.
            if rng.random() < 0.3:
                headers["Accept-Language"] = "ja, ko;q=0.5"
        if rng.random() < 0.3:
            headers["X-Fresns-Client-Timezone"] = rng.choice(VALID_TIMEZONES)
        if query:
            path += "?" + urllib.parse.urlencode(query)
        kind = "valid catalog" if catalog else f"valid {way}"
        started = time.monotonic()
        try:
            if connection is None:
                connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            body = response.read()
            status, response_headers = response.status, {
                k.lower(): v for k, v in response.getheaders()
            }
        except (OSError, http.client.HTTPException) as err:
            connection = None
            stats.record(kind, "connection error", False, f"{path}: {err!r}")
            with stats.lock:
                stats.valid_failed += 1
                stats.valid_failures.append(f"{kind} {path} {headers}: {err!r}"[:300])
            continue
        elapsed = (time.monotonic() - started) * 1000
        if catalog:
            reason, wrong_language = check_catalog(status, body, len(codes), expected)
        else:
            reason, wrong_language = check_message(
                status, response_headers, body, entry, expected
            )
        stats.record(kind, status, reason is None, reason)
        with stats.lock:
            stats.valid_latency_ms.append(elapsed)
            if reason is not None:
                stats.valid_failed += 1
                stats.wrong_language += int(wrong_language)
                if len(stats.valid_failures) < 20:
                    stats.valid_failures.append(
                        f"{kind} {path[:120]} {value[:60]!r}: {reason}"[:400]
                    )
        if response_headers.get("connection", "").lower() == "close":
            connection.close()
            connection = None
    if connection is not None:
        connection.close()


def check_catalog(status, body, count, expected):
    if status != 200:
        return f"catalog status {status}", False
    try:
        envelope = json.loads(body)
    except ValueError:
        return "catalog is not JSON", False
    data = envelope.get("data") or {}
    messages = data.get("messages") or {}
    complete = all(isinstance(m, str) and m.strip() for m in messages.values())
    if len(messages) != count or not complete:
        return f"catalog has {len(messages)} messages, expected {count} non-empty", False
    if data.get("langTag") != expected:
        return f"catalog language {data.get('langTag')!r}, expected {expected!r}", True
    return None, False


def request(path, headers=(), method=b"GET", tail=b""):
    """A raw HTTP/1.1 request; `path` and header values may be bytes (not UTF-8)."""
    raw = lambda text: text if isinstance(text, bytes) else text.encode()
    head = method + b" " + raw(path) + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    for name, value in headers:
        head += raw(name) + b": " + raw(value) + b"\r\n"
    return head + b"\r\n" + tail


def invalid_kinds(codes):
    """(name, weight, requests to pick from, allowed (status, code) pairs, reset allowed).

    A code of None is a bare answer from the connection layer (no envelope). Oversized
    requests may be answered and closed before the client has sent everything, which the
    client sees as a reset; that is fine, a 5xx or a hang is not.
    """
    two_required = next(e for e in codes if sum(a["required"] for a in e["args"]) >= 2)
    first = next(a for a in two_required["args"] if a["required"])
    value = SAMPLE_VALUES[first["type"]][0]
    partial = f"/v1/errors/{two_required['code']}?{first['name']}={value}"
    code = "/v1/errors/31401"
    tags = ["en_US", "x!", "", "de-", "a" * 70, b"d\xe9", "zh_TW"]
    zones = ["Asia/Shanghai", "+15", "UTC+8", "+08:00", b"\xff"]
    return [
        ("bad tag header", 4,
         [request(code, [("X-Fresns-Client-Lang-Tag", t)]) for t in tags], {(400, 31401)}, False),
        ("bad ?lang=", 3,
         [request(f"{code}?lang={t}") for t in ["en_US", "%FF", "", "x!y", "de--AT"]],
         {(400, 31401)}, False),
        ("bad timezone", 3,
         [request(code, [("X-Fresns-Client-Timezone", z)]) for z in zones], {(400, 31402)}, False),
        ("unknown code", 3,
         [request(f"/v1/errors/{c}") for c in ["99999", "abc", "%FF%FE", "31401x"]],
         {(404, 30002)}, False),
        ("bad argument value", 2,
         [request(f"/v1/errors/34306?wait={v}") for v in ["soon", "-1", "1e9h", "%FF"]],
         {(400, 30002)}, False),
        ("unknown argument", 2, [request(f"{code}?nope=1")], {(400, 30000)}, False),
        ("missing argument", 1, [request(partial)], {(400, 30001)}, False),
        ("unknown route", 1,
         [request(p) for p in ["/wp-admin", "/v1/errors/1/2", "/"]], {(404, 30000)}, False),
        ("POST", 1,
         [request(code, [("Content-Length", "0")], b"POST")], {(405, 30000)}, False),
        ("12 KiB header", 2,
         [request(code, [("X-Big", "a" * 12 * 1024)])], {(431, 31000)}, False),
        ("64 KiB header", 2,
         [request(code, [("X-Big", "a" * 64 * 1024)])], {(431, None)}, True),
        ("64 KiB Accept-Language", 1,
         [request(code, [("Accept-Language", "de;q=0.5," * 7282)])], {(431, None)}, True),
        ("1000 headers (64 KiB)", 1,
         [request(code, [(f"X-H{i}", "v" * 56) for i in range(1000)])], {(431, None)}, True),
        ("non-UTF-8 path", 3,
         [request(p) for p in [b"/v1/errors/\xff\xfe", b"/\xc3\x28", b"/v1/errors/3140\x80",
                               b"/v1/\xe9rrors"]],
         {(400, None)}, False),
        ("4 KiB query", 1, [request(f"{code}?x=" + "a" * 4096)], {(400, 30002)}, False),
        ("1 MiB query", 1,
         [request(f"{code}?x=" + "a" * (1 << 20))], {(431, None), (414, None)}, True),
        ("1 MiB body declared", 1,
         [request(code, [("Content-Length", str(1 << 20))], tail=b"a" * 4096)],
         {(413, 30000)}, True),
    ]


def raw_exchange(server, data, timeout=10):
    """Sends bytes, reads until the server closes: (status or 'reset', envelope code, body)."""
    with socket.create_connection((server.host, server.port), timeout=timeout) as sock:
        reset = False
        try:
            sock.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            reset = True  # answered and closed before the request was all sent
        received = b""
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                received += chunk
        except ConnectionResetError:
            reset = True
        except socket.timeout:
            return "timeout", None, received
    if not received:
        return ("reset" if reset else "closed"), None, b""
    head, _, body = received.partition(b"\r\n\r\n")
    try:
        status = int(head.split(b" ", 2)[1])
    except (IndexError, ValueError):
        return "garbled", None, received[:200]
    code = None
    if b"application/json" in head.lower():
        try:
            code = json.loads(body).get("code")
        except ValueError:
            code = "bad json"
    return status, code, body


def invalid_worker(server, stats, kinds, stop, seed):
    rng = random.Random(seed)
    weights = [kind[1] for kind in kinds]
    while not stop.is_set() and stats.take_ticket():
        name, _, requests, allowed, reset_ok = rng.choices(kinds, weights)[0]
        try:
            status, code, body = raw_exchange(server, rng.choice(requests))
        except OSError as err:
            status, code, body = f"error {err.__class__.__name__}", None, b""
        ok = (status, code) in allowed or (reset_ok and status == "reset")
        stats.record(f"invalid: {name}", status, ok, f"code {code} {body[:160]!r}")


class Stalled:
    """Clients that stall, kept up to a number at a time and replaced when the server drops
    them. Each records how long the server kept it."""

    VARIANTS = [
        "idle", "half head", "trickling head", "idle keep-alive", "unfinished body",
        "stops reading",
    ]

    def __init__(self, server, stats, limit, seed):
        self.server, self.stats, self.limit = server, stats, limit
        self.rng = random.Random(seed)
        self.open = []  # dicts: sock, variant, opened, next_trickle
        self.opened = Counter()
        self.closed = defaultdict(list)  # variant -> lifetimes
        self.overdue = []
        self.left_open = Counter()

    def start_one(self, variant):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if variant == "stops reading":
            # A small receive window, so the server's writes block as soon as possible.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.settimeout(5)
        sock.connect((self.server.host, self.server.port))
        head = b"GET /v1/errors/31401 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        if variant == "half head":
            sock.sendall(head + b"X-Fresns-Client-Lang-Tag: d")
        elif variant == "trickling head":
            sock.sendall(head)
        elif variant == "idle keep-alive":
            sock.sendall(head + b"\r\n")
            self.read_response(sock)
        elif variant == "unfinished body":
            sock.sendall(head + b"Content-Length: 500\r\n\r\nabc")
        elif variant == "stops reading":
            # Many catalog requests at once, none of whose responses is ever read.
            sock.sendall(b"GET /v1/errors?lang=de HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" * 200)
        sock.setblocking(False)
        now = time.monotonic()
        self.open.append({"sock": sock, "variant": variant, "opened": now, "next": now + 2})
        self.opened[variant] += 1

    @staticmethod
    def read_response(sock):
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = sock.recv(4096)
            if not chunk:
                return
            received += chunk
        head, _, body = received.partition(b"\r\n\r\n")
        length = int(re.search(rb"content-length: (\d+)", head.lower()).group(1))
        while len(body) < length:
            chunk = sock.recv(4096)
            if not chunk:
                return
            body += chunk

    def server_closed(self, entry):
        """Whether the server has dropped this client. A client that stops reading has a
        window full of data, so it can only tell by reading: it does so once, past the
        write limit, and then reads everything that is left."""
        sock = entry["sock"]
        if entry["variant"] == "stops reading":
            if time.monotonic() - entry["opened"] < WRITE_TIMEOUT + STALL_SLACK / 2:
                return False
            sock.settimeout(1)
            try:
                while True:
                    if not sock.recv(1 << 20):
                        return True
            except ConnectionResetError:
                return True
            except (socket.timeout, BlockingIOError):
                return False  # still sending or idle: the server kept it
        try:
            data = sock.recv(65536, socket.MSG_PEEK)
        except BlockingIOError:
            return False
        except OSError:
            return True
        if data and entry["variant"] == "unfinished body":
            # The response to the head: the server answers without the body, then closes.
            try:
                while sock.recv(65536):
                    pass
            except BlockingIOError:
                return False
            except OSError:
                return True
            return True
        return not data

    def tick(self, accepting):
        now = time.monotonic()
        keep = []
        for entry in self.open:
            age = now - entry["opened"]
            if self.server_closed(entry):
                self.closed[entry["variant"]].append(age)
                entry["sock"].close()
                continue
            limit = WRITE_TIMEOUT if entry["variant"] == "stops reading" else HEADER_READ_TIMEOUT
            if age > limit + STALL_SLACK and not entry.get("overdue"):
                entry["overdue"] = True
                self.overdue.append(f"{entry['variant']} still open after {age:.1f} s")
            if entry["variant"] == "trickling head" and now >= entry["next"]:
                entry["next"] = now + 2
                try:
                    entry["sock"].send(b"X-Slow: a\r\n")
                except (BlockingIOError, OSError):
                    pass
            keep.append(entry)
        self.open = keep
        while accepting and len(self.open) < self.limit:
            variant = self.VARIANTS[sum(self.opened.values()) % len(self.VARIANTS)]
            try:
                self.start_one(variant)
            except OSError as err:
                self.stats.problem(f"could not open a stalled client ({variant}): {err!r}")
                break

    def run(self, load_over, stop):
        """Opens stalled clients until the load is over, and watches them until `stop`."""
        while not stop.is_set():
            self.tick(not load_over.is_set())
            stop.wait(0.25)

    def close_all(self):
        now = time.monotonic()
        for entry in self.open:
            self.left_open[entry["variant"]] += 1
            age = now - entry["opened"]
            limit = WRITE_TIMEOUT if entry["variant"] == "stops reading" else HEADER_READ_TIMEOUT
            if age > limit + STALL_SLACK and not entry.get("overdue"):
                self.overdue.append(f"{entry['variant']} still open after {age:.1f} s")
            entry["sock"].close()
        self.open = []


def atomic_write(path, data):
    """Writes as editors that save through a temporary file in the same folder do: the new
    text under a hidden name, renamed over the old file."""
    temp = path.with_name(f".{path.name}.chaos-tmp")
    temp.write_bytes(data)
    os.replace(temp, path)


def vim_save(path, data):
    """Saves as vim does by default, leaving its files beside the one edited while it works:
    the `4913` probe, the `.name.swp` swap file, and an Emacs-style `.#name` lock link. The
    original is renamed to the `name~` backup and the new text written anew."""
    swap = path.with_name(f".{path.name}.swp")
    lock = path.with_name(f".#{path.name}")
    backup = path.with_name(f"{path.name}~")
    swap.write_bytes(b"b0VIM 9.1\0\0 { {")
    if not lock.is_symlink():
        os.symlink(f"chaos@localhost.{os.getpid()}:1764669600", lock)
    probe = path.with_name("4913")
    probe.write_bytes(b"")
    probe.unlink()
    os.replace(path, backup)
    path.write_bytes(data)
    backup.unlink()
    swap.unlink()
    lock.unlink()


# The server's quiet period before a reload (DEBOUNCE in src/server/reload.rs).
DEBOUNCE = 0.2


def slow_save(path, data):
    """Writes in place through one open file, pausing halfway for longer than the server's
    quiet period, as a slow writer does: the half file must never be live nor judged."""
    half = len(data) // 2
    with open(path, "wb") as out:
        out.write(data[:half])
        out.flush()
        time.sleep(DEBOUNCE + 0.15)
        out.write(data[half:])


SAVES = {"temporary file renamed": atomic_write, "vim": vim_save, "slow in place": slow_save}


def swap_link(link, target):
    """Points `link` at `target` atomically: a new link under a temporary name, renamed over
    the old one (`ln -sfn` to a temporary name and `mv -T`, or the kubelet's `..data_tmp`)."""
    temp = link.with_name(f"{link.name}_tmp")
    if temp.is_symlink():
        temp.unlink()
    os.symlink(target, temp)
    os.replace(temp, link)


class PlainLayout:
    """The locales as a plain directory, edited in place."""

    name = "plain"
    swaps = False

    def __init__(self, workdir, source):
        self.locales = workdir / "locales"
        shutil.copytree(source, self.locales)


class SwappedLayout:
    """A layout published by swapping a link to a release folder; subclasses name the folders."""

    def new_release(self, source):
        folder = self.next_name()
        shutil.copytree(source, folder)
        return folder

    def missing_release(self):
        return self.next_name()


class ReleaseLayout(SwappedLayout):
    """`current -> releases/NNNN`, swapped atomically as deploy tools do; the server is given
    `current`. The newest few releases are kept, as deploy tools keep them for rollbacks."""

    name = "release"
    swaps = True
    KEEP = 3

    def __init__(self, workdir, source):
        self.base = workdir / "deploy"
        (self.base / "releases").mkdir(parents=True)
        self.count = 0
        first = self.new_release(source)
        os.symlink(os.path.relpath(first, self.base), self.base / "current")
        self.locales = self.base / "current"

    def live(self):
        return (self.base / "current").resolve()

    def next_name(self):
        self.count += 1
        return self.base / "releases" / f"{self.count:04d}"

    def publish(self, folder):
        swap_link(self.base / "current", os.path.relpath(folder, self.base))

    def retire(self, keep):
        live = self.live()
        releases = sorted((self.base / "releases").iterdir())
        for old in releases[: -self.KEEP]:
            if old != live and old not in keep:
                shutil.rmtree(old, ignore_errors=True)


class VolumeLayout(SwappedLayout):
    """A Kubernetes ConfigMap volume: `<tag> -> ..data/<tag>` and `..data -> ..<timestamp>`,
    updated as the kubelet does it (a new timestamped folder, `..data_tmp` renamed over
    `..data`, the previous folder removed at once); the server is given the mount."""

    name = "kubernetes"
    swaps = True

    def __init__(self, workdir, source):
        self.mount = workdir / "mount"
        self.mount.mkdir()
        self.count = 0
        first = self.new_release(source)
        os.symlink(first.name, self.mount / "..data")
        for tag in sorted(entry.name for entry in source.iterdir() if entry.is_dir()):
            os.symlink(f"..data/{tag}", self.mount / tag)
        self.locales = self.mount

    def live(self):
        return (self.mount / "..data").resolve()

    def next_name(self):
        self.count += 1
        stamp = time.strftime("%Y_%m_%d_%H_%M_%S", time.gmtime())
        return self.mount / f"..{stamp}.{self.count:06d}"

    def publish(self, folder):
        previous = self.live()
        swap_link(self.mount / "..data", folder.name)
        if previous.is_dir() and previous != folder:
            shutil.rmtree(previous, ignore_errors=True)

    def retire(self, keep):
        pass  # publish removed the previous version


LAYOUTS = {layout.name: layout for layout in (PlainLayout, ReleaseLayout, VolumeLayout)}


class Editor:
    """Valid edits that must go live, broken edits that must be held back, and their fixes;
    with a link layout, also swaps to new releases (valid, broken, and fixed)."""

    BROKEN = [
        "syntax error", "duplicate ID", "bad encoding", "en message removed", "unknown variable",
    ]
    # Broken releases: a file broken as above, or a link to a folder that does not exist.
    BROKEN_RELEASES = [
        "syntax error", "missing folder", "duplicate ID", "bad encoding", "unknown variable",
    ]

    def __init__(self, server, layout, codes, stats, seed):
        self.server, self.layout, self.stats = server, layout, stats
        self.locales = layout.locales
        self.rng = random.Random(seed)
        self.code_by_id = {entry["id"]: entry["code"] for entry in codes}
        self.simple = []  # (locale, path, id, original text)
        for locale in EDITED_LOCALES:
            for path in sorted((self.locales / locale).glob("*.ftl")):
                text = path.read_text()
                for match in re.finditer(r"^([a-z][a-z0-9-]*) = ([^{}\n]+)\n(?![ \t])", text, re.M):
                    if match.group(1) in self.code_by_id:
                        self.simple.append((locale, path, match.group(1), match.group(2)))
        self.counts = Counter()
        self.live_seconds = []
        self.swap_seconds = []
        self.sighups = 0

    def message(self, locale, message_id):
        path = f"/v1/errors/{self.code_by_id[message_id]}?lang={locale}"
        status, _, body = http_get(self.server, path)
        return json.loads(body).get("message") if status == 200 else None

    def health(self):
        status, _, body = http_get(self.server, "/healthz")
        return json.loads(body) if status == 200 else {}

    def failed_reloads(self):
        return self.health().get("reload", {}).get("failed", 0)

    def wait_for(self, what, condition, topic="edit"):
        deadline = time.monotonic() + EDIT_DEADLINE
        started = time.monotonic()
        while time.monotonic() < deadline:
            try:
                if condition():
                    return time.monotonic() - started
            except (OSError, ValueError, http.client.HTTPException):
                pass
            time.sleep(0.02)
        self.stats.problem(f"{topic}: {what} did not happen within {EDIT_DEADLINE} s")
        return None

    def held_back(self, what, failed_before, locale, message_id, expected, topic="edit"):
        """Waits for `what` (a broken change) to be rejected, then checks that the last good
        text of `message_id` is still served: the last-good rule. True when both hold; each
        failure is recorded as a problem."""
        held = self.wait_for(
            f"rejection of {what}",
            lambda: self.health().get("status") == "degraded"
            and self.health()["reload"]["failed"] > failed_before,
            topic=topic,
        )
        if held is None:
            return False
        served = self.message(locale, message_id)
        if served != expected:
            self.stats.problem(
                f"{topic}: after {what} {message_id} is {served!r}, expected {expected!r}"
            )
            return False
        return True

    def replace_line(self, text, message_id, line):
        return re.sub(rf"^{re.escape(message_id)} = .*$", lambda _: line, text, count=1, flags=re.M)

    def broken_bytes(self, kind, good, message_id, original):
        """`good` (a file's bytes) broken in one of the ways a translator breaks a file."""
        if kind == "syntax error":
            line = f"{message_id} = {{ {original}"
            return self.replace_line(good.decode(), message_id, line).encode()
        if kind == "duplicate ID":
            return good + f"\n{message_id} = duplicate\n".encode()
        if kind == "bad encoding":
            return good + b"\nbroken-bytes = \xff\xfe\n"
        line = f"{message_id} = {original} {{ $nope }}"
        return self.replace_line(good.decode(), message_id, line).encode()

    def cycle(self, number):
        locale, path, message_id, original = self.rng.choice(self.simple)
        # A valid edit, saved as some editor saves: new text, which must be served within
        # the deadline, and no reload judged broken on the way (no half file, no editor file).
        before = path.read_text()
        new_text = f"{original} (v{number})"
        edited = self.replace_line(before, message_id, f"{message_id} = {new_text}")
        style = self.rng.choice(sorted(SAVES))
        failed_before = self.failed_reloads()
        SAVES[style](path, edited.encode())
        self.counts["valid edits"] += 1
        self.counts[f"saved: {style}"] += 1
        seconds = self.wait_for(
            f"valid edit ({style}) of {locale}/{path.name} {message_id}",
            lambda: self.message(locale, message_id) == new_text,
        )
        if seconds is not None:
            self.live_seconds.append(seconds)
            self.counts["valid edits live"] += 1
        if self.failed_reloads() != failed_before:
            self.stats.problem(f"edit: a valid edit ({style}) of {path.name} was judged broken")
        good = path.read_bytes()
        # A broken edit: rejected, the last good text still served, /healthz degraded.
        kind = self.BROKEN[number % len(self.BROKEN)]
        target, target_id, expected = path, message_id, new_text
        if kind == "en message removed":
            en = [s for s in self.simple if s[0] == "en"]
            _, target, target_id, _ = self.rng.choice(en)
            good = target.read_bytes()
            expected = self.message("en", target_id)
            broken = self.replace_line(good.decode(), target_id, "").encode()
        else:
            broken = self.broken_bytes(kind, good, message_id, original)
        failed_before = self.failed_reloads()
        atomic_write(target, broken)
        self.counts[f"broken: {kind}"] += 1
        what = f"a broken edit ({kind}) of {target.name}"
        if self.held_back(what, failed_before, target.parent.name, target_id, expected):
            self.counts["broken edits held back"] += 1
        if self.rng.random() < 0.5:
            os.kill(self.server.pid, signal.SIGHUP)  # a reload of the same broken files
            self.sighups += 1
            time.sleep(0.5)
            if self.health().get("status") != "degraded":
                self.stats.problem(f"edit: a SIGHUP over broken files ({kind}) cleared the failure")
        # The fix: the last good files again, and /healthz back to ok.
        atomic_write(target, good)
        self.counts["fixes"] += 1
        recovered = self.wait_for(
            f"recovery after fixing {kind}", lambda: self.health().get("status") == "ok"
        )
        if recovered is not None:
            self.counts["fixes live"] += 1

    def swap_cycle(self, number):
        """A new release swapped in (live within the deadline), a broken one swapped in (held
        back, the last good text still served), then a good one again (recovered)."""
        layout = self.layout
        locale, path, message_id, original = self.rng.choice(self.simple)
        relative = path.relative_to(self.locales)
        new_text = f"{original} (r{number})"
        release = layout.new_release(layout.live())
        target = release / relative
        target.write_text(
            self.replace_line(target.read_text(), message_id, f"{message_id} = {new_text}")
        )
        failed_before = self.failed_reloads()
        layout.publish(release)
        self.counts["valid swaps"] += 1
        seconds = self.wait_for(
            f"swap to {release.name} ({locale} {message_id})",
            lambda: self.message(locale, message_id) == new_text,
            topic="swap",
        )
        if seconds is not None:
            self.swap_seconds.append(seconds)
            self.counts["valid swaps live"] += 1
        if self.failed_reloads() != failed_before:
            self.stats.problem(f"swap: a valid swap to {release.name} was judged broken")
        layout.retire(keep=[release])
        # The fix is copied now: the kubelet removes the live version when it swaps.
        good = layout.live()
        fix = layout.new_release(good)
        kind = self.BROKEN_RELEASES[number // 2 % len(self.BROKEN_RELEASES)]
        if kind == "missing folder":
            broken = layout.missing_release()
        else:
            broken = layout.new_release(good)
            file = broken / relative
            file.write_bytes(self.broken_bytes(kind, file.read_bytes(), message_id, original))
        failed_before = self.failed_reloads()
        layout.publish(broken)
        self.counts[f"broken release: {kind}"] += 1
        self.counts["broken releases"] += 1
        what = f"a broken release ({kind})"
        if self.held_back(what, failed_before, locale, message_id, new_text, topic="swap"):
            self.counts["broken releases held back"] += 1
        layout.publish(fix)
        self.counts["release fixes"] += 1
        recovered = self.wait_for(
            f"recovery after a broken release ({kind})",
            lambda: self.health().get("status") == "ok"
            and self.message(locale, message_id) == new_text,
            topic="swap",
        )
        if recovered is not None:
            self.counts["release fixes live"] += 1
        layout.retire(keep=[fix])

    def run(self, stop):
        number = 1
        while not stop.is_set():
            swap = self.layout.swaps and number % 2 == 0
            try:
                if swap:
                    self.swap_cycle(number)
                else:
                    self.cycle(number)
            except (OSError, ValueError, http.client.HTTPException) as err:
                what = "swap" if swap else "edit"
                self.stats.problem(f"{what}: cycle {number} failed: {err!r}")
            number += 1
            stop.wait(self.rng.uniform(0.5, 1.5))


def hangups(server, editor, stop, seed):
    rng = random.Random(seed)
    while not stop.wait(rng.uniform(1.5, 4.0)):
        if server.alive():
            os.kill(server.pid, signal.SIGHUP)
            editor.sighups += 1


def sample_memory(server, samples, started, stop):
    while not stop.is_set():
        rss = server.rss_kib()
        if rss is not None:
            samples.append((time.monotonic() - started, rss, server.open_fds()))
        stop.wait(1.0)


def parse_metrics(text):
    values = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            values[name] = float(value)
    return values


def final_checks(server, stats, when):
    """The server must still answer health and message requests normally."""
    try:
        status, _, body = http_get(server, "/healthz")
        health = json.loads(body)
        if status != 200 or health.get("status") != "ok":
            stats.problem(
                f"final check ({when}): /healthz answered {status} {health.get('status')!r}"
            )
        headers = {"X-Fresns-Client-Lang-Tag": "zh-TW"}
        status, _, body = http_get(server, "/v1/errors/31401", headers)
        envelope = json.loads(body)
        if status != 200 or envelope["data"]["langTag"] != "zh-Hant" or not envelope["message"]:
            stats.problem(f"final check ({when}): message answered {status} {envelope}")
        return True
    except (OSError, ValueError, KeyError, http.client.HTTPException) as err:
        stats.problem(f"final check ({when}) failed: {err!r}")
        return False


def judge(run):
    """The assertions: (name, passed, detail) each."""
    stats, editor, stalled, metrics = run.stats, run.editor, run.stalled, run.metrics
    verdicts = []
    counted_5xx = sum(
        value for name, value in metrics.items()
        if name.startswith("fresns_i18n_http_requests_total")
        and re.search(r'status="(5\d\d|other)"', name)
    )
    verdicts.append(("zero 5xx", not stats.server_errors and counted_5xx == 0,
                     f"{len(stats.server_errors)} seen by clients, "
                     f"{counted_5xx:.0f} counted by /metrics"))
    valid = sum(count for kind, count in stats.by_kind.items() if kind.startswith("valid"))
    verdicts.append(("zero failed valid requests", stats.valid_failed == 0 and valid > 0,
                     f"{stats.valid_failed} of {valid}"))
    verdicts.append(("every valid response in the right language",
                     stats.wrong_language == 0 and valid > 0, f"{stats.wrong_language} wrong"))
    unexpected = sum(count for kind, count in stats.unexpected_by_kind.items()
                     if kind.startswith("invalid"))
    verdicts.append(("invalid requests answered as documented", unexpected == 0,
                     f"{unexpected} unexpected"))
    counts = editor.counts
    edits_ok = (
        counts["valid edits"] > 0
        and counts["valid edits"] == counts["valid edits live"]
        and counts["fixes"] == counts["fixes live"]
        and not any(problem.startswith("edit") for problem in stats.problems)
    )
    verdicts.append(("edits live, broken edits held back, fixes recover", edits_ok,
                     f"{counts['valid edits live']}/{counts['valid edits']} live, "
                     f"{counts['broken edits held back']} held back, "
                     f"{counts['fixes live']}/{counts['fixes']} recovered"))
    if run.layout.swaps:
        broken_releases = counts["broken releases"]
        swaps_ok = (
            counts["valid swaps"] > 0
            and counts["valid swaps"] == counts["valid swaps live"]
            and counts["broken releases held back"] == broken_releases
            and counts["release fixes"] == counts["release fixes live"]
            and not any(problem.startswith("swap") for problem in stats.problems)
        )
        verdicts.append(("swaps live, broken releases held back, fixes recover", swaps_ok,
                         f"{counts['valid swaps live']}/{counts['valid swaps']} live, "
                         f"{counts['broken releases held back']}/{broken_releases} held back, "
                         f"{counts['release fixes live']}/{counts['release fixes']} recovered"))
    opened = sum(stalled.opened.values())
    dropped = sum(len(lifetimes) for lifetimes in stalled.closed.values())
    verdicts.append(("stalled clients dropped by the server in time",
                     not stalled.overdue and opened > 0,
                     f"{opened} opened, {dropped} dropped, {len(stalled.overdue)} overdue"))
    answered = not any(problem.startswith("final check") for problem in stats.problems)
    verdicts.append(("server answers after the stalled clients", answered and bool(metrics),
                     "health and message, with the stalled clients open and after"))
    # Memory: the peak of the last third (the last 20 s of a 60 s run) against the peak of
    # the middle third (20-40 s), which already includes reloads and every kind of request.
    end = max((t for t, _, _ in run.samples), default=0)
    middle = [rss for t, rss, _ in run.samples if end / 3 <= t < 2 * end / 3]
    last = [rss for t, rss, _ in run.samples if t >= 2 * end / 3]
    if middle and last:
        limit = max(max(middle) * RSS_RATIO, max(middle) + RSS_SLACK_KIB)
        verdicts.append(("memory flat", max(last) <= limit,
                         f"last-third peak {max(last) / 1024:.1f} MiB, middle-third peak "
                         f"{max(middle) / 1024:.1f} MiB (limit {limit / 1024:.1f} MiB)"))
    else:
        verdicts.append(("memory flat", False, "too few samples"))
    panics = run.log_text.count("panicked")
    verdicts.append(("no panic in the server log", panics == 0, f"{panics} panics"))
    verdicts.append(("clean exit on SIGTERM", run.exit_status == 0,
                     f"exit status {run.exit_status}"))
    others = [problem for problem in stats.problems
              if not problem.startswith(("edit", "swap", "final check"))]
    verdicts.append(("no other problems", not others, f"{len(others)} problems"))
    return verdicts


def report(run, options):
    stats, editor, stalled, metrics = run.stats, run.editor, run.stalled, run.metrics
    print()
    print(f"chaos run ({run.layout.name} layout): {run.load_seconds:.0f} s of load, seed {run.seed}, "
          f"{stats.sent} requests "
          f"({stats.sent / max(run.load_seconds, 1):.0f}/s), {options.valid_workers} valid and "
          f"{options.invalid_workers} invalid workers, {options.stalled} stalled clients at a time")
    print()
    print(f"{'requests by kind':<40} {'count':>9} {'unexpected':>11}")
    for kind in sorted(stats.by_kind):
        print(f"{kind:<40} {stats.by_kind[kind]:>9} {stats.unexpected_by_kind[kind]:>11}")
    print()
    print(f"{'status':<40} {'count':>9}")
    for status, count in sorted(stats.statuses.items(), key=lambda item: str(item[0])):
        print(f"{status!s:<40} {count:>9}")
    print()
    print(f"{'stalled client':<40} {'opened':>9} {'dropped':>8} {'p50 s':>7} {'max s':>7} "
          f"{'left':>5}")
    for variant in Stalled.VARIANTS:
        lifetimes = stalled.closed[variant]
        print(f"{variant:<40} {stalled.opened[variant]:>9} {len(lifetimes):>8} "
              f"{percentile(lifetimes, 0.5):>7.1f} {max(lifetimes, default=float('nan')):>7.1f} "
              f"{stalled.left_open[variant]:>5}")
    print("(a client that stops reading can only tell by reading, which it does once, "
          f"{WRITE_TIMEOUT + STALL_SLACK / 2:.1f} s in: its figures are when it looked)")
    print()
    latency = stats.valid_latency_ms
    print(f"valid latency (client side): p50 {percentile(latency, 0.5):.2f} ms, "
          f"p99 {percentile(latency, 0.99):.2f} ms, max {max(latency, default=0):.1f} ms")
    rss = [kib / 1024 for _, kib, _ in run.samples]
    fds = [fd for _, _, fd in run.samples if fd is not None]
    if rss and fds:
        print(f"RSS: start {rss[0]:.1f} MiB, end {rss[-1]:.1f} MiB, max {max(rss):.1f} MiB; "
              f"open fds: start {fds[0]}, max {max(fds)}, end {fds[-1]}")
    reloads_ok = metrics.get('fresns_i18n_reloads_total{result="ok"}', float("nan"))
    reloads_failed = metrics.get('fresns_i18n_reloads_total{result="failed"}', float("nan"))
    print(f"reloads (/metrics): ok {reloads_ok:.0f}, failed {reloads_failed:.0f}; "
          f"SIGHUPs sent {editor.sighups}")
    print("edits: " + ", ".join(f"{k} {v}" for k, v in sorted(editor.counts.items())))
    if editor.live_seconds:
        print(f"valid edit to live: p50 {percentile(editor.live_seconds, 0.5):.2f} s, "
              f"max {max(editor.live_seconds):.2f} s")
    if run.layout.swaps:
        counts = editor.counts
        broken = counts["broken releases"]
        print(f"swaps: {counts['valid swaps'] + broken + counts['release fixes']} in all "
              f"({counts['valid swaps']} valid, {broken} broken, {counts['release fixes']} fixes)")
    if editor.swap_seconds:
        print(f"valid swap to live: p50 {percentile(editor.swap_seconds, 0.5):.2f} s, "
              f"max {max(editor.swap_seconds):.2f} s "
              f"({len(editor.swap_seconds)} swaps timed, polled every 20 ms)")
    sections = [
        ("failed valid requests", stats.valid_failures),
        ("unexpected answers", stats.unexpected),
        ("5xx", stats.server_errors[:20]),
        ("problems", stats.problems[:20]),
        ("stalled clients overdue", stalled.overdue[:20]),
    ]
    for title, lines in sections:
        if lines:
            print(f"\n{title}:")
            for line in lines:
                print(f"  {line}")


def run_layout(options, layout_class, seed):
    """One run of --duration seconds against a server on the given layout."""
    workdir = Path(tempfile.mkdtemp(prefix="fresns-chaos-"))
    layout = layout_class(workdir, options.locales)
    codes = load_codes(options.binary, layout.locales)
    server = Server(options.binary, layout.locales, workdir)
    stats = Stats(options.max_requests)
    log(f"{layout.name} layout: server pid {server.pid} on {server.host}:{server.port}; "
        f"{len(codes)} codes; seed {seed}; {options.duration:.0f} s of load")
    run = SimpleNamespace(seed=seed, stats=stats, samples=[], metrics={}, load_seconds=0.0,
                          exit_status="not stopped", log_text="", layout=layout)
    run.editor = Editor(server, layout, codes, stats, seed + 1)
    run.stalled = Stalled(server, stats, options.stalled, seed + 2)
    stop, stop_stalled = threading.Event(), threading.Event()
    started = time.monotonic()

    def spawn(target, *args):
        return threading.Thread(target=target, args=args, daemon=True)

    kinds = invalid_kinds(codes)
    workers = [spawn(sample_memory, server, run.samples, started, stop)]
    workers += [spawn(valid_worker, server, stats, codes, stop, seed + 10 + i)
                for i in range(options.valid_workers)]
    workers += [spawn(invalid_worker, server, stats, kinds, stop, seed + 100 + i)
                for i in range(options.invalid_workers)]
    workers += [spawn(run.editor.run, stop), spawn(hangups, server, run.editor, stop, seed + 3)]
    # The stalled clients outlive the load, so the first final check runs with them open.
    watcher = spawn(run.stalled.run, stop, stop_stalled)
    try:
        for worker in workers + [watcher]:
            worker.start()
        while time.monotonic() - started < options.duration and server.alive():
            time.sleep(0.5)
        run.load_seconds = time.monotonic() - started
        stop.set()
        for worker in workers:
            worker.join(timeout=EDIT_DEADLINE * 3 + 15)
            if worker.is_alive():
                stats.problem(f"thread {worker.name} did not stop")
        if not server.alive():
            status = server.process.returncode
            stats.problem(f"the server exited during the run with status {status}")
        else:
            final_checks(server, stats, "with stalled clients open")
            stop_stalled.set()
            watcher.join(timeout=30)
            run.stalled.close_all()
            final_checks(server, stats, "after the stalled clients")
            _, _, body = http_get(server, "/metrics")
            run.metrics = parse_metrics(body.decode())
    finally:
        stop.set()
        stop_stalled.set()
        run.exit_status = server.stop()
        run.log_text = server.log_text()
        shutil.rmtree(workdir, ignore_errors=True)
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=60,
                        help="seconds of load per layout (default 60)")
    parser.add_argument("--binary", type=Path, default=ROOT / "target/release/fresns-i18n")
    parser.add_argument(
        "--locales", type=Path, default=ROOT / "locales", help="copied, never edited"
    )
    parser.add_argument("--layout", choices=["all", *LAYOUTS], default="all",
                        help="how the locales are laid out (default: each in turn)")
    parser.add_argument("--valid-workers", type=int, default=4)
    parser.add_argument("--invalid-workers", type=int, default=2)
    parser.add_argument("--stalled", type=int, default=48, help="stalled clients open at a time")
    parser.add_argument("--max-requests", type=int, default=2_000_000)
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(1 << 32)
    if not options.binary.exists():
        raise SystemExit(f"chaos: {options.binary} is missing; run `cargo build --release` first")
    newest_source = max(p.stat().st_mtime for p in (ROOT / "src").rglob("*.rs"))
    if options.binary.stat().st_mtime < newest_source:
        log("warning: the binary is older than src/; run `cargo build --release` first")

    layouts = list(LAYOUTS.values()) if options.layout == "all" else [LAYOUTS[options.layout]]
    failed = []
    for layout_class in layouts:
        run = run_layout(options, layout_class, seed)
        report(run, options)
        verdicts = judge(run)
        print()
        width = max(len(name) for name, _, _ in verdicts)
        for name, passed, detail in verdicts:
            print(f"{'PASS' if passed else 'FAIL'}  {name:<{width}}  {detail}")
        failing = [name for name, passed, _ in verdicts if not passed]
        if failing:
            print(f"\nchaos ({run.layout.name} layout): {len(failing)} assertion(s) failed")
            panics = [line for line in run.log_text.splitlines() if "panicked" in line]
            if panics:
                print("\n".join(panics[:20]))
            failed += [f"{run.layout.name}: {name}" for name in failing]
        print()
    if failed:
        print(f"chaos: {len(failed)} assertion(s) failed: {'; '.join(failed)}")
        return 1
    print("chaos: all assertions passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
