package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored articles a filtered {@link Store#list(ArticleQuery, int, int)} holds: each present field must match,
 * an empty one matches every article. Values are bound as query parameters, so they are compared as data.
 *
 * @param outlet   the exact outlet
 * @param language the exact language code
 * @param from     published on or after (an undated article matches no date bound)
 * @param to       published on or before
 */
public record ArticleQuery(Optional<String> outlet, Optional<String> language, Optional<LocalDate> from,
        Optional<LocalDate> to) {

    /** Every article. */
    public static final ArticleQuery ALL = new ArticleQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public ArticleQuery {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
