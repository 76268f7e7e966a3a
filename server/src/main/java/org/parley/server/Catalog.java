package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.parley.json.AnalysisJson;
import org.parley.link.Link;
import org.parley.model.Document;
import org.parley.store.ArticleQuery;
import org.parley.store.ArticleSummary;
import org.parley.store.SearchHit;
import org.parley.store.Store;

/**
 * What the server reads from the store, for the API and the pages alike. Filters and the cross-article views
 * (outlets, layers, timeline) work on an in-memory snapshot taken once per change of the store (an ingest job
 * bumps {@link #changed()}); lists filtered by outlet, language and dates come from the store's SQL while that
 * snapshot is out of date ({@link ListSource}).
 */
final class Catalog {

    /** Layers that cover the whole text: they structure the reader, they are not things to list or highlight. */
    static final Set<String> STRUCTURE = Set.of("tokens", "sentences", "paragraphs");

    /** Most search hits a filtered list looks at. */
    static final int SEARCH_CAP = 10_000;

    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    record ArticleFilter(Optional<String> outlet, Optional<String> language, Optional<LocalDate> from,
            Optional<LocalDate> to, Optional<String> q) {
        static final ArticleFilter NONE = new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        boolean isEmpty() {
            return this.equals(NONE);
        }

        boolean accepts(ArticleSummary s) {
            return outlet.map(o -> s.outlet().filter(o::equals).isPresent()).orElse(true)
                    && language.map(s.language()::equals).orElse(true)
                    && from.map(d -> s.published().filter(p -> !p.isBefore(d)).isPresent()).orElse(true)
                    && to.map(d -> s.published().filter(p -> !p.isAfter(d)).isPresent()).orElse(true);
        }
    }

    record Page<T>(List<T> items, long total, int limit, int offset) {
    }

    record Outlet(String outlet, int articles, List<String> languages) {
    }

    record LayerInfo(String name, int articles, long items) {
    }

    /** One item of a layer, with the article it is in. */
    record LayerItem(String article, String title, LocalDate published, JsonNode item) {
    }

    /**
     * One dated thing: a time expression with a calendar value, an article's publication, or (once that layer
     * exists) an event. {@code date} is {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     */
    record TimelineEntry(String date, String kind, String article, String title, String outlet, String text,
            Integer start, Integer end) {
    }

    private record Snapshot(long generation, List<ArticleSummary> all, Map<String, List<LayerItem>> layers) {
    }

    private record VoicesAt(long generation, Voices voices) {
    }

    private final Store store;
    private final Link link = Link.builder().build();
    private final AtomicLong generation = new AtomicLong();
    private volatile VoicesAt voices;
    private volatile Snapshot summaries;
    private volatile Snapshot withLayers;
    private final Set<String> dirty = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Items per layer of each article read so far; guarded by this. */
    private final Map<String, Map<String, List<LayerItem>>> perArticle = new HashMap<>();

    Catalog(Store store) {
        this.store = store;
    }

    /** The store changed: the next cross-article view reads the list again. */
    void changed() {
        generation.incrementAndGet();
    }

    /** This article was written: the next cross-article view reads it again, and only it. */
    void changed(String id) {
        dirty.add(id);
        generation.incrementAndGet();
    }

    /**
     * Where a list filtered by outlet, language and dates (without words) comes from: the in-memory snapshot, the
     * store's SQL, or (AUTO, the default) the snapshot, except that when the store has changed since a snapshot of
     * at least {@link #SQL_FROM} articles was taken, SQL answers rather than the request reading every summary
     * again (docs/performance.md: under ingest, 0.3 against 23 req/s at 20,000 articles, but 1,393 against 43 at
     * 21).
     */
    enum ListSource { SNAPSHOT, SQL, AUTO }

    /** Up to this many articles, reading the snapshot again is one list query: as cheap as the SQL answer. */
    static final int SQL_FROM = 1000;

    /** Set by tests and the load test only. */
    static volatile ListSource listSource = ListSource.AUTO;

