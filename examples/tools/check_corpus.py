#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check examples/expected.tsv against the corpus files, so the two cannot drift apart.

For every row: the article exists at its path (and #item/#record/#line), its title is there,
its date can be found the stated way (metadata | dateline | text | none) and nowhere it should
not be, the listed names occur in the body, the language looks right, and the body has
150-400 words. Every article in the corpus must have exactly one row.

This is a rough, independent reading of the files (standard library only), not Parley's ingest:
it exists to keep the answer key honest, not to be clever.

Usage (from the repository root): python3 examples/tools/check_corpus.py
"""

import csv
import gzip
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr"}
# Containers whose paragraphs are page furniture, not the story.
FURNITURE = re.compile(r"cookie|consent|gdpr|cc-|comment|respond|footer|related|modal|disclaimer|credit")


class Page(HTMLParser):
    """Collects <h1>, date metadata and the story's paragraphs of one HTML page."""

    def __init__(self):
        super().__init__()
        self.stack, self.h1, self.paragraphs, self.meta, self.jsonld = [], [], [], {}, []
        self._p = self._h1 = self._ld = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content", "")
        if tag in VOID:
            return
        if tag not in ("p", "h1", "script"):
            self.stack.append((tag, (a.get("class") or "") + " " + (a.get("id") or "")))
            return
        if tag == "p":
            self._p = []
        elif tag == "h1":
            self._h1 = []
        elif a.get("type") == "application/ld+json":
            self._ld = []

    def handle_endtag(self, tag):
        if tag == "p" and self._p is not None:
            inside_story = any(t in ("article", "main") or "body" in c or "content" in c for t, c in self.stack)
            furniture = any(FURNITURE.search(c) or t in ("footer", "header", "aside") for t, c in self.stack)
            if inside_story and not furniture:
                self.paragraphs.append("".join(self._p).strip())
            self._p = None
        elif tag == "h1" and self._h1 is not None:
            self.h1.append("".join(self._h1).strip())
            self._h1 = None
        elif tag == "script" and self._ld is not None:
            self.jsonld.append(json.loads("".join(self._ld)))
            self._ld = None
        elif tag not in ("p", "h1", "script") and self.stack:
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data):
        for buf in (self._p, self._h1, self._ld):
            if buf is not None:
                buf.append(data)


def html_article(source):
    page = Page()
    page.feed(source)
    dates = [page.meta[k] for k in ("article:published_time",) if k in page.meta]
    dates += [ld["datePublished"] for ld in page.jsonld if "datePublished" in ld]
    return {"title": page.h1[0] if page.h1 else None, "dates": dates,
            "body": "\n\n".join(p for p in page.paragraphs if p), "raw": source}


def text_article(source):
    lines = [l.strip() for l in source.splitlines()]
    return {"lines": lines, "dates": [], "raw": source,
            "body": "\n".join(l for l in lines if len(l.split()) >= 12)}


def rss_items(path):
    for item in ET.parse(path).getroot().iter("item"):
        body = re.sub(r"<[^>]+>", " ", item.find(CONTENT).text)
        yield {"title": item.findtext("title"), "dates": [item.findtext("pubDate")], "body": html.unescape(body)}


def atom_entries(path):
    for entry in ET.parse(path).getroot().iter(ATOM + "entry"):
        body = re.sub(r"<[^>]+>", " ", entry.findtext(ATOM + "content"))
        yield {"title": entry.findtext(ATOM + "title"), "dates": [entry.findtext(ATOM + "published")],
               "body": html.unescape(body)}


def warc_records(path):
    """Records by position in the file (1 = warcinfo); only responses carry an article."""
    data = gzip.decompress(path.read_bytes())  # gzip members concatenate into one stream
    records = re.split(rb"(?=WARC/1\.0\r\n)", data)
    for raw in (r for r in records if r):
        head, _, block = raw.partition(b"\r\n\r\n")
        if b"WARC-Type: response" in head:
            payload = block.partition(b"\r\n\r\n")[2].decode("utf-8")
            yield html_article(payload)
        else:
            yield None


