package org.parley.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over the records of one multi-record input (JSONL lines, WARC records). Subclasses read one
 * record at a time; anything thrown while reading one record, errors included, becomes a rejection of that record,
 * and reading goes on. An input that yields nothing still yields one line, and one with more than
 * {@code maxRecords} records stops there with a line saying so.
 */
abstract class Records implements Iterator<IngestResult>, Closeable {

    private final long maxRecords;
    private IngestResult pending;
    private boolean done;
    private long produced;

    Records(long maxRecords) {
        this.maxRecords = maxRecords;
    }

    /** The next result, or empty at the end. Input problems are results, not exceptions. */
    protected abstract Optional<IngestResult> advance() throws IOException;

    /** The name of the record being read, for a rejection when {@link #advance()} fails unexpectedly. */
    protected abstract String current();

    /** Called after an unexpected failure so the next {@link #advance()} starts at the next record. */
    protected abstract void skipBroken() throws IOException;

    /** Where in the input the current record starts ("at byte 1234"), when known. */
    protected Optional<String> position() {
        return Optional.empty();
    }

    /** The one line for an input that held no record at all: nothing may disappear without a line. */
    protected abstract IngestResult nothingRead();

    /** The input's own name, for the lines about the whole input. */
    protected abstract String input();

    Stream<IngestResult> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        // nothing was written; a failed close of an input loses nothing
                    }
                });
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            String last = current();
            try {
                Optional<IngestResult> r = advance();
                if (r.isPresent()) {
                    pending = r.get();
                } else {
                    done = true;
                    if (produced == 0) {
                        pending = nothingRead();
                    }
                }
            } catch (IOException | RuntimeException | Error e) {
                pending = e instanceof IOException io ? Assembler.reject("input.failed", current(),
                        "could not read this record" + position().map(p -> " " + p).orElse("") + ": " + describe(io))
                        : Guard.rejection(current(), e, position());
                try {
                    skipBroken();
                } catch (IOException | RuntimeException | Error again) {
                    Guard.rethrowIfFatal(again);
                    done = true;
                }
            }
            if (pending != null && produced == maxRecords) {
                // One record more than allowed exists: say so once, and read no further.
                done = true;
                pending = Assembler.reject("input.too-many-records", input(), "more than " + maxRecords
                        + " records, the maxRecords limit; nothing after " + last + " was read");
            }
            if (pending != null) {
                produced++;
            }
        }
        return pending != null;
    }

    @Override
    public IngestResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        IngestResult r = pending;
        pending = null;
        return r;
    }

    /** The end of the input: the next {@link #hasNext()} says false. */
    protected void finish() {
        done = true;
    }

    /** A reason a person can read: the library's message, or a plain phrase for the kind of failure, no class names. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        String kind;
        if (e instanceof java.io.EOFException) {
            kind = "the input ends early";
        } else if (e instanceof java.net.ConnectException) {
            kind = "connection refused";
        } else if (e instanceof java.net.UnknownHostException) {
            kind = "unknown host";
        } else if (e instanceof java.net.http.HttpTimeoutException || e instanceof java.net.SocketTimeoutException) {
            kind = "timed out";
        } else if (e instanceof java.util.zip.ZipException) {
            kind = "broken compression";
        } else if (e instanceof java.nio.charset.CharacterCodingException) {
            kind = "undecodable characters";
        } else {
            kind = m == null || m.isBlank() ? "unexpected " + e.getClass().getSimpleName() : "";
        }
        String detail = m == null || m.isBlank() || m.equals(kind) ? "" : m.strip();
        return kind.isEmpty() ? detail : detail.isEmpty() ? kind : kind + " (" + detail + ")";
    }
}
