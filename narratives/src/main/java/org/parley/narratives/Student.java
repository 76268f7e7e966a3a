package org.parley.narratives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.narratives.NarrativeClassifier.Reading;
import org.parley.narratives.NarrativeClassifier.Weights;

/**
 * A linear map from a sentence's static token vectors (their weighted mean, {@link Embedder#staticSums}) to the
 * vector the encoder gives the whole sentence, fitted by ridge regression on the training articles' sentences (no
 * labels needed). It lets a reading put every sentence in the encoder's space at the cost of table lookups and one
 * small matrix product: the encoder reads what the budget allows, the map guesses the rest.
 */
record Student(float[] weights) {

    private static final int D = Embedder.DIMENSION;
    /** Inputs: the static mean at unit length, and a constant. */
    private static final int P = D + 1;
    /**
     * Ridge penalty. Fitted on four fifths of the English training articles' sentences, 0.01 to 1 guessed the others
     * equally well: cosine 0.75 to the encoder's vector a sentence, 0.91 an article's mean.
     */
    static final double LAMBDA = 0.1;

    static final Student NONE = new Student(new float[0]);

    Student {
        if (weights.length != 0 && weights.length != P * D) {
            throw new IllegalArgumentException("a student map has " + P * D + " weights, not " + weights.length);
        }
    }

    boolean present() {
        return weights.length > 0;
    }

    /**
     * The encoder vectors of the sentences fitted on so far, by model and text. A sentence is its own pass, so its
     * vector depends on it alone, and fits repeated over cross-validation folds read each sentence once. Grows with
     * the training folders read in one JVM (about 1.5 kB a sentence); only fitting uses it.
     */
    private static final Map<String, float[]> SEEN = new ConcurrentHashMap<>();

    /** Fits the map on these sentences (grouped by article) read by the encoder {@code w}. */
    static Student fit(List<List<String>> sentences, Weights w) {
        double[][] xtx = new double[P][P];
        double[][] xty = new double[P][D];
        Reading whole = new Reading(w, false, Reading.DEFAULT.window(), Integer.MAX_VALUE, false);
        for (List<String> article : sentences) {
            List<String> missing = article.stream().filter(s -> !SEEN.containsKey(w + "\t" + s)).distinct().toList();
            float[][] read = Embedder.embed(missing, whole, new double[0]).vectors();
            for (int i = 0; i < read.length; i++) {
                SEEN.putIfAbsent(w + "\t" + missing.get(i), read[i]);
            }
            double[][] sums = Embedder.staticSums(article, w);
            for (int k = 0; k < article.size(); k++) {
                double[] x = input(sums[k]);
                float[] y = SEEN.get(w + "\t" + article.get(k));
                for (int p = 0; p < P; p++) {
                    if (x[p] == 0) {
                        continue;
                    }
                    for (int q = 0; q < P; q++) {
                        xtx[p][q] += x[p] * x[q];
                    }
                    for (int q = 0; q < D; q++) {
                        xty[p][q] += x[p] * y[q];
                    }
                }
            }
        }
        for (int p = 0; p < D; p++) {
            xtx[p][p] += LAMBDA;
        }
        double[][] b = solve(xtx, xty);
        float[] out = new float[P * D];
        for (int p = 0; p < P; p++) {
            for (int q = 0; q < D; q++) {
                out[p * D + q] = (float) b[p][q];
            }
        }
        return new Student(out);
    }

    /** The map's guess of the encoder's unit vector for a sentence, from its static sum. */
    float[] vector(double[] staticSum) {
        double[] x = input(staticSum);
        double[] y = new double[D];
        for (int p = 0; p < P; p++) {
            if (x[p] == 0) {
                continue;
            }
            int row = p * D;
            for (int q = 0; q < D; q++) {
                y[q] += x[p] * weights[row + q];
            }
        }
        double norm = Math.sqrt(Arrays.stream(y).map(v -> v * v).sum());
        float[] v = new float[D];
        for (int q = 0; q < D && norm > 0; q++) {
            v[q] = (float) (y[q] / norm);
        }
        return v;
    }

    private static double[] input(double[] sum) {
        double norm = Math.sqrt(Arrays.stream(sum).map(v -> v * v).sum());
        double[] x = new double[P];
        for (int p = 0; p < D && norm > 0; p++) {
            x[p] = sum[p] / norm;
        }
        x[D] = 1;
        return x;
    }

    /** Solves {@code a x = b} by Gauss-Jordan elimination with partial pivoting (a is symmetric positive definite). */
    private static double[][] solve(double[][] a0, double[][] b0) {
        int n = a0.length;
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
            b[i] = b0[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int r = 0; r < n; r++) {
                double f = r == col ? 0 : a[r][col] / a[col][col];
                if (f == 0) {
                    continue;
                }
                for (int k = col; k < n; k++) {
                    a[r][k] -= f * a[col][k];
                }
                for (int k = 0; k < b[r].length; k++) {
                    b[r][k] -= f * b[col][k];
                }
            }
        }
        var out = new ArrayList<double[]>();
        for (int i = 0; i < n; i++) {
            double[] row = new double[b[i].length];
            for (int k = 0; k < row.length; k++) {
                row[k] = b[i][k] / a[i][i];
            }
            out.add(row);
        }
        return out.toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Student s && Arrays.equals(weights, s.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return present() ? "Student[" + P + "x" + D + "]" : "Student[none]";
    }
}
