package org.parley.ingest;

import java.util.Optional;

/**
 * The per-input safety net. Whatever a library throws while one input is read, errors included (a recursive parser
 * overflowing its stack, a parser asking for more memory than there is), becomes that input's rejection, so the
 * batch goes on. Only errors that leave the JVM itself unusable (an internal VM error) are let through.
 */
final class Guard {

    private Guard() {
    }

    /** The rejection for {@code t} thrown while reading {@code source}; {@code where} is a position when known. */
    static IngestResult rejection(String source, Throwable t, Optional<String> where) {
        rethrowIfFatal(t);
        String at = where.map(w -> " " + w).orElse("");
        if (t instanceof Error e) {
            return Assembler.reject("input.parser-crashed", source, "a parser crashed on this input" + at + " ("
                    + kind(e) + "); skipped, the rest of the batch goes on");
        }
        return Assembler.reject("input.failed", source, "unexpected error" + at + ": " + Records.describe(t));
    }

    /** Internal VM errors are not about the input: nothing after them can be trusted. */
    static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError) && !(t instanceof OutOfMemoryError)) {
            throw (VirtualMachineError) t;
        }
    }

    private static String kind(Error e) {
        if (e instanceof StackOverflowError) {
            return "stack overflow: the input is nested too deeply for it";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: the input asks for more memory than there is";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
