package org.parley.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.parley.model.Contradiction;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.EventReport;
import org.parley.model.Events;
import org.parley.model.NarrativeLabel;
import org.parley.model.Narratives;
import org.parley.model.Problem;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.Statements;
import org.parley.model.TimelineEvent;
import org.parley.store.Store;
import org.parley.store.TimelineQuery;

/** The columns of each exported table and how its rows are read from the store. */
final class Tables {

    /** Timeline events read per query while exporting. */
    private static final int PAGE = 1_000;

    /** A table's columns and its rows, in a stable order. */
    interface Shape {
        List<Column> columns();

        void rows(Store store, Consumer<Object[]> row);
    }

    private Tables() {
    }

    static Shape of(Export.Table table, TimelineQuery timeline) {
        return switch (table) {
            case ARTICLES -> ARTICLES;
            case STATEMENTS -> STATEMENTS;
            case EVENTS -> EVENTS;
            case NARRATIVES -> NARRATIVES;
            case TIMELINE -> timeline(timeline);
        };
    }

    private static final Shape ARTICLES = new PerDocument(List.of(Column.text("id"), Column.date("published"),
            Column.text("published_from"), Column.text("outlet"), Column.text("agency"), Column.text("url"),
            Column.text("title"), Column.text("language"), Column.text("source"), Column.number("chars"),
            Column.texts("problems"))) {
        @Override
        void rows(Document d, Consumer<Object[]> row) {
            var a = d.article();
            row.accept(new Object[] {a.id(), a.published().orElse(null), a.publishedFrom().name(),
                a.outlet().orElse(null), a.agency().orElse(null), a.url().orElse(null), a.title().orElse(null),
                a.language(), a.source(), (long) a.text().length(),
                d.allProblems().stream().map(Problem::code).toList()});
        }
    };

    private static final Shape STATEMENTS = new PerDocument(List.of(Column.text("article"), Column.text("id"),
            Column.text("kind"), Column.text("speaker_id"), Column.text("speaker"), Column.text("source"),
            Column.text("cue"), Column.text("content"), Column.text("said_on"), Column.text("embedded_in"),
            Column.number("start"), Column.number("end"), Column.date("published"), Column.text("outlet"))) {
        @Override
        void rows(Document d, Consumer<Object[]> row) {
            String text = d.text();
            for (Statement s : d.find(Statements.class).map(Statements::items).orElse(List.of())) {
                Span first = s.content().get(0);
                Span last = s.content().get(s.content().size() - 1);
                row.accept(new Object[] {d.article().id(), s.id(), s.kind().name(),
                    s.speaker().map(x -> x.actorId()).orElse(null), s.speaker().map(x -> x.name()).orElse(null),
                    s.source().map(x -> x.of(text)).orElse(null), s.cue().of(text), pieces(s.content(), text),
                    s.saidOn().orElse(null), s.embeddedIn().orElse(null), (long) first.start(), (long) last.end(),
                    d.article().published().orElse(null), d.article().outlet().orElse(null)});
            }
        }
    };

    private static final Shape EVENTS = new PerDocument(List.of(Column.text("article"), Column.text("id"),
            Column.text("type"), Column.text("status"), Column.text("detail"), Column.text("date"),
            Column.text("until"), Column.text("place"), Column.texts("parties"), Column.texts("mediators"),
            Column.texts("quantities"), Column.text("evidence"), Column.number("start"), Column.number("end"))) {
        @Override
        void rows(Document d, Consumer<Object[]> row) {
            String text = d.text();
            for (Event e : d.find(Events.class).map(Events::items).orElse(List.of())) {
                row.accept(new Object[] {d.article().id(), e.id(), e.type().name(), e.status().name(),
                    e.detail().orElse(null), e.date().map(x -> x.value()).orElse(null),
                    e.date().flatMap(x -> x.until()).orElse(null), e.place().map(x -> x.name()).orElse(null),
                    e.parties(), e.mediators(),
                    e.quantities().stream().map(q -> q.value() + " " + q.what()).toList(),
                    pieces(e.evidence(), text), (long) e.evidence().get(0).start(),
                    (long) e.evidence().get(e.evidence().size() - 1).end()});
            }
        }
    };

