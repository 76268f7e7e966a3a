package org.parley.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.parley.link.Link;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Actors;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventPlace;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Events;
import org.parley.model.PublishedFrom;
import org.parley.model.Quantity;
import org.parley.model.Span;
import org.parley.model.Stamp;
import org.parley.model.Step;
import org.parley.model.Timeline;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import org.parley.store.TimelineQuery;

/**
 * The cross-article timeline on a generated store: {@code N} articles (no CoreNLP: documents and their events and
 * actors layers are built directly) that report a pool of real events, some as copies of one story, some at a
 * coarser date, some undated, with numbers that sometimes disagree. Measures storing them, the stage (time and heap),
 * writing the timeline, and timeline queries (first page, unfiltered and filtered). Prints a Markdown report.
 *
 * <p>Usage: {@code TimelineBench [ARTICLES] [STORE_FOLDER]} (default 100000, a temporary folder). Deterministic: the
 * same arguments generate the same store. A store the folder already holds is reused as it is (no storing).
 */
public final class TimelineBench {

    private static final EventType[] TYPES = {EventType.TALKS_ROUND, EventType.MEETING, EventType.PRISONER_EXCHANGE,
        EventType.CEASEFIRE, EventType.PROPOSAL, EventType.REPATRIATION, EventType.BREAKDOWN, EventType.MEMORANDUM};
    private static final String[] PLACES = {"Istanbul", "Geneva", "Minsk", "Riyadh", "Abu Dhabi", "Doha", "Antalya",
        "Gomel", "Ankara", "Vatican", "Jeddah", "Astana"};
    private static final String[] OUTLETS = {"TASS", "RIA Novosti", "Reuters", "Associated Press", "BBC",
        "Ukrinform", "Kyiv Independent", "Anadolu Agency", "Al Jazeera", "Xinhua"};
    private static final int ACTORS = 200;
    private static final String[] WORDS = ("talks delegation minister ceasefire prisoners exchange statement "
            + "government army front region border capital week officials agreement memorandum round meeting "
            + "president envoy mediation proposal demand condition truce bodies return sides negotiators palace "
            + "spokesman kremlin kyiv moscow ankara summit drafts guarantee security territory sanctions grain port "
            + "corridor humanitarian civilians soldiers wounded list names families rally parliament decree").split(" ");

    private TimelineBench() {
    }

