package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
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
