package org.parley.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of {@link Store#list}: an article's facts without its text, with counts of what is stored about it.
 *
 * @param layers   item count per stored layer, by layer name ("mentions" to 12), in the order they were added
 * @param problems ingest and pipeline problems together
 */
public record ArticleSummary(String id, Optional<LocalDate> published, Optional<String> outlet,
        Optional<String> agency, Optional<String> title, String language, Map<String, Integer> layers, int problems,
        String source) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        layers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(layers));
        Objects.requireNonNull(source, "source");
    }

    /** Items in one layer, 0 when the article has no such layer. */
    public int count(String layer) {
        return layers.getOrDefault(layer, 0);
    }
}
