package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parley.model.Article;
import org.parley.model.NarrativeLabel;
import org.parley.model.Narratives;
import org.parley.model.Span;
import org.parley.store.ArticleQuery;
import org.parley.store.ArticleSummary;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley narratives}: the stored articles per narrative with their evidence, and the mix per outlet. */
@Command(name = "narratives", mixinStandardHelpOptions = true,
        description = {"The stored articles per narrative (SemEval-2025 Task 10 labels of the narratives component),"
            + " each with its score and evidence sentences, then the narrative mix per outlet.",
            "Articles stored without a narratives layer (other languages, texts over --max-chars) are left out."})
final class NarrativesCommand implements Callable<Integer> {

    /** Characters of an evidence sentence printed in the table; JSON has them whole. */
    static final int EVIDENCE_CHARS = 160;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--label", paramLabel = "L",
            description = "Only this narrative or sub-narrative, as the taxonomy spells it (case ignored).")
    String label;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    /** One article carrying one label. */
    record Carrier(ArticleSummary article, NarrativeLabel label, List<String> evidence) {
    }

    /** A label with its articles, best score first. */
    record Group(String label, Optional<String> parent, List<Carrier> articles) {
    }

    /** An outlet's articles and how many of them carry each narrative (sub-narratives are not counted here). */
    record Mix(String outlet, int articles, Map<String, Integer> narratives) {
    }

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            throw new Errors.UserError("unknown format '" + format + "'; choose table or json");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new Errors.UserError("--from " + from + " is after --to " + to);
        }
        List<Group> groups;
        List<Mix> mix;
        try (Store db = store.existing()) {
            var query = new ArticleQuery(Optional.empty(), Optional.empty(), Optional.ofNullable(from),
                    Optional.ofNullable(to));
            Map<String, ArticleSummary> inRange = new HashMap<>();
            db.list(query, (int) Math.min(Integer.MAX_VALUE, db.count(query)), 0)
                    .forEach(a -> inRange.put(a.id(), a));
            Map<String, List<NarrativeLabel>> labels = new TreeMap<>();
            db.eachLayer(Narratives.class, (id, layer) -> {
                if (inRange.containsKey(id)) {
                    labels.put(id, layer.items());
                }
            });
            groups = groups(labels, inRange, db);
            mix = mix(labels, inRange);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(json(groups, mix));
        } else {
            table(out, groups, mix);
        }
        return 0;
    }

    private List<Group> groups(Map<String, List<NarrativeLabel>> labels, Map<String, ArticleSummary> summaries,
            Store db) {
        Map<String, List<NarrativeLabel>> byLabel = new TreeMap<>();
        Map<String, List<String>> ids = new HashMap<>();
        labels.forEach((id, ls) -> ls.stream().filter(l -> label == null || l.label().equalsIgnoreCase(label))
                .forEach(l -> {
                    byLabel.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(l);
                    ids.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(id);
                }));
        Map<String, Optional<Article>> texts = new HashMap<>();
        var out = new ArrayList<Group>();
        byLabel.forEach((name, ls) -> {
            var carriers = new ArrayList<Carrier>();
            for (int i = 0; i < ls.size(); i++) {
                String id = ids.get(name).get(i);
                NarrativeLabel l = ls.get(i);
                Optional<Article> a = texts.computeIfAbsent(id, db::article);
                List<String> evidence = l.evidence().stream()
                        .map(s -> a.map(x -> text(x.text(), s)).orElse(""))
                        .toList();
                carriers.add(new Carrier(summaries.get(id), l, evidence));
            }
            carriers.sort(Comparator.comparingDouble((Carrier c) -> -c.label().score())
                    .thenComparing(c -> c.article().id()));
            out.add(new Group(name, ls.get(0).parent(), carriers));
        });
        // Narratives with the most articles first; a sub-narrative right after its narrative's place in that order.
        out.sort(Comparator.comparingInt((Group g) -> -g.articles().size()).thenComparing(Group::label));
        return out;
    }

    private static String text(String body, Span s) {
        return s.end() <= body.length() ? s.of(body) : "";
    }

    private static List<Mix> mix(Map<String, List<NarrativeLabel>> labels, Map<String, ArticleSummary> summaries) {
        Map<String, int[]> articles = new TreeMap<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        labels.forEach((id, ls) -> {
            String outlet = summaries.get(id).outlet().orElse("(no outlet)");
            articles.computeIfAbsent(outlet, k -> new int[1])[0]++;
            Map<String, Integer> c = counts.computeIfAbsent(outlet, k -> new TreeMap<>());
            ls.stream().filter(l -> l.parent().isEmpty()).map(NarrativeLabel::label).distinct()
                    .forEach(l -> c.merge(l, 1, Integer::sum));
        });
        var out = new ArrayList<Mix>();
        articles.forEach((outlet, n) -> {
            var sorted = new LinkedHashMap<String, Integer>();
            counts.get(outlet).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.add(new Mix(outlet, n[0], sorted));
        });
        out.sort(Comparator.comparingInt((Mix m) -> -m.articles()).thenComparing(Mix::outlet));
        return out;
    }

    private void table(PrintWriter out, List<Group> groups, List<Mix> mix) {
        if (groups.isEmpty()) {
            out.println(label == null ? "no stored article has narratives" + range()
                    : "no stored article carries '" + label + "'" + range());
        }
        for (Group g : groups) {
            out.printf(Locale.ROOT, "%s: %d article%s%n", g.label(), g.articles().size(),
                    g.articles().size() == 1 ? "" : "s");
            for (Carrier c : g.articles()) {
                ArticleSummary a = c.article();
                out.printf(Locale.ROOT, "  %s  %-10s  %-22s  %.2f  %s%n", a.id(),
                        a.published().map(Object::toString).orElse("-"), cut(a.outlet().orElse("-"), 22),
                        c.label().score(), cut(a.title().orElse("(untitled)"), 60));
                c.evidence().forEach(e -> out.println("      \u201c" + cut(e.replaceAll("\\s+", " ").strip(), EVIDENCE_CHARS)
                        + "\u201d"));
            }
        }
        if (!mix.isEmpty()) {
            out.println();
            out.println("narrative mix per outlet (articles carrying each narrative):");
            for (Mix m : mix) {
                out.printf(Locale.ROOT, "  %s: %d article%s%n", m.outlet(), m.articles(), m.articles() == 1 ? "" : "s");
                m.narratives().forEach((n, k) -> out.printf(Locale.ROOT, "    %4d  %3.0f%%  %s%n", k,
                        100.0 * k / m.articles(), n));
            }
        }
    }

    private String range() {
        return (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
    }

    private static String json(List<Group> groups, List<Mix> mix) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        ArrayNode gs = root.putArray("narratives");
        for (Group g : groups) {
            ObjectNode o = gs.addObject();
            o.put("label", g.label());
            g.parent().ifPresentOrElse(p -> o.put("parent", p), () -> o.putNull("parent"));
            ArrayNode as = o.putArray("articles");
            for (Carrier c : g.articles()) {
                ObjectNode a = as.addObject();
                a.put("id", c.article().id());
                c.article().published().ifPresentOrElse(d -> a.put("published", d.toString()),
                        () -> a.putNull("published"));
                c.article().outlet().ifPresentOrElse(x -> a.put("outlet", x), () -> a.putNull("outlet"));
                c.article().title().ifPresentOrElse(x -> a.put("title", x), () -> a.putNull("title"));
                a.put("score", c.label().score());
                ArrayNode ev = a.putArray("evidence");
                for (int i = 0; i < c.label().evidence().size(); i++) {
                    Span s = c.label().evidence().get(i);
                    ev.addObject().put("start", s.start()).put("end", s.end()).put("text", c.evidence().get(i));
                }
            }
        }
        ArrayNode ms = root.putArray("outlets");
        for (Mix x : mix) {
            ObjectNode o = ms.addObject();
            o.put("outlet", x.outlet());
            o.put("articles", x.articles());
            ObjectNode ns = o.putObject("narratives");
            x.narratives().forEach(ns::put);
        }
        try {
            return m.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
