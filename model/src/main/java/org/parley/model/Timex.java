package org.parley.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A time expression normalized as TIMEX3 against the article's date.
 *
 * @param value the TIMEX3 value, e.g. {@code 2022-03-29}, {@code 2025-06}, {@code P30D}, {@code PAST_REF}
 * @param mod   the TIMEX3 modifier where the text says "early", "late", "about", "more than"...: one of
 *              {@link #MODS}, e.g. {@code START} for "early March"
 */
public record Timex(Span span, TimexType type, String value, Optional<String> mod) {

    /** The TIMEX3 {@code mod} values. */
    public static final Set<String> MODS = Set.of("BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN",
            "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX");

    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mod, "mod");
        mod.filter(m -> !MODS.contains(m)).ifPresent(m -> {
            throw new IllegalArgumentException("timex mod '" + m + "' is not one of TIMEX3's " + MODS);
        });
    }

    /** A timex without modifier. */
    public Timex(Span span, TimexType type, String value) {
        this(span, type, value, Optional.empty());
    }
}