    /** One row per label an article carries ("Other" included), with its evidence sentences. */
    private static final Shape NARRATIVES = new PerDocument(List.of(Column.text("article"), Column.text("label"),
            Column.text("parent"), Column.real("score"), Column.text("evidence"), Column.number("start"),
            Column.number("end"), Column.date("published"), Column.text("outlet"))) {
        @Override
        void rows(Document d, Consumer<Object[]> row) {
            String text = d.text();
            for (NarrativeLabel n : d.find(Narratives.class).map(Narratives::items).orElse(List.of())) {
                List<Span> ev = n.evidence();
                row.accept(new Object[] {d.article().id(), n.label(), n.parent().orElse(null), n.score(),
                    ev.isEmpty() ? null : pieces(ev, text), ev.isEmpty() ? null : (long) ev.get(0).start(),
                    ev.isEmpty() ? null : (long) ev.get(ev.size() - 1).end(), d.article().published().orElse(null),
                    d.article().outlet().orElse(null)});
            }
        }
    };

    /** The timeline's events that {@code query} selects, in the store's order. */
    static Shape timeline(TimelineQuery query) {
        return new Shape() {
            private final List<Column> columns = List.of(Column.text("id"), Column.text("type"), Column.text("status"),
                    Column.text("detail"), Column.text("date"), Column.text("until"), Column.text("place"),
                    Column.texts("parties"), Column.texts("mediators"), Column.texts("quantities"),
                    Column.number("sources"), Column.number("independent_sources"), Column.text("first_report"),
                    Column.texts("articles"), Column.texts("contradictions"));

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void rows(Store store, Consumer<Object[]> row) {
                for (int offset = 0;; offset += PAGE) {
                    List<TimelineEvent> page = store.timeline(query, PAGE, offset);
                    for (TimelineEvent e : page) {
                        row.accept(new Object[] {e.id(), e.type().name(), e.status().name(), e.detail().orElse(null),
                            e.date().orElse(null), e.until().orElse(null), e.place().orElse(null), names(e.parties()),
                            names(e.mediators()), e.quantities().stream().map(q -> q.value() + " " + q.what()).toList(),
                            (long) e.sources(), (long) e.independentSources(), e.firstReport().orElse(null),
                            e.reports().stream().map(EventReport::article).distinct().toList(),
                            e.contradictions().stream().map(Tables::contradiction).toList()});
                    }
                    if (page.size() < PAGE) {
                        return;
                    }
                }
            }
        };
    }

    /** A table with rows from each stored document, articles in id order, one read at a time. */
    private abstract static class PerDocument implements Shape {
        private final List<Column> columns;

        PerDocument(List<Column> columns) {
            this.columns = List.copyOf(columns);
        }

        @Override
        public final List<Column> columns() {
            return columns;
        }

        @Override
        public final void rows(Store store, Consumer<Object[]> row) {
            for (String id : store.idsStartingWith("", Integer.MAX_VALUE)) {
                store.get(id).ifPresent(d -> rows(d, row));
            }
        }

        abstract void rows(Document d, Consumer<Object[]> row);
    }

    /** The text of discontinuous pieces (a quote split around "he said"), joined by an ellipsis. */
    private static String pieces(List<Span> spans, String text) {
        return spans.stream().map(s -> s.of(text)).collect(Collectors.joining(" … "));
    }

    private static List<String> names(List<TimelineEvent.ActorRef> actors) {
        var out = new ArrayList<String>(actors.size());
        actors.forEach(a -> out.add(a.name()));
        return out;
    }

    /** "date: 2025-05-16 (a1, a2) / 2025-05-17 (a3)". */
    private static String contradiction(Contradiction c) {
        return c.field() + ": " + c.versions().stream()
                .map(v -> v.value() + " (" + String.join(", ", v.articles()) + ")")
                .collect(Collectors.joining(" / "));
    }
}
