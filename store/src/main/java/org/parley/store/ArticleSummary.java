package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of {@link Store#list}: an article's facts without its text, with counts of what is stored about it.
 *
 * @param problems ingest and pipeline problems together
 */
public record ArticleSummary(String id, Optional<LocalDate> published, Optional<String> outlet,
        Optional<String> title, String language, int mentions, int timexes, int problems, String source) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
    }
}
