package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Something someone said, as the article reports it.
 *
 * @param id         derived from the spans, so re-runs agree
 * @param content    what was said, in one or more pieces (a quote split around "he said")
 * @param cue        the words that report it ("said", "according to", "told Izvestia")
 * @param source     who said it, as the text names them ("the Kremlin spokesman", "he"), when it does
 * @param speaker    the source resolved to an actor
 * @param saidOn     when it was said: the TIMEX3 value of a time expression in the same sentence
 * @param embeddedIn the statement this one is reported inside (Zakharova saying what Zelensky said)
 */
public record Statement(String id, StatementKind kind, List<Span> content, Span cue, Optional<Span> source,
        Optional<Speaker> speaker, Optional<String> saidOn, Optional<String> embeddedIn) {
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        content = List.copyOf(content);
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(saidOn, "saidOn");
        Objects.requireNonNull(embeddedIn, "embeddedIn");
        if (content.isEmpty()) {
            throw new IllegalArgumentException("statement " + id + " has no content");
        }
    }
}
