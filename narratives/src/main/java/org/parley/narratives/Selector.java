package org.parley.narratives;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses which sentences of a long article to embed when only part of it fits the token budget: a word's weight is
 * its smoothed log-odds of occurring in training articles that carry a narrative against those that are "Other"
 * (hashed into {@link #SIZE} buckets), and a sentence's score is the mean weight of its distinct words. Costs
 * microseconds per sentence against milliseconds for embedding one, so the budget goes to the sentences most likely
 * to carry a narrative rather than to the article's first lines only.
 */
record Selector(float[] weights) {

    static final int SIZE = 1 << 12;
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    /** No selector: sentences are taken from the start. */
    static final Selector NONE = new Selector(new float[0]);

    boolean present() {
        return weights.length > 0;
    }

    /** Learns the word weights from the training articles' texts and whether each carries a narrative. */
    static Selector train(List<String> texts, List<Boolean> narrative) {
        double[] with = new double[SIZE];
        double[] without = new double[SIZE];
        int n = 0;
        for (int i = 0; i < texts.size(); i++) {
            double[] counts = narrative.get(i) ? with : without;
            n += narrative.get(i) ? 1 : 0;
            for (int b : buckets(texts.get(i))) {
                counts[b]++;
            }
        }
        int m = texts.size() - n;
        float[] w = new float[SIZE];
        for (int b = 0; b < SIZE; b++) {
            w[b] = (float) (Math.log((with[b] + 1) / (n + 2)) - Math.log((without[b] + 1) / (m + 2)));
        }
        return new Selector(w);
    }

    double score(String sentence) {
        Set<Integer> bs = buckets(sentence);
        double sum = 0;
        for (int b : bs) {
            sum += weights[b];
        }
        return bs.isEmpty() ? 0 : sum / bs.size();
    }

    private static Set<Integer> buckets(String text) {
        var out = new HashSet<Integer>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group().hashCode() & (SIZE - 1));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selector s && Arrays.equals(weights, s.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return present() ? "Selector[" + SIZE + " word buckets]" : "Selector[none]";
    }
}
