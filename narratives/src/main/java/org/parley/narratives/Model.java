package org.parley.narratives;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A trained classifier: one logistic regression per label over the document vector, and the thresholds that turn
 * probabilities into labels. Written as text, one label a line, so the file is small, versioned and diffable; floats
 * are written with {@link Float#toString}, which reads back exactly, so write-read-write gives the same bytes.
 */
record Model(NarrativeClassifier.Reading reading, Selector selector, Student student, Decoder.Thresholds thresholds,
        List<Label> labels, Knn knn) {

    /**
     * The training articles' vectors with their labels (indices into {@code labels}): a label's kNN score is the
     * similarity-weighted share of the {@code k} nearest articles that carry it, blended into the regression's
     * probability with {@code weight}. {@code k} = 0 means regression only.
     */
    record Knn(int k, double weight, List<float[]> vectors, List<int[]> labels) {
        Knn {
            vectors = List.copyOf(vectors);
            labels = List.copyOf(labels);
        }

        static final Knn NONE = new Knn(0, 0, List.of(), List.of());
    }

    /** Every label's probability for a document vector. */
    double[] probabilities(float[] x) {
        double[] p = new double[labels.size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = labels.get(j).probability(x);
        }
        if (knn.k() == 0 || knn.vectors().isEmpty()) {
            return p;
        }
        int n = knn.vectors().size();
        double[] sim = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            float[] v = knn.vectors().get(i);
            double dot = 0;
            for (int j = 0; j < v.length; j++) {
                dot += v[j] * x[j];
            }
            sim[i] = dot;
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> sim[a] != sim[b] ? Double.compare(sim[b], sim[a]) : a - b);
        double[] votes = new double[p.length];
        double total = 0;
        for (int r = 0; r < Math.min(knn.k(), n); r++) {
            int i = order[r];
            double w = Math.max(sim[i], 0);
            total += w;
            for (int l : knn.labels().get(i)) {
                votes[l] += w;
            }
        }
        for (int j = 0; j < p.length && total > 0; j++) {
            p[j] = (1 - knn.weight()) * p[j] + knn.weight() * votes[j] / total;
        }
        return p;
    }

    static final String FORMAT = "parley-narratives-model 2";

    /** A label's linear model over the raw (unit-length mean) document vector. */
    record Label(String name, Optional<String> parent, float bias, float[] weights) {
        boolean narrative() {
            return parent.isEmpty();
        }

        double logit(float[] x) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * x[i];
            }
            return z;
        }

        double probability(float[] x) {
            return 1 / (1 + Math.exp(-logit(x)));
        }
    }

    Model {
        labels = List.copyOf(labels);
    }

    /** The model with what its reader learned from the training articles. */
    Model withReader(Selector s, Student st) {
        return new Model(reading, s, st, thresholds, labels, knn);
    }

    String write() {
        var b = new StringBuilder();
        b.append(FORMAT).append('\n');
        b.append("embedding\t").append(reading.weights().id()).append('\t').append(reading).append('\n');
        b.append("thresholds\t").append(thresholds.other()).append('\t').append(thresholds.narrative()).append('\t')
                .append(thresholds.sub()).append('\t').append(thresholds.oneDomain()).append('\n');
        b.append("knn\t").append(knn.k()).append('\t').append(knn.weight()).append('\n');
        if (selector.present()) {
            line(b, "selector", selector.weights());
        }
        if (student.present()) {
            line(b, "student", student.weights());
        }
        for (Label l : labels) {
            b.append("label\t").append(l.name()).append('\t').append(l.parent().orElse("")).append('\t')
                    .append(l.bias());
            for (float w : l.weights()) {
                b.append('\t').append(w);
            }
            b.append('\n');
        }
        for (int i = 0; i < knn.vectors().size(); i++) {
            b.append("neighbour\t");
            int[] ls = knn.labels().get(i);
            for (int j = 0; j < ls.length; j++) {
                b.append(j > 0 ? "," : "").append(ls[j]);
            }
            for (float v : knn.vectors().get(i)) {
                b.append('\t').append(v);
            }
            b.append('\n');
        }
        return b.toString();
    }

    static Model read(InputStream in) {
        try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String format = r.readLine();
            if (!FORMAT.equals(format)) {
                throw new IllegalArgumentException("not a " + FORMAT + " file: " + format);
            }
            String[] e = r.readLine().split("\t");
            var reading = NarrativeClassifier.Reading.parse(e[2]);
            String[] t = r.readLine().split("\t");
            var thresholds = new Decoder.Thresholds(Double.parseDouble(t[1]), Double.parseDouble(t[2]),
                    Double.parseDouble(t[3]), Boolean.parseBoolean(t[4]));
            String[] k = r.readLine().split("\t");
            var labels = new ArrayList<Label>();
            var vectors = new ArrayList<float[]>();
            var vectorLabels = new ArrayList<int[]>();
            Selector selector = Selector.NONE;
            Student student = Student.NONE;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("selector")) {
                    selector = new Selector(floats(f, 1));
                    continue;
                }
                if (f[0].equals("student")) {
                    student = new Student(floats(f, 1));
                    continue;
                }
                if (f[0].equals("neighbour")) {
                    vectorLabels.add(f[1].isEmpty() ? new int[0]
                            : java.util.Arrays.stream(f[1].split(",")).mapToInt(Integer::parseInt).toArray());
                    vectors.add(floats(f, 2));
                    continue;
                }
                float[] w = floats(f, 4);
                if (w.length != reading.dimensions()) {
                    throw new IllegalArgumentException("label " + f[1] + " has " + w.length + " weights, reading "
                            + reading + " gives vectors of " + reading.dimensions());
                }
                labels.add(new Label(f[1], f[2].isEmpty() ? Optional.empty() : Optional.of(f[2]),
                        Float.parseFloat(f[3]), w));
            }
            return new Model(reading, selector, student, thresholds, labels,
                    new Knn(Integer.parseInt(k[1]), Double.parseDouble(k[2]), vectors, vectorLabels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder b, String name, float[] values) {
        b.append(name);
        for (float v : values) {
            b.append('\t').append(v);
        }
        b.append('\n');
    }

    /** The fields from {@code from} on, as floats. */
    private static float[] floats(String[] fields, int from) {
        float[] v = new float[fields.length - from];
        for (int i = 0; i < v.length; i++) {
            v[i] = Float.parseFloat(fields[from + i]);
        }
        return v;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Model[%s, %d labels, %s, kNN k=%d weight=%s]", reading, labels.size(),
                thresholds, knn.k(), knn.weight());
    }
}
