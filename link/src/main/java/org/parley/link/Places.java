package org.parley.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The place table (resources: places.tsv): which place lies within which, by any of its spellings. One report says
 * "Istanbul", another "Turkey": the same talks, and no contradiction between them.
 */
final class Places {

    /** Loaded once: the table is small and never changes while Parley runs. */
    static final Places TABLE = load();

    /** Canonical name by any spelling's key, and the place each canonical name lies within. */
    private final Map<String, String> canonical;
    private final Map<String, String> within;

    private Places(Map<String, String> canonical, Map<String, String> within) {
        this.canonical = canonical;
        this.within = within;
    }

    static Places load() {
        Map<String, String> canonical = new HashMap<>();
        Map<String, String> within = new HashMap<>();
        for (String[] c : DataFile.rows("places.tsv")) {
            canonical.put(key(c[0]), c[0]);
            if (c.length > 1 && !c[1].isBlank()) {
                within.put(c[0], c[1]);
            }
            if (c.length > 2 && !c[2].isBlank()) {
                for (String alias : c[2].split(";")) {
                    canonical.put(key(alias), c[0]);
                }
            }
        }
        for (String place : within.values()) {
            if (!canonical.containsValue(place)) {
                throw new IllegalStateException("places.tsv: '" + place + "' is a container but no place of its own");
            }
        }
        return new Places(canonical, within);
    }

    /** The same place, or one lies within the other (Istanbul and Turkey); unknown names only when equal. */
    boolean compatible(String a, String b) {
        String x = name(a);
        String y = name(b);
        return x.equalsIgnoreCase(y) || inside(x, y) || inside(y, x);
    }

    /**
     * Among {@code places}, the one most precise place that {@code place} holds or is: "Istanbul" for "Turkey" when
     * the others say Istanbul; {@code place} itself when it holds none of them or more than one (never guess).
     */
    String mostPrecise(String place, Collection<String> places) {
        String p = name(place);
        List<String> inner = new ArrayList<>();
        for (String other : places) {
            String o = name(other);
            if (!o.equalsIgnoreCase(p) && inside(o, p) && inner.stream().noneMatch(o::equalsIgnoreCase)) {
                inner.add(o);
            }
        }
        // Keep only the innermost: Dolmabahçe Palace over Istanbul, both inside Turkey.
        List<String> innermost = inner.stream()
                .filter(o -> inner.stream().noneMatch(i -> !i.equalsIgnoreCase(o) && inside(i, o))).toList();
        return innermost.size() == 1 ? innermost.get(0) : place;
    }

    /** A known place that lies within another (a city, a venue), not a country: never a side in talks. */
    boolean isWithinAnother(String place) {
        return within.containsKey(name(place));
    }

    /** The canonical name of a known place, else the name as given. */
    String name(String place) {
        return Optional.ofNullable(canonical.get(key(place))).orElse(place);
    }

    /** Whether {@code inner} lies (at any depth) within {@code outer}; both canonical. */
    private boolean inside(String inner, String outer) {
        String at = within.get(inner);
        for (int depth = 0; at != null && depth < 16; depth++) {
            if (at.equalsIgnoreCase(outer)) {
                return true;
            }
            at = within.get(at);
        }
        return false;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
