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
record Model(String embedding, Decoder.Thresholds thresholds, List<Label> labels) {

    static final String FORMAT = "parley-narratives-model 1";

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

    String write() {
        var b = new StringBuilder();
        b.append(FORMAT).append('\n');
        b.append("embedding\t").append(embedding).append('\n');
        b.append("thresholds\t").append(thresholds.other()).append('\t').append(thresholds.narrative()).append('\t')
                .append(thresholds.sub()).append('\t').append(thresholds.oneDomain()).append('\n');
        for (Label l : labels) {
            b.append("label\t").append(l.name()).append('\t').append(l.parent().orElse("")).append('\t')
                    .append(l.bias());
            for (float w : l.weights()) {
                b.append('\t').append(w);
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
            String embedding = r.readLine().split("\t")[1];
            String[] t = r.readLine().split("\t");
            var thresholds = new Decoder.Thresholds(Double.parseDouble(t[1]), Double.parseDouble(t[2]),
                    Double.parseDouble(t[3]), Boolean.parseBoolean(t[4]));
            var labels = new ArrayList<Label>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                float[] w = new float[f.length - 4];
                for (int i = 0; i < w.length; i++) {
                    w[i] = Float.parseFloat(f[4 + i]);
                }
                labels.add(new Label(f[1], f[2].isEmpty() ? Optional.empty() : Optional.of(f[2]),
                        Float.parseFloat(f[3]), w));
            }
            return new Model(embedding, thresholds, labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Model[%s, %d labels, %s]", embedding, labels.size(), thresholds);
    }
}
