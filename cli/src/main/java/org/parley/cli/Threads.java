package org.parley.cli;

import org.parley.analysis.Analysis;

/** The {@code --threads} option: unset means one worker per core. */
final class Threads {

    private Threads() {
    }

    static int of(Integer option) {
        if (option == null) {
            return Analysis.defaultThreads();
        }
        if (option < 1) {
            throw new Errors.UserError("--threads must be at least 1, not " + option);
        }
        return option;
    }
}
