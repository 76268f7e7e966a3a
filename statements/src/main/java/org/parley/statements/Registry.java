package org.parley.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.ActorKind;

/** The actors registry ({@code actors.tsv}): public facts, loaded once per JVM, read-only afterwards. */
final class Registry {

    record Role(String role, String affiliation, Optional<LocalDate> from, Optional<LocalDate> to) {
        boolean heldOn(LocalDate day) {
            return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> day.isBefore(t)).orElse(true);
        }
    }

    /** gender is 'M', 'F' or '-' (unknown or not a person). */
    record Entry(String id, ActorKind kind, String name, char gender, Optional<String> affiliation,
            List<String> aliases, List<Role> roles) {
    }

    private static final Registry DEFAULT = load("actors.tsv");

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, Entry> byAlias = new HashMap<>();
    /** Single-word person names (surnames), the candidates for typo matching. */
    private final List<Map.Entry<String, Entry>> surnames = new ArrayList<>();

    static Registry standard() {
        return DEFAULT;
    }

    static Registry load(String resource) {
        try (InputStream in = Registry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("actors registry " + resource + " missing from the jar");
            }
            var r = new Registry();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException(resource + ":" + n + ": expected 7 columns, found " + f.length);
                }
                List<String> aliases = f[5].equals("-") ? List.of() : List.of(f[5].split("\\|"));
                List<Role> roles = new ArrayList<>();
                if (!f[6].equals("-")) {
                    for (String role : f[6].split(";")) {
                        String[] p = role.split("@", -1);
                        roles.add(new Role(p[0], p[1], date(p[2]), date(p[3])));
                    }
                }
                r.add(new Entry(f[0], ActorKind.valueOf(f[1]), f[2], f[3].charAt(0),
                        f[4].equals("-") ? Optional.empty() : Optional.of(f[4]), aliases, roles));
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<LocalDate> date(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
    }

    private void add(Entry e) {
        if (byId.put(e.id(), e) != null) {
            throw new IllegalStateException("actor id " + e.id() + " twice in the registry");
        }
        byAlias.put(norm(e.name()), e);
        for (String a : e.aliases()) {
            byAlias.putIfAbsent(norm(a), e);
        }
        if (e.kind() == ActorKind.PERSON) {
            for (String a : e.aliases()) {
                String n = norm(a);
                if (!n.contains(" ") && n.length() >= 4) {
                    surnames.add(Map.entry(n, e));
                }
            }
        }
    }

    Optional<Entry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Entry> byName(String surface) {
        return Optional.ofNullable(byAlias.get(norm(surface)));
    }

    /** The person a misspelt single word most likely names: close in edit distance, same first letter. */
    Optional<Entry> fuzzyPerson(String word) {
        String w = norm(word);
        if (w.length() < 4) {
            return Optional.empty();
        }
        int allowed = w.length() >= 5 ? 2 : 1;
        Entry best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var s : surnames) {
            String name = s.getKey();
            if (name.charAt(0) != w.charAt(0) || Math.abs(name.length() - w.length()) > allowed) {
                continue;
            }
            int d = distance(w, name);
            if (d <= allowed && d < bestDistance) {
                best = s.getValue();
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Who held {@code role} for {@code affiliation} on {@code day}. */
    Optional<Entry> holder(String role, String affiliation, LocalDate day) {
        return byId.values().stream()
                .filter(e -> e.roles().stream().anyMatch(r -> r.role().equals(role)
                        && r.affiliation().equals(affiliation) && r.heldOn(day)))
                .findFirst();
    }

    /** Lower case, no diacritics, no dots, typographic apostrophes folded, no leading "the", no possessive. */
    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT).replace(".", "").strip()
                .replaceAll("\\s+", " ");
        if (n.endsWith("'s")) {
            n = n.substring(0, n.length() - 2);
        } else if (n.endsWith("'")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return n.strip();
    }

    /** Optimal string alignment distance: a swapped pair of letters ("Lavor") counts once. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