def jsonl_lines(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        yield {"title": row["title"], "dates": [row["published"]], "body": row["text"]}


def load(path_and_fragment):
    path, _, fragment = path_and_fragment.partition("#")
    file = CORPUS / path
    if not fragment:
        source = file.read_text(encoding="utf-8")
        return html_article(source) if file.suffix == ".html" else text_article(source)
    kind, n = fragment.split("=")
    readers = {".rss": rss_items, ".atom": atom_entries, ".gz": warc_records, ".jsonl": jsonl_lines}
    items = list(readers[file.suffix](file))
    if not 1 <= int(n) <= len(items) or items[int(n) - 1] is None:
        raise ValueError("no article at %s=%s" % (kind, n))
    return items[int(n) - 1]


def iso_day(value):
    """The calendar day as written in a timestamp (the publisher's own clock, not UTC)."""
    m = re.match(r"(\d{4}-\d{2}-\d{2})", value)
    if m:
        return m.group(1)
    m = re.match(r"\w{3}, (\d{2}) (\w{3}) (\d{4})", value)  # RFC 822, as in RSS
    month = [x[:3] for x in MONTHS].index(m.group(2).lower()) + 1
    return "%s-%02d-%s" % (m.group(3), month, m.group(1))


def written_dates(text):
    """Full dates written out in text: '7 March 2022', 'October 4, 2022', 'Feb. 27, 2022'."""
    found = []
    for d, mon, y in re.findall(r"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})", text):
        found.append((y, mon, d))
    for mon, d, y in re.findall(r"\b([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", text):
        found.append((y, mon, d))
    out = []
    for y, mon, d in found:
        idx = [i for i, m in enumerate(MONTHS) if m.startswith(mon.lower())]
        if idx:
            out.append("%s-%02d-%02d" % (y, idx[0] + 1, int(d)))
    return out


def dateline(text):
    """'CITY, Month Day[, Year] (Outlet) —' at the start of a paragraph, as (month, day, year or None)."""
    m = re.search(r"(?m)^[A-Z]{3,}, ([A-Z][a-z]+)\.? (\d{1,2})(?:, (\d{4}))? \([^)]+\) —", text)
    if not m:
        return None
    month = [i for i, x in enumerate(MONTHS) if x.startswith(m.group(1).lower())][0] + 1
    return month, int(m.group(2)), m.group(3)


def check_row(row, art, errors):
    where = row["path"]
    expected = row["published"]
    how = row["published_from"]
    body = art["body"]

    title_ok = art.get("title") == row["title"] if "lines" not in art else row["title"] in art["lines"][:6]
    if not title_ok:
        errors.append("%s: title %r not found" % (where, row["title"]))

    raw = art.get("raw", body)
    header = re.match(r"date (\d{4}-\d{2}-\d{2})\n", raw)
    if how == "metadata":
        # A leading "date YYYY-MM-DD" header in saved text is metadata the saving tool wrote, not a dateline.
        days = {iso_day(d) for d in art["dates"]} or ({header.group(1)} if header else set())
        if days != {expected}:
            errors.append("%s: metadata dates %s, expected %s" % (where, art["dates"], expected))
    else:
        if art["dates"]:
            errors.append("%s: has date metadata %s but the row says %s" % (where, art["dates"], how))
    if how == "dateline":
        line = dateline(body)
        # Only a dateline with its year counts: a year-less one is not guessed (see README).
        found = "%s-%02d-%02d" % (line[2], line[0], line[1]) if line and line[2] else None
        if found != expected:
            errors.append("%s: dateline gives %s, expected %s" % (where, found, expected))
    if how == "text":
        opening = "\n".join(art["lines"][:5])
        if expected not in written_dates(opening):
            errors.append("%s: no '%s' written in the opening lines" % (where, expected))
    if how == "none":
        line = dateline(body)
        opening = "\n".join(art.get("lines", raw.splitlines())[:5])
        if header or (line and line[2]) or written_dates(opening):
            errors.append("%s: row says no date, but the text has one" % where)

    for name in filter(None, row["names"].split(";")):
        if name not in body:
            errors.append("%s: name %r not in the body" % (where, name))
    if not 2 <= len(row["names"].split(";")) <= 4:
        errors.append("%s: list 2-4 names" % where)

    letters = [c for c in body if c.isalpha()]
    cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters) / max(1, len(letters))
    if (row["language"] == "uk") != (cyrillic > 0.9) or (row["language"] == "uk" and not re.search("[іїєґ]", body)):
        errors.append("%s: language %s does not fit the text" % (where, row["language"]))

    words = len(body.split())
    if not 150 <= words <= 400:
        errors.append("%s: body has %d words, want 150-400" % (where, words))
    return words


def all_articles():
    """Every article the corpus holds, as the expected.tsv path it should have."""
    found = []
    for file in sorted(CORPUS.rglob("*")):
        rel = file.relative_to(CORPUS).as_posix()
        if file.suffix in (".txt", ".html"):
            found.append(rel)
        elif file.suffix in (".rss", ".atom", ".jsonl"):
            reader = {".rss": rss_items, ".atom": atom_entries, ".jsonl": jsonl_lines}[file.suffix]
            kind = "line" if file.suffix == ".jsonl" else "item"
            found += ["%s#%s=%d" % (rel, kind, n) for n, _ in enumerate(reader(file), start=1)]
        elif file.name.endswith(".warc.gz"):
            found += ["%s#record=%d" % (rel, n) for n, a in enumerate(warc_records(file), start=1) if a]
    return found


def main():
    with open(CORPUS.parent / "expected.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    errors = []
    paths = [r["path"] for r in rows]
    articles = all_articles()
    for missing in sorted(set(articles) - set(paths)):
        errors.append("%s: article has no row" % missing)
    for extra in sorted(set(paths) - set(articles)):
        errors.append("%s: row names no article" % extra)
    if len(set(paths)) != len(paths):
        errors.append("some path has more than one row")
    for row in rows:
        try:
            words = check_row(row, load(row["path"]), errors)
            print("%4d words  %-10s %-10s %s" % (words, row["published"] or "-", row["published_from"], row["path"]))
        except (OSError, IndexError, KeyError, ValueError) as e:
            errors.append("%s: cannot read (%s)" % (row["path"], e))
    for e in errors:
        print("ERROR " + e)
    print("%d rows, %d errors" % (len(rows), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
