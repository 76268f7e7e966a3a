package org.parley.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Article;

/**
 * Work across stored articles, after the per-article pipeline: which articles are copies of one another (reprints,
 * wire copies with small edits), and how many independent sources a set of articles stands for. The module's one
 * entry point.
 *
 * <pre>{@code
 * List<Link.Cluster> reprints = Link.builder().build().reprints(articles);
 * }</pre>
 */
public final class Link {

    /** Word-shingle Jaccard similarity from which two articles count as copies. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final double threshold;
    private final Outlets outlets;

    private Link(double threshold) {
        this.threshold = threshold;
        this.outlets = Outlets.load();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Two articles whose texts are copies of each other, and how alike they are (0..1). */
    public record Pair(String first, String second, double similarity) {
    }

    /**
     * Articles that are copies of one story (one source however many print it), oldest first: {@code firstReport}
     * is the earliest dated one, when any is dated; {@code outlets} how many different owners printed it.
     */
    public record Cluster(List<Article> articles, List<Pair> pairs, Optional<Article> firstReport, int outlets) {
    }

    /** The sets of two or more articles that are copies of one another. */
    public List<Cluster> reprints(List<Article> articles) {
        List<Pair> pairs = pairs(articles);
        UnionFind groups = new UnionFind(articles.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i).id(), i);
        }
        pairs.forEach(p -> groups.union(index.get(p.first()), index.get(p.second())));
        Map<Integer, List<Article>> members = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(articles.get(i));
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Article> m : members.values()) {
            if (m.size() < 2) {
                continue;
            }
            Set<String> ids = m.stream().map(Article::id).collect(java.util.stream.Collectors.toSet());
            List<Article> sorted = m.stream().sorted(BY_DATE).toList();
            int owners = (int) sorted.stream().map(a -> owner(a).orElse("?" + a.id())).distinct().count();
            out.add(new Cluster(sorted, pairs.stream().filter(p -> ids.contains(p.first())).toList(),
                    sorted.stream().filter(a -> a.published().isPresent()).findFirst(), owners));
        }
        out.sort(Comparator.comparing((Cluster c) -> c.articles().get(0), BY_DATE));
        return out;
    }

    /**
     * How many independent sources stand behind these articles: copies of one story count once, and so do articles
     * of one owner (a state media group, an agency and its reprints).
     */
    public int independentSources(List<Article> articles) {
        UnionFind groups = new UnionFind(articles.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.put(articles.get(i).id(), i);
        }
        pairs(articles).forEach(p -> groups.union(index.get(p.first()), index.get(p.second())));
        Map<String, Integer> byOwner = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Optional<String> owner = owner(articles.get(i));
            if (owner.isPresent()) {
                Integer other = byOwner.putIfAbsent(owner.get(), i);
                if (other != null) {
                    groups.union(i, other);
                }
            }
        }
        return (int) java.util.stream.IntStream.range(0, articles.size()).map(groups::find).distinct().count();
    }

    /** The agency a story came from counts before the outlet that printed it. */
    Optional<String> owner(Article a) {
        return a.agency().or(a::outlet).map(outlets::owner);
    }

    /** Pairs of articles whose shingle similarity reaches the threshold, found through MinHash bands. */
    List<Pair> pairs(List<Article> articles) {
        // The body alone: outlets reprinting one wire story give it headlines of their own.
        List<Set<Long>> shingles = articles.stream().map(a -> MinHash.shingles(a.bodyText())).toList();
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            if (shingles.get(i).isEmpty()) {
                continue;
            }
            long[] sig = MinHash.signature(shingles.get(i));
            for (int b = 0; b < MinHash.BANDS; b++) {
                buckets.computeIfAbsent(MinHash.band(sig, b) * 31 + b, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new java.util.HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int i = Math.min(bucket.get(x), bucket.get(y));
                    int j = Math.max(bucket.get(x), bucket.get(y));
                    if (!seen.add((long) i * articles.size() + j)) {
                        continue;
                    }
                    double s = MinHash.jaccard(shingles.get(i), shingles.get(j));
                    if (s >= threshold) {
                        out.add(new Pair(articles.get(i).id(), articles.get(j).id(), s));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Pair::first).thenComparing(Pair::second));
        return out;
    }

    private static final Comparator<Article> BY_DATE = Comparator
            .comparing((Article a) -> a.published().orElse(LocalDate.MAX)).thenComparing(Article::id);

    /** Options, checked as they are set. */
    public static final class Builder {
        private double threshold = DEFAULT_THRESHOLD;

        private Builder() {
        }

        public Builder threshold(double similarity) {
            if (!(similarity > 0 && similarity <= 1)) {
                throw new IllegalArgumentException("threshold must be in (0, 1], was " + similarity);
            }
            this.threshold = similarity;
            return this;
        }

        public Link build() {
            return new Link(threshold);
        }
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