    /** A real event the generated articles report. */
    record Real(EventType type, LocalDate day, String place, List<String> parties, long number) {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("parley-timeline-bench");
        Path db = folder.resolve("timeline-bench.duckdb");
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "# Timeline on %,d generated articles%n%n", n));
        report.append("Java ").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB, store ").append(db).append("\n\n");

        SplittableRandom random = new SplittableRandom(20261206L);
        List<Real> pool = pool(random, Math.max(10, n / 20));
        long t0 = System.nanoTime();
        long reports;
        boolean reuse = Files.exists(db);
        try (Store store = Store.open(StoreConfig.duckdb(db))) {
            if (reuse) {
                // A store this benchmark generated before: measure the stage and queries again without storing.
                report.append(String.format(Locale.ROOT, "| step | result |%n|---|---|%n| reuse the generated store | "
                        + "%,d articles |%n", store.count()));
            } else {
                reports = generate(store, n, random, pool);
                report.append(String.format(Locale.ROOT, "| step | result |%n|---|---|%n| generate and store | %,d "
                        + "articles, %,d event reports, %.1f s |%n", n, reports, (System.nanoTime() - t0) / 1e9));
            }


            Link link = Link.builder().build();
            System.gc();
            long before = used();
            resetPeaks();
            long t1 = System.nanoTime();
            Timeline timeline = link.timeline(store);
            double stage = (System.nanoTime() - t1) / 1e9;
            long peak = peak();
            long merged = timeline.events().stream().filter(e -> e.sources() > 1).count();
            long contradicted = timeline.events().stream().filter(e -> !e.contradictions().isEmpty()).count();
            report.append(String.format(Locale.ROOT, "| stage: read the store and merge | %.1f s; %,d events "
                    + "(%,d from several articles, %,d with contradictions), %,d datings |%n", stage,
                    timeline.events().size(), merged, contradicted, timeline.datings().size()));
            report.append(String.format(Locale.ROOT, "| stage: heap | peak at most %,d MiB (sum of the heap pools' "
                    + "peaks; %,d MiB in use before) |%n", peak >> 20, before >> 20));
            long t2 = System.nanoTime();
            store.replaceTimeline(timeline);
            report.append(String.format(Locale.ROOT, "| replaceTimeline (one transaction) | %.1f s |%n",
                    (System.nanoTime() - t2) / 1e9));
            Timeline again = link.timeline(store);
            report.append("| same store, same timeline | ").append(again.equals(timeline)).append(" |\n\n");

            String actorName = "actor 7";
            report.append("Timeline queries, first page of 50 (median and slowest of 30 runs after 10 warm-ups):\n\n"
                    + "| query | events | median ms | max ms |\n|---|---|---|---|\n");
            query(report, store, "unfiltered", TimelineQuery.ALL);
            query(report, store, "--from 2025-05-01 --to 2025-05-31", new TimelineQuery(
                    Optional.of(LocalDate.of(2025, 5, 1)), Optional.of(LocalDate.of(2025, 5, 31)), Optional.empty(),
                    Optional.empty(), Optional.empty()));
            query(report, store, "--type prisoner_exchange", new TimelineQuery(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(EventType.PRISONER_EXCHANGE), Optional.empty()));
            query(report, store, "--place istanbul", new TimelineQuery(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of("istanbul")));
            query(report, store, "--actor '" + actorName + "'", new TimelineQuery(Optional.empty(), Optional.empty(),
                    Optional.of(actorName), Optional.empty(), Optional.empty()));
            query(report, store, "all five filters", new TimelineQuery(Optional.of(LocalDate.of(2023, 1, 1)),
                    Optional.of(LocalDate.of(2025, 12, 31)), Optional.of("Q2"), Optional.of(EventType.TALKS_ROUND),
                    Optional.of("Istanbul")));
        }
        System.out.print(report);
    }

    private static long generate(Store store, int n, SplittableRandom random, List<Real> pool) {
        long reports = 0;
        List<Document> batch = new ArrayList<>();
        String[] previous = new String[64];
        for (int i = 0; i < n; i++) {
            Document d = article(i, random, pool, previous);
            reports += d.get(Events.class).items().size();
            batch.add(d);
            if (batch.size() == 1000) {
                store.putAll(batch);
                batch.clear();
            }
        }
        store.putAll(batch);
        return reports;
    }

    private static void query(StringBuilder report, Store store, String name, TimelineQuery q) {
        Supplier<Integer> run = () -> store.timeline(q, 50, 0).size();
        for (int i = 0; i < 10; i++) {
            run.get();
        }
        double[] ms = new double[30];
        int size = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            size = run.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        report.append(String.format(Locale.ROOT, "| `%s` | %d of %,d | %.1f | %.1f |%n", name, size,
                store.countTimeline(q), ms[ms.length / 2], ms[ms.length - 1]));
    }

    /** Real events spread over 2022-02-24 .. 2025-12-31. */
    private static List<Real> pool(SplittableRandom random, int size) {
        List<Real> out = new ArrayList<>();
        LocalDate start = LocalDate.of(2022, 2, 24);
        for (int i = 0; i < size; i++) {
            EventType type = TYPES[random.nextInt(TYPES.length)];
            LocalDate day = start.plusDays(random.nextInt(1407));
            String place = PLACES[random.nextInt(PLACES.length)];
            int a = random.nextInt(ACTORS);
            int b = (a + 1 + random.nextInt(ACTORS - 1)) % ACTORS;
            out.add(new Real(type, day, place, List.of("Q" + a, "Q" + b), 50 + random.nextInt(1200)));
        }
        return out;
    }

    /**
     * One article: 1-4 reports of pool events (mostly at their day, some at the month, some year-less when the
     * article is undated, some with another number), sometimes an undated event of its own; one in twenty is a copy
     * of a recent article with its first words changed.
     */
    private static Document article(int i, SplittableRandom random, List<Real> pool, String[] previous) {
        String text;
        if (i > 0 && random.nextInt(20) == 0) {
            String earlier = previous[random.nextInt(Math.min(i, previous.length))];
            text = "Updated: " + earlier;
        } else {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            text = sb.append("Report ").append(i).append('.').toString();
        }
        previous[i % previous.length] = text;
        boolean undated = random.nextInt(10) == 0;
        int k = 1 + random.nextInt(4);
        List<Event> events = new ArrayList<>();
        LocalDate latest = LocalDate.of(2022, 2, 24);
        for (int e = 0; e < k; e++) {
            Real real = pool.get(random.nextInt(pool.size()));
            latest = real.day.isAfter(latest) ? real.day : latest;
            String value = undated && random.nextInt(2) == 0 ? "XXXX" + real.day.toString().substring(4)
                    : random.nextInt(7) == 0 ? real.day.toString().substring(0, 7) : real.day.toString();
            long number = random.nextInt(15) == 0 ? real.number + 10 : real.number;
            int at = 10 * e;
            events.add(new Event("ev-" + i + "-" + e, real.type, random.nextInt(6) == 0 ? EventStatus.PLANNED
                    : EventStatus.HAPPENED, Optional.empty(),
                    Optional.of(new EventDate(new Span(at, at + 4), value, Optional.empty())),
                    random.nextInt(3) == 0 ? Optional.empty()
                            : Optional.of(new EventPlace(new Span(at + 5, at + 8), real.place, Optional.empty())),
                    real.parties, List.of(), real.type == EventType.PRISONER_EXCHANGE
                            ? List.of(new Quantity(new Span(at, at + 3), "prisoners", number)) : List.of(),
                    List.of(), List.of(new Span(at, at + 9))));
        }
        if (random.nextInt(5) == 0) {
            events.add(new Event("ev-" + i + "-u", TYPES[random.nextInt(TYPES.length)], EventStatus.HAPPENED,
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(),
                    List.of(new Span(0, 9))));
        }
        Optional<LocalDate> published = undated ? Optional.empty() : Optional.of(latest.plusDays(random.nextInt(3)));
        Article a = new Article(ArticleId.fromText(i + ":" + text), "bench:" + i,
                Optional.of(OUTLETS[random.nextInt(OUTLETS.length)]), Optional.empty(), Optional.empty(),
                Optional.of("Generated report " + i), published,
                published.isPresent() ? PublishedFrom.METADATA : PublishedFrom.NONE, Optional.empty(), "en", text,
                List.of());
        List<Actor> actors = events.stream().flatMap(e -> e.parties().stream()).distinct()
                .map(id -> new Actor(id, "actor " + id.substring(1), ActorKind.STATE, List.of())).toList();
        return new Document(a, List.of(new Step(new Stamp("bench", "1"), List.of(new Actors(actors),
                new Events(events)), List.of())));
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
