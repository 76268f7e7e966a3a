#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build examples/corpus/archives/talks-2025.warc.gz from the pages in warc-pages/.

The archive imitates a CC-NEWS file: one warcinfo record, then for each page a
`request` and an HTTP `response` record. Every record is its own gzip member, as
crawlers write them, so a reader can seek to any record.

The output is reproducible: record ids are UUIDv5 of the record's content,
and gzip headers carry no timestamp, so running the script twice gives the same bytes.

Usage (from the repository root):
    python3 examples/tools/make_warc.py           # write the archive, then check it
    python3 examples/tools/make_warc.py --check   # only check the existing archive

Standard library only. warc-pages/crawl.tsv says, for each page, the URL it was
"fetched" from and when (WARC-Date); every *.html page must have a row there.
"""

import base64
import csv
import email.utils
import gzip
import hashlib
import io
import sys
import uuid
import zlib
from datetime import datetime, timezone
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
PAGES = TOOLS / "warc-pages"
OUTPUT = TOOLS.parent / "corpus" / "archives" / "talks-2025.warc.gz"
CRAWL_START = "2025-05-15T19:30:00Z"  # WARC-Date of the warcinfo record
USER_AGENT = "ParleyExampleBot/1.0 (builds the Parley example corpus)"

# A fixed namespace, so record ids depend only on what the record holds.
ID_NAMESPACE = uuid.UUID("6f1c3d2e-8a4b-5c6d-9e0f-112233445566")


def record_id(*parts):
    return "<urn:uuid:%s>" % uuid.uuid5(ID_NAMESPACE, "\n".join(parts))


def sha1_base32(data):
    # WARC digests are conventionally SHA-1 in base32.
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_record(headers, block):
    """One WARC/1.0 record: header lines, a blank line, the block, then two CRLFs."""
    lines = ["WARC/1.0"]
    lines += ["%s: %s" % (name, value) for name, value in headers]
    lines += ["Content-Length: %d" % len(block)]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def gzip_member(data):
    # mtime=0 keeps the output byte-identical between runs.
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()


def http_date(iso):
    when = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return email.utils.format_datetime(when, usegmt=True)


def read_crawl_table():
    with open(PAGES / "crawl.tsv", encoding="utf-8", newline="") as f:
        return {row["file"]: row for row in csv.DictReader(f, delimiter="\t")}


def build():
    crawl = read_crawl_table()
    pages = sorted(PAGES.glob("*.html"))
    missing = [p.name for p in pages if p.name not in crawl]
    if missing:
        sys.exit("no row in warc-pages/crawl.tsv for: " + ", ".join(missing))

    members = []
    info_id = record_id("warcinfo", OUTPUT.name)
    info = (
        "software: Parley examples/tools/make_warc.py\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "isPartOf: parley-example-corpus\r\n"
        "description: Three news pages about the 2025 Istanbul talks, written for Parley's example corpus\r\n"
        "robots: classic\r\n"
        "http-header-user-agent: %s\r\n" % USER_AGENT
    ).encode("utf-8")
    members.append(gzip_member(warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", CRAWL_START),
        ("WARC-Filename", OUTPUT.name),
        ("WARC-Record-ID", info_id),
        ("Content-Type", "application/warc-fields"),
    ], info)))

    for page in pages:
        uri = crawl[page.name]["target_uri"]
        date = crawl[page.name]["warc_date"]
        payload = page.read_bytes()
        host, _, path = uri.partition("://")[2].partition("/")
        request_block = (
            "GET /%s HTTP/1.1\r\n"
            "Host: %s\r\n"
            "User-Agent: %s\r\n"
            "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
            "Accept-Encoding: identity\r\n"
            "\r\n" % (path, host, USER_AGENT)
        ).encode("ascii")
        response_block = (
            "HTTP/1.1 200 OK\r\n"
            "Date: %s\r\n"
            "Content-Type: text/html; charset=UTF-8\r\n"
            "Content-Length: %d\r\n"
            "Connection: close\r\n"
            "\r\n" % (http_date(date), len(payload))
        ).encode("ascii") + payload

        request_id = record_id("request", uri, date)
        response_id = record_id("response", uri, date)
        members.append(gzip_member(warc_record([
            ("WARC-Type", "request"),
            ("WARC-Date", date),
            ("WARC-Record-ID", request_id),
            ("WARC-Target-URI", uri),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Concurrent-To", response_id),
            ("WARC-Block-Digest", sha1_base32(request_block)),
            ("Content-Type", "application/http; msgtype=request"),
        ], request_block)))
        members.append(gzip_member(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Date", date),
            ("WARC-Record-ID", response_id),
            ("WARC-Target-URI", uri),
            ("WARC-Warcinfo-ID", info_id),
            ("WARC-Block-Digest", sha1_base32(response_block)),
            ("WARC-Payload-Digest", sha1_base32(payload)),
            ("WARC-Identified-Payload-Type", "text/html"),
            ("Content-Type", "application/http; msgtype=response"),
        ], response_block)))

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(b"".join(members))
    print("wrote %s: %d records from %d pages" % (OUTPUT, len(members), len(pages)))


def gzip_members(data):
    """Split a multi-member gzip file, decompressing each member on its own."""
    while data:
        d = zlib.decompressobj(wbits=31)  # 31: expect a gzip header
        yield d.decompress(data) + d.flush()
        if not d.eof:
            raise ValueError("truncated gzip member")
        data = d.unused_data


def parse_record(raw):
    head, sep, rest = raw.partition(b"\r\n\r\n")
    if not sep:
        raise ValueError("record has no blank line after its headers")
    lines = head.decode("utf-8").split("\r\n")
    if lines[0] != "WARC/1.0":
        raise ValueError("bad version line %r" % lines[0])
    headers = dict(line.split(": ", 1) for line in lines[1:])
    length = int(headers["Content-Length"])
    block, tail = rest[:length], rest[length:]
    # Content-Length must be the block's exact byte length: exactly CRLF CRLF follows it.
    if len(block) != length or tail != b"\r\n\r\n":
        raise ValueError("Content-Length %d does not match the block of %s" % (length, headers["WARC-Record-ID"]))
    return headers, block


def check():
    data = OUTPUT.read_bytes()
    types = []
    for n, raw in enumerate(gzip_members(data), start=1):
        headers, block = parse_record(raw)
        for name in ("WARC-Type", "WARC-Date", "WARC-Record-ID", "Content-Type"):
            if name not in headers:
                raise ValueError("record %d lacks %s" % (n, name))
        if "WARC-Block-Digest" in headers and headers["WARC-Block-Digest"] != sha1_base32(block):
            raise ValueError("record %d: block digest mismatch" % n)
        if headers["WARC-Type"] == "response":
            http_head, _, payload = block.partition(b"\r\n\r\n")
            declared = [l for l in http_head.split(b"\r\n") if l.lower().startswith(b"content-length:")]
            if int(declared[0].split(b":")[1]) != len(payload):
                raise ValueError("record %d: HTTP Content-Length does not match the payload" % n)
            if headers["WARC-Payload-Digest"] != sha1_base32(payload):
                raise ValueError("record %d: payload digest mismatch" % n)
        types.append(headers["WARC-Type"])
        print("#record=%d %-8s %s" % (n, headers["WARC-Type"], headers.get("WARC-Target-URI", "")))
    expected = ["warcinfo"] + ["request", "response"] * ((len(types) - 1) // 2)
    if types != expected:
        raise ValueError("unexpected record sequence %s" % types)
    print("ok: %d gzip members, one record each, lengths and digests exact" % len(types))


if __name__ == "__main__":
    if sys.argv[1:] != ["--check"]:
        build()
    check()
