package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * HTML {@code response} records of a WARC (as in CC-NEWS). WARC-Target-URI is the URL; WARC-Date is when the page
 * was fetched, an anchor for year-less datelines, not a publication date. A broken record is one rejection, and
 * reading resumes at the next record start found after it.
 */
final class WarcRecords extends Records {

    private static final byte[] GZIP_MEMBER = {0x1F, (byte) 0x8B, 0x08};
    private static final byte[] WARC_HEADER = "\nWARC/1.".getBytes(StandardCharsets.ISO_8859_1);

    private final FileChannel channel;
    private final WarcReader reader;
    private final String source;
    private final long maxBytes;
    private final Assembler assembler;
    private int record;
    /** Start of the current record. */
    private long offset;
    private long lastGood = -1;

    WarcRecords(Path path, String source, long maxBytes, Assembler assembler) throws IOException {
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.reader = new WarcReader(channel);
        this.source = source;
        this.maxBytes = maxBytes;
        this.assembler = assembler;
    }

    @Override
    protected Optional<IngestResult> advance() throws IOException {
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                record++;
                // The broken record starts at the first record start after the last good one.
                offset = lastGood < 0 ? 0 : Math.max(0, find(marker(), lastGood + 1));
                IngestResult broken = broken(e);
                skipBroken();
                return Optional.of(broken);
            }
            if (next.isEmpty()) {
                finish();
                return Optional.empty();
            }
            record++;
            offset = reader.position(); // jwarc: the start of the record just returned
            lastGood = offset;
            if (next.get() instanceof WarcResponse response) {
                try {
                    Optional<IngestResult> r = response(response);
                    if (r.isPresent()) {
                        return r;
                    }
                } catch (IOException e) {
                    IngestResult broken = broken(e);
                    skipBroken();
                    return Optional.of(broken);
                }
            }
        }
    }

    private IngestResult broken(Exception e) {
        return Assembler.reject("warc.broken-record", current(),
                "broken or truncated record at byte " + offset + ": " + Records.describe(e));
    }

    /** Empty for responses that are not HTML pages (images, redirects, robots.txt): they are not articles. */
    private Optional<IngestResult> response(WarcResponse response) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            return Optional.empty();
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) {
            return Optional.empty();
        }
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
            return Optional.empty();
        }
        byte[] bytes;
        try (InputStream in = Channels.newInputStream(http.bodyDecoded())) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            return Optional.of(Assembler.reject("input.too-large", current(),
                    "the page is over the limit of " + maxBytes + " bytes; skipped"));
        }
        String where = current();
        Decoding.Decoded decoded = Decoding.decode(bytes, Optional.ofNullable(type.parameters().get("charset")),
                true, where);
        Html.Page page = Html.page(decoded.text(), Optional.of(response.target()));
        Html.Page atTarget = new Html.Page(Optional.of(response.target()), page.title(), page.outlet(), page.dates(),
                page.body());
        return Optional.of(assembler.finish(Draft.page(where, atTarget, Optional.of(response.date()),
                decoded.problem().map(List::of).orElse(List.of()))));
    }

    @Override
    protected String current() {
        return source + "#record=" + record;
    }

    /** Moves the reader to the next record start after the current record's offset, or to the end. */
    @Override
    protected void skipBroken() throws IOException {
        byte[] marker = marker();
        long found = find(marker, offset + 1);
        if (found < 0) {
            finish();
            return;
        }
        reader.position(found);
    }

    private byte[] marker() {
        return reader.compression() == WarcCompression.GZIP ? GZIP_MEMBER : WARC_HEADER;
    }

    /** The next record start at or after {@code from}, or -1. */
    private long find(byte[] marker, long from) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = from;
        int matched = 0;
        while (true) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                byte b = buf.get(i);
                if (b == marker[matched]) {
                    matched++;
                    if (matched == marker.length) {
                        long start = pos + i - marker.length + 1;
                        return marker == WARC_HEADER ? start + 1 : start;
                    }
                } else {
                    matched = b == marker[0] ? 1 : 0;
                }
            }
            pos += n;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        channel.close();
    }
}
