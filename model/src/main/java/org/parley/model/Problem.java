package org.parley.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something about an input that a user should know: a rejection reason, a repaired defect, a guess.
 * Problems are data, collected on the article and summarized by the CLI; exceptions are for bugs.
 *
 * @param code    stable, dotted, lower-case identifier, e.g. {@code input.empty}, {@code date.dateline-no-year}
 * @param message one clear sentence for a person
 * @param input   what it is about: a path, a URL, or a record inside one ({@code file.warc.gz#record=3})
 * @param span    where in the article's text, when the problem has a place
 */
public record Problem(String code, String message, String input, Optional<Span> span) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(span, "span");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("problem code '" + code + "' is not dotted lower-case (area.kind)");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("problem " + code + " has no message");
        }
    }

    public static Problem of(String code, String input, String message) {
        return new Problem(code, message, input, Optional.empty());
    }

    public static Problem at(String code, String input, Span span, String message) {
        return new Problem(code, message, input, Optional.of(span));
    }

    /** The one line a user sees: {@code input: message [code]}. */
    public String line() {
        return input + ": " + message + " [" + code + "]";
    }
}
