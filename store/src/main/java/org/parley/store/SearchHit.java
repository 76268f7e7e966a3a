package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One result of {@link Store#search}, best first.
 *
 * @param snippet a short, whitespace-folded extract of the text around the first matching term (the text's
 *                opening when only the title matched)
 */
public record SearchHit(String id, float score, Optional<String> title, Optional<LocalDate> published,
        String snippet) {

    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(snippet, "snippet");
    }
}
