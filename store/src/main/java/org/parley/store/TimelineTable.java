package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.json.LayerCodec;
import org.parley.model.EventDating;
import org.parley.model.Timeline;
import org.parley.model.TimelineEvent;

/**
 * The SQL of the stored timeline (schema v3), apart from the articles' tables: the whole record is kept as JSON,
 * and the columns it is filtered and ordered by beside it. Callers hold the store's lock and manage transactions.
 */
final class TimelineTable {

    private static final String ORDER = " ORDER BY CASE WHEN e.date_start IS NULL THEN 1 ELSE 0 END, e.date_start, "
            + "e.date_end, e.type, e.id";

    private TimelineTable() {
    }

    /** Deletes the stored timeline and writes this one; the caller commits or rolls back. */
    static void replace(Connection db, Timeline timeline) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("DELETE FROM timeline_actors");
            s.executeUpdate("DELETE FROM timeline_events");
            s.executeUpdate("DELETE FROM event_datings");
        }
        try (PreparedStatement ev = db.prepareStatement("INSERT INTO timeline_events "
                + "(id, type, date_start, date_end, place, sources, data) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement ac = db.prepareStatement(
                        "INSERT INTO timeline_actors (event_id, actor_id, name) VALUES (?, ?, ?)")) {
            for (TimelineEvent e : timeline.events()) {
                Optional<LocalDate[]> range = range(e.date(), e.until());
                ev.setString(1, e.id());
                ev.setString(2, e.type().name());
                ev.setObject(3, range.map(r -> r[0]).orElse(null));
                ev.setObject(4, range.map(r -> r[1]).orElse(null));
                ev.setString(5, e.place().map(p -> p.toLowerCase(Locale.ROOT)).orElse(null));
                ev.setInt(6, e.sources());
                ev.setString(7, LayerCodec.encodeRecord(e));
                ev.addBatch();
                Set<String> seen = new LinkedHashSet<>();
                for (TimelineEvent.ActorRef a : concat(e.parties(), e.mediators())) {
                    if (seen.add(a.id())) {
                        ac.setString(1, e.id());
                        ac.setString(2, a.id());
                        ac.setString(3, a.name().toLowerCase(Locale.ROOT));
                        ac.addBatch();
                    }
                }
            }
            ev.executeBatch();
            ac.executeBatch();
        }
        try (PreparedStatement d = db.prepareStatement("INSERT INTO event_datings (article_id, data) VALUES (?, ?)")) {
            for (EventDating dating : timeline.datings()) {
                d.setString(1, dating.article());
                d.setString(2, LayerCodec.encodeRecord(dating));
                d.addBatch();
            }
            d.executeBatch();
        }
    }

    static List<TimelineEvent> list(Connection db, TimelineQuery q, int limit, int offset) throws SQLException {
        Where w = Where.of(q);
        try (PreparedStatement ps = db.prepareStatement("SELECT e.data FROM timeline_events e" + w.sql() + ORDER
                + " LIMIT ? OFFSET ?")) {
            int next = w.bind(ps);
            ps.setInt(next, limit);
            ps.setInt(next + 1, offset);
            return events(ps);
        }
    }

    static long count(Connection db, TimelineQuery q) throws SQLException {
        Where w = Where.of(q);
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM timeline_events e" + w.sql())) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Optional<TimelineEvent> one(Connection db, String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT e.data FROM timeline_events e WHERE e.id = ?")) {
            ps.setString(1, id);
            return events(ps).stream().findFirst();
        }
    }

    static List<String> idsStartingWith(Connection db, String prefix, int limit) throws SQLException {
        // Ids are lower-case hex, so a prefix with anything else matches nothing and needs no LIKE escaping.
        if (!prefix.matches("[0-9a-f]*")) {
            return List.of();
        }
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id FROM timeline_events WHERE id LIKE ? ORDER BY id LIMIT ?")) {
            ps.setString(1, prefix + "%");
            ps.setInt(2, limit);
            var out = new ArrayList<String>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    static List<EventDating> datings(Connection db) throws SQLException {
        var out = new ArrayList<EventDating>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT data FROM event_datings ORDER BY article_id")) {
            while (rs.next()) {
                out.add(LayerCodec.decodeRecord(EventDating.class, rs.getString(1)));
            }
        }
        return out;
    }

    private static List<TimelineEvent> events(PreparedStatement ps) throws SQLException {
        var out = new ArrayList<TimelineEvent>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(LayerCodec.decodeRecord(TimelineEvent.class, rs.getString(1)));
            }
        }
        return out;
    }

    /** The whole days a {@code YYYY[-MM[-DD]]} value (to its {@code until}, when given) covers. */
    static Optional<LocalDate[]> range(Optional<String> date, Optional<String> until) {
        Optional<LocalDate[]> from = date.flatMap(TimelineTable::days);
        Optional<LocalDate[]> to = until.flatMap(TimelineTable::days);
        return from.map(f -> new LocalDate[] {f[0], to.map(t -> t[1]).filter(t -> !t.isBefore(f[0])).orElse(f[1])});
    }

    private static Optional<LocalDate[]> days(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(value);
                return Optional.of(new LocalDate[] {d, d});
            } else if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(value);
                return Optional.of(new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
            } else if (value.matches("\\d{4}")) {
                Year y = Year.parse(value);
                return Optional.of(new LocalDate[] {y.atDay(1), y.atMonth(12).atEndOfMonth()});
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // not a calendar date: the event stays undated for filters
        }
        return Optional.empty();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var out = new ArrayList<T>(a);
        out.addAll(b);
        return out;
    }

    /** The WHERE clause of a timeline query over {@code timeline_events e}, its values bound as parameters. */
    private record Where(String sql, List<Object> values) {
        static Where of(TimelineQuery q) {
            List<String> terms = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            q.from().ifPresent(v -> {
                terms.add("e.date_end >= ?");
                values.add(v);
            });
            q.to().ifPresent(v -> {
                terms.add("e.date_start <= ?");
                values.add(v);
            });
            q.type().ifPresent(v -> {
                terms.add("e.type = ?");
                values.add(v.name());
            });
            q.place().ifPresent(v -> {
                terms.add("e.place = ?");
                values.add(v.toLowerCase(Locale.ROOT));
            });
            q.actor().ifPresent(v -> {
                // The name part is matched with POSITION rather than LIKE, so '%' and '_' in it are plain text.
                terms.add("e.id IN (SELECT a.event_id FROM timeline_actors a WHERE a.actor_id = ? "
                        + "OR POSITION(? IN a.name) > 0)");
                values.add(v);
                values.add(v.toLowerCase(Locale.ROOT));
            });
            return new Where(terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms), values);
        }

        int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            return i;
        }
    }
}
