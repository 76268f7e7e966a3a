package org.parley.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** What the openers of both databases share. */
final class Opening {

    private Opening() {
    }

    /**
     * Releases what a failed open had taken (the index without committing it, the connection and with it any lock),
     * keeping the cause of the failure and adding what failed here as suppressed.
     */
    static void undo(SearchIndex index, Connection db, Exception cause) {
        try {
            if (index != null) {
                index.abandon();
            }
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
        try {
            if (db != null) {
                db.close();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
