package org.parley.export;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes rows of one table, values in the order of its columns. */
abstract class RowWriter implements AutoCloseable {

    private long rows;

    final void row(Object[] values) {
        try {
            write(values);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final long rows() {
        return rows;
    }

    abstract void write(Object[] values) throws IOException;

    @Override
    public abstract void close() throws IOException;
}
