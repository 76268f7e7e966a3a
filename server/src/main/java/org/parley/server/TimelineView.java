package org.parley.server;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parley.model.TimelineEvent;
import org.parley.model.TimelineEvent.ActorRef;
import org.parley.store.Store;
import org.parley.store.TimelineQuery;

/**
 * The stored cross-article timeline (merged negotiation events), for the API and the pages: pages of events under
 * the filters of {@code parley timeline}, the number of events per year, month or day (the zoom), and the actors
 * and places the filters can offer.
 */
final class TimelineView {

    /** How finely the timeline is counted: periods of a year, a month or a day. */
    enum Zoom {
        YEAR(4), MONTH(7), DAY(10);

        private final int length;

        Zoom(int length) {
            this.length = length;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** One step finer; a day stays a day. */
        Zoom in() {
            return this == YEAR ? MONTH : DAY;
        }

        /** A period key of this zoom for a date value: {@code 2025-05-16} at MONTH is {@code 2025-05}. */
        String period(String date) {
            return date.length() <= length ? date : date.substring(0, length);
        }

        /**
         * The zoom that suits a date range when none is asked for: days for two months or less, months for three
         * years or less, else years.
         */
        static Zoom forRange(Optional<LocalDate> from, Optional<LocalDate> to) {
            if (from.isEmpty() || to.isEmpty()) {
                return YEAR;
            }
            long days = ChronoUnit.DAYS.between(from.get(), to.get());
            return days <= 62 ? DAY : days <= 3 * 366 ? MONTH : YEAR;
        }
    }

    /** Events of one period: {@code period} is {@code YYYY[-MM[-DD]]}, or {@code undated}. */
    record Period(String period, Optional<LocalDate> from, Optional<LocalDate> to, long events) {
    }

    /** A page of events with the counts per period of every event the filters select. */
    record TimelinePage(List<TimelineEvent> items, long total, int limit, int offset, String zoom,
            List<Period> periods, boolean periodsComplete) {
    }

    /** Most events read to count periods and offer filter values: beyond this the counts say they are partial. */
    static final int SCAN_CAP = 20_000;

    static final String UNDATED = "undated";
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final Store store;

    TimelineView(Store store) {
        this.store = store;
    }

    Catalog.Page<TimelineEvent> events(TimelineQuery q, int limit, int offset) {
        // Two statements: a replaced timeline between them can make the total differ from the items.
        return new Catalog.Page<>(store.timeline(q, limit, offset), store.countTimeline(q), limit, offset);
    }

    TimelinePage timeline(TimelineQuery q, Optional<Zoom> zoom, int limit, int offset) {
        Zoom z = zoom.orElseGet(() -> Zoom.forRange(q.from(), q.to()));
        List<TimelineEvent> scanned = store.timeline(q, SCAN_CAP, 0);
        Map<String, Long> counts = new TreeMap<>();
        for (TimelineEvent e : scanned) {
            counts.merge(e.date().filter(TimelineView::isDate).map(z::period).orElse(UNDATED), 1L, Long::sum);
        }
        List<Period> periods = new ArrayList<>();
        // Undated events sort last in the store; here too.
        counts.forEach((p, n) -> {
            if (!UNDATED.equals(p)) {
                periods.add(new Period(p, bound(p, true), bound(p, false), n));
            }
        });
        Optional.ofNullable(counts.get(UNDATED)).ifPresent(n -> periods.add(new Period(UNDATED, Optional.empty(),
                Optional.empty(), n)));
        long total = scanned.size() < SCAN_CAP ? scanned.size() : store.countTimeline(q);
        List<TimelineEvent> items = scanned.size() < SCAN_CAP
                ? scanned.subList(Math.min(offset, scanned.size()), (int) Math.min((long) offset + limit,
                        scanned.size()))
                : store.timeline(q, limit, offset);
        return new TimelinePage(List.copyOf(items), total, limit, offset, z.key(), periods,
                scanned.size() < SCAN_CAP);
    }

    /** An event by its id, or by a prefix of at least 4 characters that only it has. */
    Optional<TimelineEvent> event(String id) {
        return store.timelineEvent(id).or(() -> {
            if (id.length() < 4) {
                return Optional.empty();
            }
            List<String> ids = store.timelineIdsStartingWith(id, 2);
            return ids.size() == 1 ? store.timelineEvent(ids.get(0)) : Optional.empty();
        });
    }

    /** What the filters can offer: the parties and mediators, and the places, of the stored events. */
    record Choices(List<ActorRef> actors, List<String> places) {
    }

    Choices choices() {
        Map<String, ActorRef> actors = new LinkedHashMap<>();
        TreeSet<String> places = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (TimelineEvent e : store.timeline(TimelineQuery.ALL, SCAN_CAP, 0)) {
            e.parties().forEach(a -> actors.putIfAbsent(a.id(), a));
            e.mediators().forEach(a -> actors.putIfAbsent(a.id(), a));
            e.place().ifPresent(places::add);
        }
        List<ActorRef> sorted = new ArrayList<>(actors.values());
        sorted.sort(java.util.Comparator.comparing(ActorRef::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ActorRef::id));
        return new Choices(sorted, List.copyOf(places));
    }

    /** A period's first or last day; empty for a value that names no calendar day (2025-02-30). */
    static Optional<LocalDate> bound(String period, boolean first) {
        try {
            return Optional.of(first ? first(period) : last(period));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first day of a period {@code YYYY[-MM[-DD]]}. */
    static LocalDate first(String period) {
        return switch (period.length()) {
            case 4 -> Year.parse(period).atDay(1);
            case 7 -> YearMonth.parse(period).atDay(1);
            default -> LocalDate.parse(period);
        };
    }

    /** The last day of a period {@code YYYY[-MM[-DD]]}. */
    static LocalDate last(String period) {
        return switch (period.length()) {
            case 4 -> Year.parse(period).atMonth(12).atEndOfMonth();
            case 7 -> YearMonth.parse(period).atEndOfMonth();
            default -> LocalDate.parse(period);
        };
    }

    static boolean isDate(String value) {
        return DATE.matcher(value).matches();
    }
}
