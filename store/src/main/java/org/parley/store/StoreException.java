package org.parley.store;

import java.util.Objects;

/**
 * The one failure type of the store. Its message names the database (a file, or {@code user@host:port/db}, never a
 * password) and is meant to be shown to a user
 * as one line; {@link #kind()} lets a caller (the CLI, the server) choose an exit code or status.
 * No {@code SQLException} or Lucene exception leaves the module except as this exception's cause.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the store failed. */
    public enum Kind {
        /** Another process (or another store in this process) holds the database. */
        IN_USE,
        /** The file exists but is not a database of the expected kind. */
        NOT_A_DATABASE,
        /** The database server cannot be reached (down, wrong host or port, network). */
        UNREACHABLE,
        /** The database server refused the user: wrong password, unknown user, or not allowed to connect. */
        ACCESS_DENIED,
        /** The server has no database of that name. */
        NO_SUCH_DATABASE,
        /** The database was written by a newer Parley, with a schema this code does not know. */
        SCHEMA_TOO_NEW,
        /** A search query that does not parse, or expands to too many terms. */
        INVALID_QUERY,
        /** Anything else: I/O errors, unexpected database errors. */
        FAILED
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
