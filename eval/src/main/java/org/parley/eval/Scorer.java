package org.parley.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.eval.TimemlReader.Gold;
import org.parley.eval.TimemlReader.TimemlDoc;
import org.parley.model.Span;
import org.parley.model.Timex;

/**
 * TempEval-3's TIMEX3 measures. Gold and system expressions are paired one to one, each gold with the overlapping
 * system expression that shares most characters (an exact match first). Strict extent counts pairs with equal
 * spans, relaxed extent counts all pairs; type accuracy is over relaxed pairs; value F1 counts relaxed pairs
 * with the same value, as TempEval-3's attribute F1 does.
 */
final class Scorer {

    enum ErrorKind { MISSED, SPURIOUS, VALUE }

    /** One difference from gold; the texts are what each side covers. */
    record Error(String file, ErrorKind kind, String goldText, String gold, String systemText, String system) {
        String line() {
            return switch (kind) {
                case MISSED -> String.format("%s  missed    \"%s\" %s", file, goldText, gold);
                case SPURIOUS -> String.format("%s  spurious  \"%s\" %s", file, systemText, system);
                case VALUE -> String.format("%s  value     \"%s\" %s  got \"%s\" %s", file, goldText, gold,
                        systemText, system);
            };
        }
    }

    /** Counts that add up over files. */
    record Counts(int gold, int system, int strict, int relaxed, int typeOk, int valueOk) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
                    typeOk + o.typeOk, valueOk + o.valueOk);
        }

        double strictP() { return ratio(strict, system); }
        double strictR() { return ratio(strict, gold); }
        double strictF() { return f(strictP(), strictR()); }
        double relaxedP() { return ratio(relaxed, system); }
        double relaxedR() { return ratio(relaxed, gold); }
        double relaxedF() { return f(relaxedP(), relaxedR()); }
        double typeAccuracy() { return ratio(typeOk, relaxed); }
        double valueP() { return ratio(valueOk, system); }
        double valueR() { return ratio(valueOk, gold); }
        double valueF() { return f(valueP(), valueR()); }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record FileScore(String file, Counts counts, List<Error> errors) {
    }

    private Scorer() {
    }

    static FileScore score(String file, TimemlDoc doc, List<Timex> system) {
        String text = doc.text();
        List<Gold> gold = doc.timexes().stream().sorted(Comparator.comparing(Gold::span)).toList();
        List<Timex> sys = system.stream().sorted(Comparator.comparing(Timex::span)).toList();
        boolean[] used = new boolean[sys.size()];
        int strict = 0;
        int relaxed = 0;
        int typeOk = 0;
        int valueOk = 0;
        List<Error> errors = new ArrayList<>();
        for (Gold g : gold) {
            int best = -1;
            int bestShared = 0;
            for (int i = 0; i < sys.size(); i++) {
                Span s = sys.get(i).span();
                if (used[i] || !s.overlaps(g.span())) {
                    continue;
                }
                int shared = Math.min(s.end(), g.span().end()) - Math.max(s.start(), g.span().start());
                if (s.equals(g.span())) {
                    shared = Integer.MAX_VALUE;
                }
                if (shared > bestShared) {
                    best = i;
                    bestShared = shared;
                }
            }
            String goldLabel = g.type() + " " + g.value();
            if (best < 0) {
                errors.add(new Error(file, ErrorKind.MISSED, g.span().of(text), goldLabel, "", ""));
                continue;
            }
            used[best] = true;
            Timex t = sys.get(best);
            relaxed++;
            if (t.span().equals(g.span())) {
                strict++;
            }
            if (t.type().name().equals(g.type())) {
                typeOk++;
            }
            if (t.value().equals(g.value())) {
                valueOk++;
            } else {
                errors.add(new Error(file, ErrorKind.VALUE, g.span().of(text), goldLabel, t.span().of(text),
                        t.type() + " " + t.value()));
            }
        }
        for (int i = 0; i < sys.size(); i++) {
            if (!used[i]) {
                Timex t = sys.get(i);
                errors.add(new Error(file, ErrorKind.SPURIOUS, "", "", t.span().of(text), t.type() + " " + t.value()));
            }
        }
        return new FileScore(file, new Counts(gold.size(), sys.size(), strict, relaxed, typeOk, valueOk), errors);
    }
}