    Page<ArticleSummary> articles(ArticleFilter f, int limit, int offset) {
        if (!f.isEmpty() && f.q().isEmpty() && fromSql()) {
            ArticleQuery query = new ArticleQuery(f.outlet(), f.language(), f.from(), f.to());
            // Two statements: a write between them can make the total differ from the items by that write.
            return new Page<>(store.list(query, limit, offset), store.count(query), limit, offset);
        }
        // From the snapshot even unfiltered: a list and a count from the database cost ten times more (load test).
        List<ArticleSummary> all = summaries().all();
        if (f.isEmpty()) {
            return page(all, limit, offset);
        }
        List<ArticleSummary> matching;
        if (f.q().isPresent()) {
            Map<String, ArticleSummary> byId = new HashMap<>();
            all.forEach(s -> byId.put(s.id(), s));
            // Best match first, as search does.
            matching = store.search(f.q().get(), SEARCH_CAP).stream().map(h -> byId.get(h.id()))
                    .filter(s -> s != null && f.accepts(s)).toList();
        } else {
            matching = all.stream().filter(f::accepts).toList();
        }
        return page(matching, limit, offset);
    }

    private boolean fromSql() {
        return switch (listSource) {
            case SNAPSHOT -> false;
            case SQL -> true;
            case AUTO -> {
                Snapshot s = summaries;
                yield s != null && s.generation() != generation.get() && s.all().size() >= SQL_FROM;
            }
        };
    }

    /** Whether the snapshot of summaries is that of the store as it is now. */
    boolean snapshotCurrent() {
        Snapshot s = summaries;
        return s != null && s.generation() == generation.get();
    }

    Optional<Document> document(String id) {
        return store.get(id);
    }

    Optional<ArticleSummary> summary(String id) {
        return store.summary(id);
    }

    List<String> idsStartingWith(String prefix) {
        return store.idsStartingWith(prefix, 2);
    }

    List<SearchHit> search(String q, int limit) {
        return store.search(q, limit);
    }

    List<Outlet> outlets() {
        Map<String, List<ArticleSummary>> by = new TreeMap<>();
        summaries().all().forEach(s -> by.computeIfAbsent(s.outlet().orElse(""), k -> new ArrayList<>()).add(s));
        return by.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .map(e -> new Outlet(e.getKey(), e.getValue().size(),
                        e.getValue().stream().map(ArticleSummary::language).distinct().sorted().toList()))
                .toList();
    }

    List<String> languages() {
        return summaries().all().stream().map(ArticleSummary::language).distinct().sorted().toList();
    }

    /** Every layer some stored article has, with how many articles and items. */
    List<LayerInfo> layers() {
        Map<String, int[]> articles = new TreeMap<>();
        Map<String, Long> items = new HashMap<>();
        for (ArticleSummary s : summaries().all()) {
            s.layers().forEach((name, n) -> {
                articles.computeIfAbsent(name, k -> new int[1])[0]++;
                items.merge(name, (long) n, Long::sum);
            });
        }
        return articles.entrySet().stream().map(e -> new LayerInfo(e.getKey(), e.getValue()[0], items.get(e.getKey())))
                .toList();
    }

    boolean hasLayer(String name) {
        return summaries().all().stream().anyMatch(s -> s.count(name) > 0 || s.layers().containsKey(name));
    }

    /** The items of one layer across articles, newest article first, each in text order. */
    Page<LayerItem> layer(String name, ArticleFilter f, int limit, int offset) {
        if (STRUCTURE.contains(name)) {
            throw ApiException.badRequest("layer '" + name + "' covers whole texts; read it per article at "
                    + "/api/articles/{id}");
        }
        List<LayerItem> items = withLayers().layers().getOrDefault(name, List.of());
        if (!f.isEmpty()) {
            Set<String> ids = new java.util.HashSet<>();
            articles(f, Integer.MAX_VALUE, 0).items().forEach(s -> ids.add(s.id()));
            items = items.stream().filter(i -> ids.contains(i.article())).toList();
        }
        return page(items, limit, offset);
    }

