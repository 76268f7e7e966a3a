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
import org.parley.model.Timeline;
import org.parley.store.Store;

/**
 * Work across stored articles, after the per-article pipeline: which articles are copies of one another (reprints,
 * wire copies with small edits), how many independent sources a set of articles stands for, the timeline of
 * negotiation events merged from every article that reports them, and the narratives the articles push. The
 * module's one entry point.
 *
 * <pre>{@code
 * List<Link.Cluster> reprints = Link.builder().build().reprints(articles);
 * Timeline timeline = Link.builder().build().updateTimeline(store);
 * Link.NarrativeOverview narratives = Link.builder().build().narratives(store, Link.NarrativeFilter.ALL);
 * }</pre>
 *
 * <h2>The timeline: which reports are one event</h2>
 * Every stored article's {@link org.parley.model.Events} are reports; two reports tell of one real event when
 * <ul>
 * <li>their types are equal, and their details when both give one (a ceasefire call is not a ceasefire violation);
 * <li>their statuses may be one event: happened, planned, proposed and denied are reports on one real event (a round
 *     planned for a day and the round held that day are one; a denial contradicts the others), while a hypothetical
 *     event ("a meeting of the leaders could follow") is merged only with other hypothetical ones;
 * <li>their dates fit within their precision: the parts both give are equal ({@code 2025-05-16} lies in
 *     {@code 2025-05} and in {@code 2025}); a year-less {@code XXXX-05-16} of an undated article meets a calendar
 *     date only day to day ({@code 2025-05-16}; a year-less month is too loose); calendar days one day apart are one
 *     event only where both reports name the same place (a date contradiction);
 * <li>their places are the same or one lies within the other when both give one (the place table,
 *     {@code places.tsv}: "Istanbul" and "Turkey" agree, and the event takes the more precise one; a new report's
 *     place is compared with the place most of the event's reports give), except that two places on the same day
 *     are one event when the reports share a party (a place contradiction);
 * <li>their parties are compatible: two reports that each name two or more parties share at least one (one named
 *     side is a partial view, not a different event);
 * <li>a report without a date is one event only with undated reports of copies of the same story (reprints), never
 *     with a dated event: nothing says which it would be.
 * </ul>
 * A report joins an event only when it fits every report already in it, and never when it fits two: reports are
 * taken most precise first (calendar days, months, years, then year-less days and months), so "March 2022" joins
 * the one event of that month it fits and stays apart when it fits two rounds. The merged event takes the most
 * precise date its reports give (with no majority between near days, the month they share), the place and numbers
 * most articles give, the status "happened" when any report says so and no more articles deny it (plans and
 * proposals come before the event, they do not argue against it), else the status most articles give. Contradictions
 * are listed for dates, places, statuses (a denial beside other reports) and numbers ({@code quantity:prisoners}).
 * Independent sources count copies of one story and outlets of one owner once, over the whole store. The id is a hash
 * of type, date and place (plus the first report when there is no calendar date, or when two events collide), so the
 * same reports give the same id, and a new report that names one more side keeps the event's id. An undated article that reports as happened an event other
 * articles date gets an {@link org.parley.model.EventDating}: not published before the first day of that date.
 * The same store gives the same timeline, in the store's order (date, type, id).
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
        Groups g = groups(articles.stream().map(Article::id).toList(),
                articles.stream().map(a -> MinHash.shingles(a.bodyText())).toList(),
                articles.stream().map(this::owner).toList());
        return (int) java.util.Arrays.stream(g.sources()).distinct().count();
    }

    /**
     * Each article's set of copies, and its independent source among these articles (copies and one owner joined),
     * as the set's representative index. The timeline stage takes the copies over the whole store and joins owners
     * per event.
     */
    record Groups(int[] copies, int[] sources) {
    }

    Groups groups(List<String> ids, List<long[]> shingles, List<Optional<String>> owners) {
        UnionFind groups = new UnionFind(ids.size());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        pairs(ids, shingles).forEach(p -> groups.union(index.get(p.first()), index.get(p.second())));
        int[] copies = groups.roots();
        Map<String, Integer> byOwner = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Optional<String> owner = owners.get(i);
            if (owner.isPresent()) {
                Integer other = byOwner.putIfAbsent(owner.get(), i);
                if (other != null) {
                    groups.union(i, other);
                }
            }
        }
        return new Groups(copies, groups.roots());
    }

    /**
     * The timeline of this store's events, merged across articles by the rules above. Reads the store only, and
     * keeps the events of every article with events and the shingles of their texts in memory (docs/performance.md).
     */
    public Timeline timeline(Store store) {
        return TimelineStage.run(store, this);
    }

    /** Makes the timeline anew from the stored events and replaces the stored one with it, in one transaction. */
    public Timeline updateTimeline(Store store) {
        Timeline timeline = timeline(store);
        store.replaceTimeline(timeline);
        return timeline;
    }

    /** Which stored narratives to join: one label (narrative or sub-narrative, case ignored), publication dates. */
    public record NarrativeFilter(Optional<String> label, Optional<LocalDate> from, Optional<LocalDate> to) {
        public static final NarrativeFilter ALL = new NarrativeFilter(Optional.empty(), Optional.empty(),
                Optional.empty());

        public NarrativeFilter {
            if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
                throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
            }
        }
    }

    /** An evidence sentence: its character span in the article's text, and that text. */
    public record Evidence(int start, int end, String text) {
    }

    /** One article carrying one label: the article's facts, the label's score and its evidence in the article. */
    public record Carrier(String id, Optional<LocalDate> published, Optional<String> outlet, Optional<String> title,
            double score, List<Evidence> evidence) {
    }

    /**
     * A label with the articles that carry it, best score first, and how many independent sources they stand for
     * (copies of one story and outlets of one owner count once). A sub-narrative's {@code parent} is its narrative.
     */
    public record NarrativeGroup(String label, Optional<String> parent, int independentSources,
            List<Carrier> articles) {
    }

    /** An outlet's articles with narratives, and how many of them carry each narrative (most first). */
    public record OutletMix(String outlet, int articles, Map<String, Integer> narratives) {
    }

    /** How many articles have narratives at all, the labels carried by the most articles first, the mix per outlet. */
    public record NarrativeOverview(int articles, List<NarrativeGroup> narratives, List<OutletMix> outlets) {
        /** The overview as a filter on {@code label} (case ignored) gives it: that label's group, the rest alike. */
        public NarrativeOverview only(Optional<String> label) {
            return label.isEmpty() ? this : new NarrativeOverview(articles, narratives.stream()
                    .filter(g -> g.label().equalsIgnoreCase(label.get())).toList(), outlets);
        }
    }

    /** The outlet named for articles without one. */
    public static final String NO_OUTLET = "(no outlet)";

    /**
     * The stored narratives joined across articles: per label its articles, evidence and independent sources, and the
     * narrative mix per outlet (over every label, whatever {@code f.label()} says). Articles stored without a
     * narratives layer (other languages, over-long texts) are left out. Reads the store only.
     */
    public NarrativeOverview narratives(Store store, NarrativeFilter f) {
        return NarrativeStage.run(store, f, this);
    }

    /** The agency a story came from counts before the outlet that printed it. */
    Optional<String> owner(Article a) {
        return a.agency().or(a::outlet).map(outlets::owner);
    }

    /** Pairs of articles whose shingle similarity reaches the threshold, found through MinHash bands. */
    List<Pair> pairs(List<Article> articles) {
        // The body alone: outlets reprinting one wire story give it headlines of their own.
        return pairs(articles.stream().map(Article::id).toList(),
                articles.stream().map(a -> MinHash.shingles(a.bodyText())).toList());
    }

    /** As {@link #pairs(List)}, over the articles' ids and shingles. */
    List<Pair> pairs(List<String> ids, List<long[]> shingles) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (shingles.get(i).length == 0) {
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
                    if (!seen.add((long) i * ids.size() + j)) {
                        continue;
                    }
                    double s = MinHash.jaccard(shingles.get(i), shingles.get(j));
                    if (s >= threshold) {
                        out.add(new Pair(ids.get(i), ids.get(j), s));
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
}
