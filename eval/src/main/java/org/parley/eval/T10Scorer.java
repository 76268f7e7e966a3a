package org.parley.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * F1-samples of SemEval-2025 Task 10 subtask 2, computed as the task's {@code subtask2_scorer.py} computes it, quirks
 * included, so Parley's figures can be compared with published ones:
 * <ul>
 * <li>a file's rows go into a map by id; a repeated id keeps its first position and takes the last row's labels;</li>
 * <li>the id sets of the two files must be equal, but gold and predictions are then paired by position in those
 * maps, not by id (so predictions must come in the gold file's order, as Parley writes them);</li>
 * <li>a column is split on ";" without trimming, and labels that are not exactly a line of the classes file
 * (split on "\n", so a trailing newline makes "" a class) are ignored;</li>
 * <li>per article, binary F1 over the one-hot vectors, 0 when neither side has a known label (zero_division=0);</li>
 * <li>the result is the mean over articles, with the population standard deviation.</li>
 * </ul>
 */
final class T10Scorer {

    /** One row of a gold or prediction file: id, narratives column, sub-narratives column. */
    record Row(String id, String narratives, String subNarratives) {
        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            return new Row(f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : "");
        }
    }

    record Score(double mean, double sd) {
    }

    record Scores(Score narratives, Score subNarratives) {
    }

    private T10Scorer() {
    }

    /** The classes as the script reads them: the file's text split on "\n", keeping a trailing empty class. */
    static List<String> classes(String fileText) {
        // The script reads in text mode, which turns "\r\n" and "\r" into "\n".
        return Arrays.asList(fileText.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** Rows of a tab-separated file, blank lines skipped (the script would fail on them). */
    static List<Row> rows(String fileText) {
        return fileText.lines().filter(l -> !l.isEmpty()).map(Row::parse).toList();
    }

    static Scores score(List<Row> gold, List<Row> predicted, List<String> coarse, List<String> fine) {
        Map<String, Row> g = byId(gold);
        Map<String, Row> p = byId(predicted);
        if (!g.keySet().equals(p.keySet())) {
            var missing = new ArrayList<>(g.keySet());
            missing.removeAll(p.keySet());
            var extra = new ArrayList<>(p.keySet());
            extra.removeAll(g.keySet());
            throw new IllegalArgumentException("ids differ between prediction and gold: " + missing.size()
                    + " missing, " + extra.size() + " not in gold " + extra.stream().limit(5).toList());
        }
        List<Row> gs = List.copyOf(g.values());
        List<Row> ps = List.copyOf(p.values());
        return new Scores(
                evaluate(gs.stream().map(Row::narratives).toList(), ps.stream().map(Row::narratives).toList(), coarse),
                evaluate(gs.stream().map(Row::subNarratives).toList(), ps.stream().map(Row::subNarratives).toList(),
                        fine));
    }

    private static Map<String, Row> byId(List<Row> rows) {
        var out = new LinkedHashMap<String, Row>();
        rows.forEach(r -> out.put(r.id(), r));
        return out;
    }

    static Score evaluate(List<String> gold, List<String> predicted, List<String> classes) {
        int n = Math.min(gold.size(), predicted.size());
        double[] f1 = new double[n];
        for (int i = 0; i < n; i++) {
            boolean[] t = oneHot(gold.get(i), classes);
            boolean[] p = oneHot(predicted.get(i), classes);
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int c = 0; c < t.length; c++) {
                tp += t[c] && p[c] ? 1 : 0;
                fp += !t[c] && p[c] ? 1 : 0;
                fn += t[c] && !p[c] ? 1 : 0;
            }
            f1[i] = tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
        double mean = Arrays.stream(f1).average().orElse(Double.NaN);
        double var = Arrays.stream(f1).map(v -> (v - mean) * (v - mean)).average().orElse(Double.NaN);
        return new Score(mean, Math.sqrt(var));
    }

    private static boolean[] oneHot(String column, List<String> classes) {
        boolean[] v = new boolean[classes.size()];
        for (String label : column.split(";", -1)) {
            int i = classes.indexOf(label);
            if (i >= 0) {
                v[i] = true;
            }
        }
        return v;
    }
}
