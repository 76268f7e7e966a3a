package org.parley.cli;

import org.parley.store.StoreException;
import org.parley.store.InvalidQueryException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where exceptions become what a user sees: known error types print one line and an exit code;
 * anything else is a bug and keeps its stack trace, so it gets reported rather than hidden.
 */
final class Errors implements IExecutionExceptionHandler {

    static final int USAGE = 2;
    static final int FAILED = 1;
    /** Some inputs were rejected, the others were processed. */
    static final int PARTIAL = 3;

    /** 0 when every input went through, {@link #PARTIAL} when some were rejected, {@link #FAILED} when all were. */
    static int exitCode(int read, int rejected) {
        if (rejected == 0) {
            return 0;
        }
        return rejected >= read ? FAILED : PARTIAL;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) throws Exception {
        if (e instanceof InvalidQueryException) {
            cmd.getErr().println("parley: " + e.getMessage());
            return USAGE;
        }
        if (e instanceof StoreException || e instanceof UserError) {
            cmd.getErr().println("parley: " + e.getMessage());
            return FAILED;
        }
        throw e;
    }

    /** A problem the user can fix (a bad option value, a missing database), reported in one line. */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }
}
