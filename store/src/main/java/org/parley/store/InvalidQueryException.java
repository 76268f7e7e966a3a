package org.parley.store;

/** A search query the user must fix: it does not parse, or it expands to too many terms. */
public final class InvalidQueryException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String query;

    InvalidQueryException(String query, String reason, Throwable cause) {
        super(Kind.INVALID_QUERY, "invalid search query '" + query + "': " + reason, cause);
        this.query = query;
    }

    public String query() {
        return query;
    }
}