    /**
     * Dated things in date order: events with a calendar date, time expressions whose value is a calendar date,
     * and each article's publication.
     */
    Page<TimelineEntry> timeline(ArticleFilter f, Optional<String> kind, int limit, int offset) {
        Snapshot snap = withLayers();
        Map<String, ArticleSummary> byId = new HashMap<>();
        snap.all().forEach(s -> byId.put(s.id(), s));
        Predicate<String> inArticles;
        ArticleFilter articleFilter = new ArticleFilter(f.outlet(), f.language(), Optional.empty(), Optional.empty(),
                f.q());
        if (articleFilter.isEmpty()) {
            inArticles = id -> true;
        } else {
            Set<String> ids = new java.util.HashSet<>();
            articles(articleFilter, Integer.MAX_VALUE, 0).items().forEach(s -> ids.add(s.id()));
            inArticles = ids::contains;
        }
        List<TimelineEntry> entries = new ArrayList<>();
        // Events (dated by their date's value, shown by their first evidence sentence) and time expressions
        // whose value is a calendar date.
        for (LayerItem i : snap.layers().getOrDefault("events", List.of())) {
            JsonNode date = i.item().get("date");
            JsonNode evidence = i.item().path("evidence").path(0);
            String value = date == null || date.isNull() ? null : text(date, "value");
            if (value == null || !CALENDAR_DATE.matcher(value).matches() || evidence.isMissingNode()) {
                continue;
            }
            entries.add(new TimelineEntry(value, "event", i.article(), i.title(),
                    byId.get(i.article()).outlet().orElse(null), text(evidence, "text"), integer(evidence, "start"),
                    integer(evidence, "end")));
        }
        for (LayerItem i : snap.layers().getOrDefault("timexes", List.of())) {
            String date = text(i.item(), "value");
            if (date == null || !CALENDAR_DATE.matcher(date).matches() || !"DATE".equals(text(i.item(), "type"))) {
                continue;
            }
            entries.add(new TimelineEntry(date, "timex", i.article(), i.title(),
                    byId.get(i.article()).outlet().orElse(null), text(i.item(), "text"), integer(i.item(), "start"),
                    integer(i.item(), "end")));
        }
        for (ArticleSummary s : snap.all()) {
            s.published().ifPresent(p -> entries.add(new TimelineEntry(p.toString(), "published", s.id(),
                    s.title().orElse(null), s.outlet().orElse(null), null, null, null)));
        }
        List<TimelineEntry> kept = entries.stream()
                .filter(e -> inArticles.test(e.article()) && kind.map(e.kind()::equals).orElse(true)
                        && overlaps(e.date(), f.from(), f.to()))
                .sorted(Comparator.comparing(TimelineEntry::date).thenComparing(TimelineEntry::kind,
                        Comparator.reverseOrder()).thenComparing(TimelineEntry::article)
                        .thenComparing(e -> e.start() == null ? -1 : e.start()))
                .toList();
        return page(kept, limit, offset);
    }

    /** Actors and statements across the store, joined once per change of the store. */
    Voices voices() {
        Snapshot snap = withLayers();
        VoicesAt v = voices;
        if (v == null || v.generation() != snap.generation()) {
            // Two requests may both join after a change; each result is complete, the last one stays.
            v = new VoicesAt(snap.generation(), Voices.of(snap.all(), snap.layers()));
            voices = v;
        }
        return v.voices();
    }

    private record NarrativesAt(long generation, Map<Link.NarrativeFilter, Link.NarrativeOverview> byRange) {
    }

    /** Date ranges whose overviews are kept at once. */
    static final int NARRATIVE_RANGES_KEPT = 16;

    private volatile NarrativesAt narratives = new NarrativesAt(-1, Map.of());

    /**
     * The stored narratives joined across articles ({@link Link#narratives}). The store is read once per date range
     * and kept until it changes; a label is picked from that overview, so the page (its label, and every label for
     * the choices), its API call and a reload read the store once.
     */
    Link.NarrativeOverview narratives(Link.NarrativeFilter f) {
        var range = new Link.NarrativeFilter(Optional.empty(), f.from(), f.to());
        long now = generation.get();
        NarrativesAt n = narratives;
        Link.NarrativeOverview all = n.generation() == now ? n.byRange().get(range) : null;
        if (all == null) {
            all = link.narratives(store, range);
            var kept = new HashMap<Link.NarrativeFilter, Link.NarrativeOverview>();
            if (n.generation() == now && n.byRange().size() < NARRATIVE_RANGES_KEPT) {
                kept.putAll(n.byRange());
            }
            kept.put(range, all);
            // Two requests may both read after a change; each answer is complete, the last map stays.
            narratives = new NarrativesAt(now, Map.copyOf(kept));
        }
        return all.only(f.label());
    }

