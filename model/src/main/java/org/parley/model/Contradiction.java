package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * Reports of one {@link TimelineEvent} that disagree on one thing.
 *
 * @param field    what they disagree on: {@code date}, {@code place}, {@code status} or {@code quantity:WHAT}
 *                 ({@code quantity:prisoners})
 * @param versions each value some reports give, with the articles that give it; at least two
 */
public record Contradiction(String field, List<Version> versions) {

    public Contradiction {
        Objects.requireNonNull(field, "field");
        versions = List.copyOf(versions);
        if (versions.size() < 2) {
            throw new IllegalArgumentException("a contradiction on " + field + " needs two versions");
        }
    }

    /** One value and the articles (ids) that report it. */
    public record Version(String value, List<String> articles) {
        public Version {
            Objects.requireNonNull(value, "value");
            articles = List.copyOf(articles);
        }
    }
}
