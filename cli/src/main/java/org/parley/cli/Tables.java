package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.TimelineEvent;
import org.parley.store.ArticleSummary;
import org.parley.store.SearchHit;

/** Plain-text tables for the terminal: fixed columns, long cells cut with an ellipsis. */
final class Tables {

    private Tables() {
    }

    static String articles(List<ArticleSummary> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"id", "published", "lang", "outlet", "mentions", "timexes", "problems", "title"});
        for (ArticleSummary a : rows) {
            cells.add(new String[] {a.id(), a.published().map(Object::toString).orElse("-"), a.language(),
                a.outlet().orElse("-"), String.valueOf(a.count("mentions")), String.valueOf(a.count("timexes")),
                String.valueOf(a.problems()), a.title().orElse("(untitled) " + a.source())});
        }
        return render(cells, new int[] {16, 10, 4, 22, 8, 7, 8, 60});
    }

    static String hits(List<SearchHit> hits) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"id", "score", "published", "title", "snippet"});
        for (SearchHit h : hits) {
            cells.add(new String[] {h.id(), String.format("%.2f", h.score()),
                h.published().map(Object::toString).orElse("-"), h.title().orElse("(untitled)"),
                h.snippet().replaceAll("\\s+", " ")});
        }
        return render(cells, new int[] {16, 5, 10, 40, 70});
    }

    static String timeline(List<TimelineEvent> events) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"id", "date", "type", "status", "place", "parties", "sources", "indep", "first report",
            "contradictions"});
        for (TimelineEvent e : events) {
            cells.add(new String[] {e.id(), e.date().map(d -> d + e.until().map(u -> ".." + u).orElse(""))
                    .orElseGet(() -> yearless(e)),
                e.type().name(), e.status().name().toLowerCase(java.util.Locale.ROOT), e.place().orElse("-"),
                e.parties().stream().map(TimelineEvent.ActorRef::name).collect(java.util.stream.Collectors.joining(", ")),
                String.valueOf(e.sources()), String.valueOf(e.independentSources()),
                e.reports().get(0).published().map(Object::toString).orElse("-") + " "
                        + e.reports().get(0).outlet().orElse("-"),
                e.contradictions().stream().map(c -> c.field()).collect(java.util.stream.Collectors.joining(", "))});
        }
        return render(cells, new int[] {16, 22, 17, 12, 16, 32, 7, 5, 34, 24});
    }

    /** Without a calendar date, the day or month its reports give without a year ("XXXX-03-07"), when they agree. */
    private static String yearless(TimelineEvent e) {
        List<String> dates = e.reports().stream().flatMap(r -> r.date().stream()).distinct().toList();
        return dates.size() == 1 ? dates.get(0) : "-";
    }

    private static String render(List<String[]> rows, int[] max) {
        int[] width = new int[max.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.min(max[i], Math.max(width[i], r[i].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String cell = r[i].length() > width[i] ? r[i].substring(0, width[i] - 1) + "…" : r[i];
                line.append(String.format("%-" + width[i] + "s", cell)).append("  ");
            }
            sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