    /** Whether the period a (partial) date names meets [from, to]. */
    static boolean overlaps(String date, Optional<LocalDate> from, Optional<LocalDate> to) {
        LocalDate first;
        LocalDate last;
        if (date.length() == 4) {
            Year y = Year.parse(date);
            first = y.atDay(1);
            last = y.atMonth(12).atEndOfMonth();
        } else if (date.length() == 7) {
            YearMonth m = YearMonth.parse(date);
            first = m.atDay(1);
            last = m.atEndOfMonth();
        } else {
            try {
                first = LocalDate.parse(date);
            } catch (java.time.format.DateTimeParseException e) {
                return false; // 2025-02-30 and the like: not a calendar date
            }
            last = first;
        }
        return from.map(d -> !last.isBefore(d)).orElse(true) && to.map(d -> !first.isAfter(d)).orElse(true);
    }

    static <T> Page<T> page(List<T> all, int limit, int offset) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new Page<>(all.subList(from, to), all.size(), limit, offset);
    }

    private Snapshot summaries() {
        long g = generation.get();
        Snapshot s = summaries;
        if (s != null && s.generation() == g) {
            return s;
        }
        synchronized (this) {
            s = summaries;
            if (s == null || s.generation() != g) {
                List<ArticleSummary> all = new ArrayList<>();
                for (int offset = 0;; offset += 1000) {
                    List<ArticleSummary> batch = store.list(1000, offset);
                    all.addAll(batch);
                    if (batch.size() < 1000) {
                        break;
                    }
                }
                s = new Snapshot(g, List.copyOf(all), Map.of());
                summaries = s;
            }
            return s;
        }
    }

    /** The summaries with the items of every listed layer; reads each article that has one. */
    private Snapshot withLayers() {
        Snapshot base = summaries();
        Snapshot s = withLayers;
        if (s != null && s.generation() == base.generation()) {
            return s;
        }
        synchronized (this) {
            s = withLayers;
            if (s == null || s.generation() != base.generation()) {
                // Only articles written since the last view are read again: an ingest running beside readers
                // must not make every request read the whole store.
                Set<String> changedIds = new java.util.HashSet<>(dirty);
                dirty.removeAll(changedIds);
                Set<String> present = new java.util.HashSet<>();
                Map<String, List<LayerItem>> layers = new LinkedHashMap<>();
                for (ArticleSummary sum : base.all()) {
                    present.add(sum.id());
                    Map<String, List<LayerItem>> own = perArticle.get(sum.id());
                    if (own == null || changedIds.contains(sum.id())) {
                        Map<String, List<LayerItem>> read = new LinkedHashMap<>();
                        if (!sum.layers().keySet().stream().allMatch(STRUCTURE::contains)) {
                            store.get(sum.id()).ifPresent(doc -> collect(doc, sum, read));
                        }
                        own = read;
                        perArticle.put(sum.id(), own);
                    }
                    own.forEach((name, items) -> layers.computeIfAbsent(name, k -> new ArrayList<>()).addAll(items));
                }
                perArticle.keySet().retainAll(present);
                s = new Snapshot(base.generation(), base.all(), layers);
                withLayers = s;
            }
            return s;
        }
    }

    private static void collect(Document doc, ArticleSummary sum, Map<String, List<LayerItem>> into) {
        JsonNode json = parse(AnalysisJson.write(doc));
        for (String name : sum.layers().keySet()) {
            JsonNode items = json.get(name);
            if (STRUCTURE.contains(name) || items == null || !items.isArray()) {
                continue;
            }
            for (Iterator<JsonNode> it = items.elements(); it.hasNext();) {
                into.computeIfAbsent(name, k -> new ArrayList<>()).add(new LayerItem(sum.id(),
                        sum.title().orElse(null), sum.published().orElse(null), it.next()));
            }
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the analysis JSON is written by this program and parses", e);
        }
    }

    /** The analysis JSON of one article, as a tree the pages can walk. */
    static ObjectNode analysis(Document doc) {
        return (ObjectNode) parse(AnalysisJson.write(doc));
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null || !v.isInt() ? null : v.asInt();
    }
}
