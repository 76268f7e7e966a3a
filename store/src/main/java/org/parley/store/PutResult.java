package org.parley.store;

/** What {@link Store#put} did with a document. */
public enum PutResult {
    /** The id was not stored before. */
    NEW,
    /** Stored with the same content fingerprint: nothing was written. */
    UNCHANGED,
    /** Stored with a different fingerprint: the article and its children were replaced. */
    UPDATED
}
