package org.parley.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.model.Contradiction;
import org.parley.model.Event;
import org.parley.model.EventDating;
import org.parley.model.EventReport;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Quantity;
import org.parley.model.Timeline;
import org.parley.model.TimelineEvent;

/**
 * Merges per-article events into timeline events by the rules {@link Link#timeline} documents. A pure function of
 * its input: the same reports in any order give the same timeline.
 */
final class Merger {

    /**
     * A stored article as the merge needs it.
     *
     * @param published its publication date, or its one-day estimate
     * @param dated     whether the article itself gives its publication date (else it may get an {@link EventDating})
     * @param copies    its set of copies (reprints of one story) in the whole store, as an index
     * @param owner       who stands behind it (the agency's or outlet's owner), or a key of its own when unknown
     */
    record Source(String id, Optional<String> title, Optional<String> outlet, Optional<LocalDate> published,
            boolean dated, int copies, String owner) {
    }

    /** One article's event. */
    record Report(Source article, Event event, Optional<When> when) {
        Report(Source article, Event event) {
            this(article, event, event.date().flatMap(d -> When.of(d.value())));
        }

        Optional<String> place() {
            return event.place().map(p -> p.name());
        }

        int rank() {
            return when.map(When::rank).orElse(5);
        }
    }

    private final Map<String, String> names;

    /** @param names actor id to display name; an id without one shows as itself */
    Merger(Map<String, String> names) {
        this.names = names;
    }

    private static final Comparator<Report> MERGE_ORDER = Comparator.comparingInt(Report::rank)
            .thenComparing(r -> r.when.map(When::value).orElse(""))
            .thenComparing(r -> r.event.type())
            .thenComparing(r -> r.article.published().orElse(LocalDate.MAX))
            .thenComparing(r -> r.article.id())
            .thenComparing(r -> r.event.id());

