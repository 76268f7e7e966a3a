package org.parley.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.link.Link.Carrier;
import org.parley.link.Link.Evidence;
import org.parley.link.Link.NarrativeFilter;
import org.parley.link.Link.NarrativeGroup;
import org.parley.link.Link.NarrativeOverview;
import org.parley.link.Link.OutletMix;
import org.parley.model.Article;
import org.parley.model.NarrativeLabel;
import org.parley.model.Narratives;
import org.parley.model.Span;
import org.parley.store.ArticleQuery;
import org.parley.store.ArticleSummary;
import org.parley.store.Store;

/**
 * The stored narratives layers joined across articles: each label with the articles that carry it (best score
 * first), their evidence sentences and how many independent sources they stand for, and the narrative mix per
 * outlet. Reads the store only.
 */
final class NarrativeStage {

    private NarrativeStage() {
    }

    static NarrativeOverview run(Store store, NarrativeFilter f, Link link) {
        var query = new ArticleQuery(Optional.empty(), Optional.empty(), f.from(), f.to());
        Map<String, ArticleSummary> inRange = new HashMap<>();
        store.list(query, (int) Math.min(Integer.MAX_VALUE, store.count(query)), 0)
                .forEach(a -> inRange.put(a.id(), a));
        // Article ids in order, so the same store gives the same overview.
        Map<String, List<NarrativeLabel>> labels = new TreeMap<>();
        store.eachLayer(Narratives.class, (id, layer) -> {
            if (inRange.containsKey(id)) {
                labels.put(id, layer.items());
            }
        });
        return new NarrativeOverview(labels.size(), groups(labels, inRange, f, store, link), mix(labels, inRange));
    }

    private static List<NarrativeGroup> groups(Map<String, List<NarrativeLabel>> labels,
            Map<String, ArticleSummary> summaries, NarrativeFilter f, Store store, Link link) {
        Map<String, List<Map.Entry<String, NarrativeLabel>>> byLabel = new TreeMap<>();
        labels.forEach((id, ls) -> ls.stream().filter(l -> f.label().map(l.label()::equalsIgnoreCase).orElse(true))
                .forEach(l -> byLabel.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(Map.entry(id, l))));
        Map<String, Optional<Article>> texts = new HashMap<>();
        var out = new ArrayList<NarrativeGroup>();
        byLabel.forEach((name, carried) -> {
            var carriers = new ArrayList<Carrier>();
            var articles = new ArrayList<Article>();
            for (Map.Entry<String, NarrativeLabel> e : carried) {
                Optional<Article> a = texts.computeIfAbsent(e.getKey(), store::article);
                a.ifPresent(articles::add);
                List<Evidence> evidence = e.getValue().evidence().stream()
                        .map(s -> new Evidence(s.start(), s.end(), a.map(x -> text(x.text(), s)).orElse(""))).toList();
                ArticleSummary summary = summaries.get(e.getKey());
                carriers.add(new Carrier(summary.id(), summary.published(), summary.outlet(), summary.title(),
                        e.getValue().score(), evidence));
            }
            carriers.sort(Comparator.comparingDouble((Carrier c) -> -c.score()).thenComparing(Carrier::id));
            out.add(new NarrativeGroup(name, carried.get(0).getValue().parent(), link.independentSources(articles),
                    carriers));
        });
        // The labels carried by the most articles first.
        out.sort(Comparator.comparingInt((NarrativeGroup g) -> -g.articles().size()).thenComparing(NarrativeGroup::label));
        return out;
    }

    /** The span's text, or nothing when the stored text is shorter than the span (a layer of another version). */
    private static String text(String body, Span s) {
        return s.end() <= body.length() ? s.of(body) : "";
    }

    private static List<OutletMix> mix(Map<String, List<NarrativeLabel>> labels, Map<String, ArticleSummary> summaries) {
        Map<String, int[]> articles = new TreeMap<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        labels.forEach((id, ls) -> {
            String outlet = summaries.get(id).outlet().orElse(Link.NO_OUTLET);
            articles.computeIfAbsent(outlet, k -> new int[1])[0]++;
            Map<String, Integer> c = counts.computeIfAbsent(outlet, k -> new TreeMap<>());
            ls.stream().filter(l -> l.parent().isEmpty()).map(NarrativeLabel::label).distinct()
                    .forEach(l -> c.merge(l, 1, Integer::sum));
        });
        var out = new ArrayList<OutletMix>();
        articles.forEach((outlet, n) -> {
            var sorted = new LinkedHashMap<String, Integer>();
            counts.get(outlet).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.add(new OutletMix(outlet, n[0], sorted));
        });
        out.sort(Comparator.comparingInt((OutletMix m) -> -m.articles()).thenComparing(OutletMix::outlet));
        return out;
    }
}
