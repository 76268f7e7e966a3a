package org.parley.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of an expected body an extracted body has: precision, recall and F1 over multisets of 4-word
 * sequences (4 characters in CJK and Thai, see {@link Words#tokens}), the measure article-extraction benchmarks use.
 */
record Overlap(double precision, double recall, double f1, int extractedGrams, int expectedGrams, int common) {

    static final int N = 4;

    static Overlap of(String extracted, String expected) {
        Map<List<String>, Integer> got = grams(Words.tokens(extracted));
        Map<List<String>, Integer> want = grams(Words.tokens(expected));
        int nGot = got.values().stream().mapToInt(Integer::intValue).sum();
        int nWant = want.values().stream().mapToInt(Integer::intValue).sum();
        if (nGot == 0 && nWant == 0) {
            return new Overlap(1, 1, 1, 0, 0, 0); // nothing expected, nothing found: right
        }
        int common = 0;
        for (Map.Entry<List<String>, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        double p = nGot == 0 ? 0 : (double) common / nGot;
        double r = nWant == 0 ? 0 : (double) common / nWant;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Overlap(p, r, f, nGot, nWant, common);
    }

    /** Texts shorter than N tokens count as one gram, so a short body is still compared. */
    private static Map<List<String>, Integer> grams(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < N) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }
}