    Timeline merge(Collection<Report> input) {
        List<Report> reports = input.stream().sorted(MERGE_ORDER).toList();
        List<List<Report>> clusters = new ArrayList<>();
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (Report r : reports) {
            int joined = find(r, clusters, buckets);
            if (joined >= 0) {
                clusters.get(joined).add(r);
                continue;
            }
            clusters.add(new ArrayList<>(List.of(r)));
            for (String key : homes(r)) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(clusters.size() - 1);
            }
        }
        List<TimelineEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Built> built = clusters.stream().map(this::build).sorted(Comparator.comparing(Built::sortKey)).toList();
        for (Built b : built) {
            String id = b.baseId;
            if (!ids.add(id)) {
                // Two events alike in type, date and place (other sides, or reports that could not be merged): the
                // first report tells them apart, and still the same reports give the same id.
                EventReport first = b.event.reports().get(0);
                id = hash(id + "|" + first.article() + "|" + first.event());
                ids.add(id);
            }
            events.add(withId(b.event, id));
        }
        // The store's order: by the days the date covers, undated last, then type and id (keys parsed once).
        Map<TimelineEvent, LocalDate[]> days = new java.util.IdentityHashMap<>();
        events.forEach(e -> days.put(e, new LocalDate[] {
            e.date().flatMap(When::of).flatMap(When::start).orElse(LocalDate.MAX),
            e.until().or(e::date).flatMap(When::of).flatMap(When::end).orElse(LocalDate.MAX)}));
        events.sort(Comparator.comparing((TimelineEvent e) -> days.get(e)[0]).thenComparing(e -> days.get(e)[1])
                .thenComparing(TimelineEvent::type).thenComparing(TimelineEvent::id));
        return new Timeline(events, datings(events, reports));
    }

    // ---- which reports are one event -----------------------------------------------------------------

    /** The buckets a new event is found in, by its first (most precise) report. */
    private static List<String> homes(Report r) {
        String t = r.event.type() + ":";
        if (r.when.isEmpty()) {
            return List.of("U:" + t + r.article.copies());
        }
        When w = r.when.get();
        List<String> out = new ArrayList<>();
        if (w.dated()) {
            w.dayDate().ifPresent(d -> out.add("D:" + t + d));
            if (w.month() > 0) {
                out.add("M:" + t + w.year() + "-" + w.month());
            }
            out.add("Y:" + t + w.year());
        }
        if (w.isDay()) {
            out.add("XD:" + t + w.month() + "-" + w.day());
        }
        return out;
    }

    /** The buckets a report looks in: where events it may belong to live. */
    private static List<String> lookups(Report r) {
        String t = r.event.type() + ":";
        if (r.when.isEmpty()) {
            return List.of("U:" + t + r.article.copies());
        }
        When w = r.when.get();
        if (w.dated() && w.isDay()) {
            LocalDate d = w.dayDate().orElseThrow();
            return List.of("D:" + t + d, "D:" + t + d.minusDays(1), "D:" + t + d.plusDays(1));
        } else if (w.dated()) {
            return List.of(w.month() > 0 ? "M:" + t + w.year() + "-" + w.month() : "Y:" + t + w.year());
        }
        return w.isDay() ? List.of("XD:" + t + w.month() + "-" + w.day()) : List.of();
    }

    /** The one event this report belongs to, or -1: none, or more than one (never guess between two). */
    private int find(Report r, List<List<Report>> clusters, Map<String, List<Integer>> buckets) {
        Set<Integer> candidates = new TreeSet<>();
        lookups(r).forEach(k -> candidates.addAll(buckets.getOrDefault(k, List.of())));
        List<Integer> exact = new ArrayList<>();
        List<Integer> near = new ArrayList<>();
        for (int c : candidates) {
            List<Report> members = clusters.get(c);
            if (members.stream().allMatch(m -> sameEvent(r, m, false)) && samePlace(r, placed(members))) {
                boolean fits = r.when.isEmpty()
                        || members.stream().allMatch(m -> m.when.isEmpty() || m.when.get().fits(r.when.get()));
                (fits ? exact : near).add(c);
            }
        }
        if (exact.size() == 1) {
            return exact.get(0);
        }
        return exact.isEmpty() && near.size() == 1 ? near.get(0) : -1;
    }

    /**
     * The report that gives the event's place so far (the place most of its reports give, the first of them), or
     * any report when none gives one: a new report's place is compared with it, not with every report, so one
     * report's "Turkey" does not keep out the next report's "Istanbul".
     */
    private static Report placed(List<Report> members) {
        Map<String, Long> counts = members.stream().filter(m -> m.place().isPresent())
                .collect(Collectors.groupingBy(m -> placeKey(m.place().get()), Collectors.counting()));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return members.stream().filter(m -> m.place().map(p -> counts.get(placeKey(p)) == most)
                .orElse(false)).findFirst().orElse(members.get(0));
    }

    private static String placeKey(String place) {
        return Places.TABLE.name(place).toLowerCase(Locale.ROOT);
    }

    private static boolean samePlace(Report a, Report b) {
        return sameEvent(a, b, true);
    }

    /** Whether two reports can tell of one event: the rules of {@link Link#timeline}. */
    static boolean sameEvent(Report a, Report b) {
        return sameEvent(a, b, true);
    }

    private static boolean sameEvent(Report a, Report b, boolean places) {
        Event x = a.event;
        Event y = b.event;
        if (x.type() != y.type() || hypothetical(x.status()) != hypothetical(y.status())) {
            return false;
        }
        if (x.detail().isPresent() && y.detail().isPresent() && !x.detail().equals(y.detail())) {
            return false;
        }
        if (a.when.isEmpty() || b.when.isEmpty()) {
            // Undated reports are one event only in copies of one story, and never twice in one article.
            return a.when.isEmpty() && b.when.isEmpty() && a.article.copies() == b.article.copies()
                    && !a.article.id().equals(b.article.id()) && equalPlaces(a, b);
        }
        if (x.parties().size() >= 2 && y.parties().size() >= 2 && x.parties().stream().noneMatch(y.parties()::contains)) {
            return false;
        }
        When p = a.when.get();
        When q = b.when.get();
        boolean placesDiffer = places && a.place().isPresent() && b.place().isPresent() && !equalPlaces(a, b);
        if (p.fits(q)) {
            // Two places for one day are one event only when the sides agree too: then the places contradict.
            return !placesDiffer || p.sameDay(q) && x.parties().stream().anyMatch(y.parties()::contains);
        }
        // Days one apart are one event when the place is the same: then the dates contradict.
        return p.nextTo(q) && a.place().isPresent() && equalPlaces(a, b);
    }

    private static boolean hypothetical(EventStatus s) {
        return s == EventStatus.HYPOTHETICAL;
    }

    /** Both give no place, or compatible ones: the same place, or one within the other (Istanbul, Turkey). */
    private static boolean equalPlaces(Report a, Report b) {
        if (a.place().isEmpty() || b.place().isEmpty()) {
            return a.place().isEmpty() && b.place().isEmpty();
        }
        return Places.TABLE.compatible(a.place().get(), b.place().get());
    }

    // ---- one timeline event from its reports ---------------------------------------------------------

    private record Built(TimelineEvent event, String baseId, String sortKey) {
    }

    /** First report first: the earliest dated article, then by publication date and article id; undated last. */
    static final Comparator<Report> REPORT_ORDER = Comparator
            .comparing((Report r) -> r.article.published().orElse(LocalDate.MAX))
            .thenComparing(r -> r.article.id()).thenComparing(r -> r.event.id());

    private Built build(List<Report> cluster) {
        List<Report> reports = cluster.stream().sorted(REPORT_ORDER).toList();
        EventType type = reports.get(0).event.type();
        List<Contradiction> contradictions = new ArrayList<>();
        Optional<String> date = date(reports, contradictions);
        Optional<String> until = date.flatMap(d -> reports.stream()
                .filter(r -> r.when.map(When::value).equals(Optional.of(d)))
                .flatMap(r -> r.event.date().flatMap(x -> x.until()).stream()).findFirst());
        // A report's "Turkey" counts for the "Istanbul" of the others, so the two do not contradict.
        List<String> named = reports.stream().flatMap(r -> r.place().stream()).toList();
        Optional<String> place = vote(reports, r -> r.place().map(p -> Places.TABLE.mostPrecise(p, named))
                .map(Places.TABLE::name).stream().toList(), "place", contradictions);
        EventStatus status = status(reports, contradictions);
        Optional<String> detail = vote(reports, r -> r.event.detail().stream().toList(), "detail", new ArrayList<>());
        List<TimelineEvent.Count> quantities = new ArrayList<>();
        Set<String> whats = new TreeSet<>();
        reports.forEach(r -> r.event.quantities().forEach(q -> whats.add(q.what())));
        for (String what : whats) {
            // A report's number is the first it gives for this: "1,000-for-1,000, 390 on the first day" is 1,000.
            vote(reports, r -> r.event.quantities().stream().filter(q -> q.what().equals(what)).limit(1)
                    .map(q -> Long.toString(q.value())).toList(), "quantity:" + what, contradictions)
                    .ifPresent(v -> quantities.add(new TimelineEvent.Count(what, Long.parseLong(v))));
        }
        List<TimelineEvent.ActorRef> parties = actors(reports, Event::parties);
        List<TimelineEvent.ActorRef> mediators = actors(reports, Event::mediators);
        List<EventReport> out = reports.stream().map(Merger::report).toList();
        List<String> articles = reports.stream().map(r -> r.article.id()).distinct().toList();
        int independent = independent(reports.stream().map(r -> r.article).distinct().toList());
        Optional<String> first = reports.stream().filter(r -> r.article.published().isPresent()).findFirst()
                .map(r -> r.article.id());
        // The id leaves the parties out: a new report that names one more side must not give the event a new id
        // (a link to it would break). Two events alike in type, date and place are told apart below.
        String content = type + "|" + date.orElse("") + "|" + until.orElse("") + "|"
                + place.map(p -> p.toLowerCase(Locale.ROOT)).orElse("");
        String order = content + "|"
                + parties.stream().map(TimelineEvent.ActorRef::id).sorted().collect(Collectors.joining(","));
        if (date.isEmpty()) {
            // Without a calendar date the content says too little: the first report makes it one event.
            content += "|" + out.get(0).article() + "|" + out.get(0).event();
        }
        TimelineEvent e = new TimelineEvent("", type, status, detail, date, until, place, parties, mediators,
                quantities, out, articles.size(), independent, first, contradictions);
        return new Built(e, hash(content), order + "|" + out.get(0).article() + "|" + out.get(0).event());
    }

    /**
     * How many independent sources these articles are: copies of one story, and articles of one owner, count once.
     * Counted among the event's own articles: owners joined over the whole store would chain every outlet that ever
     * printed a copy of another's story into one source.
     */
    private static int independent(List<Source> articles) {
        UnionFind groups = new UnionFind(articles.size());
        Map<Integer, Integer> byCopies = new HashMap<>();
        Map<String, Integer> byOwner = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Integer copy = byCopies.putIfAbsent(articles.get(i).copies(), i);
            if (copy != null) {
                groups.union(i, copy);
            }
            Integer owner = byOwner.putIfAbsent(articles.get(i).owner(), i);
            if (owner != null) {
                groups.union(i, owner);
            }
        }
        return (int) java.util.Arrays.stream(groups.roots()).distinct().count();
    }

    /**
     * The most precise calendar value the reports give; when reports of that precision disagree, the value most of
     * their articles give, or, with no majority, the coarser value they share (a date contradiction either way).
     */
    private static Optional<String> date(List<Report> reports, List<Contradiction> contradictions) {
        List<Report> dated = reports.stream().filter(r -> r.when.map(When::dated).orElse(false)).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        int best = dated.stream().mapToInt(Report::rank).min().orElseThrow();
        Map<String, Set<String>> byValue = versions(dated.stream().filter(r -> r.rank() == best).toList(),
                r -> r.when.get().calendar().stream().toList());
        if (byValue.size() == 1) {
            return Optional.of(byValue.keySet().iterator().next());
        }
        contradictions.add(contradiction("date", byValue));
        Optional<String> majority = majority(byValue);
        if (majority.isPresent()) {
            return majority;
        }
        // Near days of one month share it; across a month's end, the year.
        String any = byValue.keySet().iterator().next();
        boolean oneMonth = byValue.keySet().stream().allMatch(v -> v.startsWith(any.substring(0, 7)));
        return Optional.of(oneMonth ? any.substring(0, 7) : any.substring(0, 4));
    }

    /**
     * A report that it happened outweighs plans and proposals (they were made before it); a denial outweighs it
     * only when more articles deny than report it; otherwise the status most articles give.
     */
    private static EventStatus status(List<Report> reports, List<Contradiction> contradictions) {
        Map<String, Set<String>> byStatus = versions(reports, r -> List.of(r.event.status().name()
                .toLowerCase(Locale.ROOT)));
        int happened = byStatus.getOrDefault("happened", Set.of()).size();
        int denied = byStatus.getOrDefault("denied", Set.of()).size();
        if (denied > 0 && byStatus.size() > 1) {
            contradictions.add(contradiction("status", byStatus));
        }
        if (happened > 0 && happened >= denied) {
            return EventStatus.HAPPENED;
        }
        EventStatus best = null;
        int most = 0;
        for (EventStatus s : EventStatus.values()) {
            int n = byStatus.getOrDefault(s.name().toLowerCase(Locale.ROOT), Set.of()).size();
            if (n > most) {
                best = s;
                most = n;
            }
        }
        return best;
    }

    /** The value most articles give (ties: the first report's); a contradiction when they give several. */
    private static Optional<String> vote(List<Report> reports, Function<Report, List<String>> values, String field,
            List<Contradiction> contradictions) {
        Map<String, Set<String>> byValue = versions(reports, values);
        if (byValue.isEmpty()) {
            return Optional.empty();
        }
        if (byValue.size() > 1) {
            contradictions.add(contradiction(field, byValue));
        }
        int most = byValue.values().stream().mapToInt(Set::size).max().orElseThrow();
        return reports.stream().flatMap(r -> values.apply(r).stream())
                .filter(v -> byValue.get(v).size() == most).findFirst();
    }

    /** Each value with the (sorted) articles that give it, the values sorted. */
    private static Map<String, Set<String>> versions(List<Report> reports, Function<Report, List<String>> values) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Report r : reports) {
            for (String v : values.apply(r)) {
                out.computeIfAbsent(v, k -> new TreeSet<>()).add(r.article.id());
            }
        }
        return out;
    }

    private static Optional<String> majority(Map<String, Set<String>> byValue) {
        int all = byValue.values().stream().mapToInt(Set::size).sum();
        return byValue.entrySet().stream().filter(e -> 2 * e.getValue().size() > all).map(Map.Entry::getKey)
                .findFirst();
    }

    private static Contradiction contradiction(String field, Map<String, Set<String>> byValue) {
        return new Contradiction(field, byValue.entrySet().stream()
                .map(e -> new Contradiction.Version(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    private List<TimelineEvent.ActorRef> actors(List<Report> reports, Function<Event, List<String>> of) {
        Map<String, TimelineEvent.ActorRef> out = new LinkedHashMap<>();
        reports.forEach(r -> of.apply(r.event).forEach(id -> out.putIfAbsent(id,
                new TimelineEvent.ActorRef(id, names.getOrDefault(id, id)))));
        // A city or a venue the NER took for an organization ("Dolmabahce Palace") is where, not who.
        out.values().removeIf(a -> Places.TABLE.isWithinAnother(a.name()));
        return out.values().stream().sorted(Comparator.comparing(TimelineEvent.ActorRef::name)
                .thenComparing(TimelineEvent.ActorRef::id)).toList();
    }

    private static EventReport report(Report r) {
        Event e = r.event;
        return new EventReport(r.article.id(), e.id(), r.article.title(), r.article.outlet(), r.article.published(),
                e.status(), e.date().map(d -> d.value()), e.place().map(p -> p.name()),
                e.quantities().stream().map(Merger::count).toList(), e.evidence());
    }

    private static TimelineEvent.Count count(Quantity q) {
        return new TimelineEvent.Count(q.what(), q.value());
    }

    private static TimelineEvent withId(TimelineEvent e, String id) {
        return new TimelineEvent(id, e.type(), e.status(), e.detail(), e.date(), e.until(), e.place(), e.parties(),
                e.mediators(), e.quantities(), e.reports(), e.sources(), e.independentSources(), e.firstReport(),
                e.contradictions());
    }

    // ---- dates for undated articles ------------------------------------------------------------------

    /**
     * An undated article cannot be older than an event it reports as having happened, once other articles date
     * that event: the earliest bound is the latest first day of those events' dates. No event gives a latest bound.
     */
    private static List<EventDating> datings(List<TimelineEvent> events, List<Report> reports) {
        Set<String> undated = reports.stream().filter(r -> !r.article.dated()).map(r -> r.article.id())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<TimelineEvent>> byArticle = new TreeMap<>();
        for (TimelineEvent e : events) {
            Optional<LocalDate> start = e.date().flatMap(When::of).flatMap(When::start);
            if (start.isEmpty()) {
                continue;
            }
            Set<String> dating = e.reports().stream().filter(o -> o.date().flatMap(When::of).map(When::dated)
                    .orElse(false)).map(EventReport::article).collect(Collectors.toSet());
            for (EventReport r : e.reports()) {
                boolean datedElsewhere = dating.size() > 1 || dating.size() == 1 && !dating.contains(r.article());
                if (undated.contains(r.article()) && r.status() == EventStatus.HAPPENED && datedElsewhere) {
                    List<TimelineEvent> list = byArticle.computeIfAbsent(r.article(), k -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != e) {
                        list.add(e); // an article's reports of one event come one after another
                    }
                }
            }
        }
        List<EventDating> out = new ArrayList<>();
        byArticle.forEach((article, matched) -> {
            TimelineEvent latest = matched.stream().max(Comparator.comparing((TimelineEvent e) -> e.date()
                    .flatMap(When::of).flatMap(When::start).orElseThrow()).thenComparing(TimelineEvent::id)).get();
            LocalDate earliest = latest.date().flatMap(When::of).flatMap(When::start).orElseThrow();
            long others = latest.reports().stream().filter(r -> r.date().flatMap(When::of).map(When::dated)
                    .orElse(false)).map(EventReport::article).filter(a -> !a.equals(article)).distinct().count();
            String basis = "reports as past " + latest.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " " + latest.id() + ", dated " + latest.date().orElseThrow() + " by " + others + " other article"
                    + (others == 1 ? "" : "s");
            out.add(new EventDating(article, Optional.of(earliest), Optional.empty(), basis,
                    matched.stream().map(TimelineEvent::id).sorted().toList()));
        });
        return out;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
