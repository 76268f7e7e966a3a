package org.parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Input formats, told by content first and by name where the content does not say. */
enum Format {
    TEXT, HTML, JSONL, FEED, WARC;

    /**
     * The format of an input from its name (or URL path) and first bytes. Empty for compressed data that is not
     * a WARC: gzip is only read as WARC.
     */
    static Optional<Format> sniff(String name, byte[] head, int length) {
        String n = name.toLowerCase(Locale.ROOT);
        if (length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return n.contains(".warc") || gunzippedStartsWithWarc(head, length)
                    ? Optional.of(WARC) : Optional.empty();
        }
        String s = new String(head, 0, Math.min(length, 4096), StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
        }
        if (s.startsWith("WARC/")) {
            return Optional.of(WARC);
        }
        String t = s.stripLeading().toLowerCase(Locale.ROOT);
        if (jsonlName(n) || (t.startsWith("{") && !n.endsWith(".html") && !n.endsWith(".htm"))) {
            return Optional.of(JSONL);
        }
        if ((t.startsWith("<?xml") || t.startsWith("<rss") || t.startsWith("<feed") || t.startsWith("<rdf"))
                && (t.contains("<rss") || t.contains("<feed") || t.contains("<rdf:rdf"))) {
            return Optional.of(FEED);
        }
        if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.contains("<head") || t.contains("<body")
                || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".rss") || n.endsWith(".atom") || (n.endsWith(".xml") && t.startsWith("<"))) {
            return Optional.of(FEED);
        }
        if (t.startsWith("<") && (t.contains("<p>") || t.contains("<div") || t.contains("<article"))) {
            return Optional.of(HTML);
        }
        return Optional.of(TEXT);
    }

    /** A name that says JSON lines. */
    static boolean jsonlName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.txt");
    }

    /** By HTTP Content-Type first, falling back to sniffing the body. */
    static Optional<Format> ofContentType(String contentType, String name, byte[] head, int length) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("rss") || ct.contains("atom")) {
            return Optional.of(FEED);
        }
        if (ct.contains("html")) {
            return Optional.of(HTML);
        }
        return sniff(name, head, length);
    }

    private static boolean gunzippedStartsWithWarc(byte[] head, int length) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head, 0, length))) {
            byte[] b = in.readNBytes(5);
            return new String(b, StandardCharsets.ISO_8859_1).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }
}
