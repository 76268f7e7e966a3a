package org.parley.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.model.Problem;

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
    /** Where {@link #skipBroken()} put the reader, while no record was read since. */
    private long skippedTo = -1;
    /** Records that are not HTML pages (requests, metadata, images, redirects): counted for the empty-archive line. */
    private int notPages;

    WarcRecords(Path path, String source, long maxBytes, long maxRecords, Assembler assembler) throws IOException {
        super(maxRecords);
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
                // After a skip the reader stands at the broken record's start; else the broken record starts at the
                // first record start after the last good one. Either way past the previous one, so reading ends.
                offset = skippedTo >= 0 ? skippedTo : lastGood < 0 ? 0 : Math.max(0, find(marker(), lastGood + 1));
                skippedTo = -1;
                IngestResult broken = broken(e);
                skipBroken();
                return Optional.of(broken);
            }
            if (next.isEmpty()) {
                finish();
                return Optional.empty();
            }
            record++;
            skippedTo = -1;
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
            notPages++;
        }
    }

    private IngestResult broken(Exception e) {
        String why = e instanceof EOFException ? "the record declares more bytes than the file holds"
                : e instanceof ParsingException ? "the record header is not valid WARC" + headerExcerpt()
                : Records.describe(e); // jwarc's parse message shows the raw header bytes: not for a person
        return Assembler.reject("warc.broken-record", current(),
                "broken or truncated record at byte " + offset + ": " + why);
    }

    /** The record's first line, quoted and escaped; empty when compressed, where the bytes say nothing. */
    private String headerExcerpt() {
        if (reader.compression() == WarcCompression.GZIP) {
            return "";
        }
        try {
            ByteBuffer buf = ByteBuffer.allocate(Messages.EXCERPT_CHARS * 2);
            int n = channel.read(buf, offset);
            if (n <= 0) {
                return "";
            }
            String head = new String(buf.array(), 0, n, StandardCharsets.ISO_8859_1);
            return ", it starts " + Messages.quote(head);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    protected Optional<String> position() {
        return Optional.of("at byte " + offset);
    }

    @Override
    protected String input() {
        return source;
    }

    @Override
    protected IngestResult nothingRead() {
        return Assembler.reject("warc.no-pages", source, record == 0 ? "the archive holds no records"
                : "none of its " + record + " records is an HTML page (a response with status 2xx and type text/html)");
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
        Html.Page atTarget = page.at(response.target());
        List<Problem> problems = new ArrayList<>();
        decoded.problem().ifPresent(problems::add);
        Optional<Instant> fetched;
        try {
            fetched = Optional.of(response.date()).filter(Dates::plausible);
        } catch (RuntimeException e) {
            fetched = Optional.empty(); // a WARC-Date that is no date: the page is still a page
        }
        if (fetched.isEmpty()) {
            problems.add(Problem.of("date.impossible", where, "the record's WARC-Date "
                    + Messages.quote(response.headers().first("WARC-Date").orElse("")) + " is not a plausible date;"
                    + " not used as the fetch time"));
        }
        return Optional.of(assembler.finish(Draft.page(where, atTarget, fetched, problems)));
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
        skippedTo = found;
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
