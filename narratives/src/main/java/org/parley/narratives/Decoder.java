package org.parley.narratives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns per-label probabilities into the answer: "Other" when no narrative reaches {@code other}; else the best
 * narrative and every other one over {@code narrative} (of the best one's domain only, when {@code oneDomain}: an
 * article is about the war or about the climate); under each, its sub-narratives over {@code sub}, or its best one
 * when none passes, so a narrative always comes with a sub-narrative as the annotators gave one.
 */
final class Decoder {

    record Thresholds(double other, double narrative, double sub, boolean oneDomain) {
    }

    /** A chosen label with its index in the model and its probability. */
    record Choice(int label, double p) {
    }

    /** Narratives, each with its sub-narratives; an empty list means "Other". */
    record Decision(List<Choice> narratives, List<List<Choice>> subs) {
    }

    private Decoder() {
    }

    static Decision decide(List<Model.Label> labels, double[] p, Thresholds t) {
        int best = -1;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).narrative() && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        if (best < 0 || p[best] < t.other()) {
            return new Decision(List.of(), List.of());
        }
        String domain = domain(labels.get(best).name());
        var narratives = new ArrayList<Choice>();
        for (int i = 0; i < labels.size(); i++) {
            Model.Label l = labels.get(i);
            if (l.narrative() && (i == best || p[i] >= t.narrative())
                    && (!t.oneDomain() || domain(l.name()).equals(domain))) {
                narratives.add(new Choice(i, p[i]));
            }
        }
        narratives.sort(Comparator.comparingDouble(Choice::p).reversed().thenComparingInt(Choice::label));
        var subs = new ArrayList<List<Choice>>();
        for (Choice n : narratives) {
            String name = labels.get(n.label()).name();
            var passing = new ArrayList<Choice>();
            Choice top = null;
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).parent().filter(name::equals).isPresent()) {
                    if (p[i] >= t.sub()) {
                        passing.add(new Choice(i, p[i]));
                    }
                    if (top == null || p[i] > top.p()) {
                        top = new Choice(i, p[i]);
                    }
                }
            }
            if (passing.isEmpty() && top != null) {
                passing.add(top);
            }
            passing.sort(Comparator.comparingDouble(Choice::p).reversed().thenComparingInt(Choice::label));
            subs.add(List.copyOf(passing));
        }
        return new Decision(List.copyOf(narratives), List.copyOf(subs));
    }

    /** The narrative names of a decision; ["Other"] when empty. */
    static List<String> narrativeNames(List<Model.Label> labels, Decision d) {
        if (d.narratives().isEmpty()) {
            return List.of(NarrativeClassifier.OTHER);
        }
        return d.narratives().stream().map(c -> labels.get(c.label()).name()).toList();
    }

    /** The sub-narrative names; a narrative without a trained sub-narrative gets its "Other". */
    static List<String> subNames(List<Model.Label> labels, Decision d) {
        if (d.narratives().isEmpty()) {
            return List.of(NarrativeClassifier.OTHER);
        }
        var out = new ArrayList<String>();
        for (int i = 0; i < d.narratives().size(); i++) {
            if (d.subs().get(i).isEmpty()) {
                out.add(labels.get(d.narratives().get(i).label()).name() + ": " + NarrativeClassifier.OTHER);
            }
            d.subs().get(i).forEach(c -> out.add(labels.get(c.label()).name()));
        }
        return out;
    }

    static String domain(String label) {
        int colon = label.indexOf(':');
        return colon < 0 ? label : label.substring(0, colon);
    }

    /** F1 of one article's labels, as the task's scorer counts it (0 when both sides are empty). */
    static double f1(Set<String> gold, List<String> predicted) {
        Set<String> pred = Set.copyOf(predicted);
        long tp = pred.stream().filter(gold::contains).count();
        long fp = pred.size() - tp;
        long fn = gold.size() - tp;
        return tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
