package org.parley.link;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The outlet table (resources: outlets.tsv): who owns an outlet or agency, by any of its names. */
final class Outlets {

    record Outlet(String name, String owner, String country, String kind) {
    }

    private final Map<String, Outlet> byName;

    private Outlets(Map<String, Outlet> byName) {
        this.byName = byName;
    }

    static Outlets load() {
        Map<String, Outlet> byName = new HashMap<>();
        for (String[] c : DataFile.rows("outlets.tsv")) {
            Outlet o = new Outlet(c[0], c[1], c[2], c[3]);
            byName.put(key(c[0]), o);
            if (c.length > 4 && !c[4].isBlank()) {
                for (String alias : c[4].split(";")) {
                    byName.put(key(alias), o);
                }
            }
        }
        return new Outlets(byName);
    }

    Optional<Outlet> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** Who stands behind a name: the owner when the table knows it, else the name itself. */
    String owner(String name) {
        return find(name).map(Outlet::owner).orElse(name.strip());
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "");
    }
}
