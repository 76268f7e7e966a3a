package org.parley.narratives;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Trains one L2-regularized logistic regression per label, all labels in one pass of full-batch gradient descent
 * (Nesterov momentum, a fixed number of steps, a step size from the data's largest eigenvalue): no randomness, so
 * the same vectors give the same model byte for byte. Thresholds are chosen by inner cross-validation on the
 * training articles alone.
 */
final class Trainer {

    /** A label seen fewer times than this cannot be learned from 200 articles; it is left out of the model. */
    static final int MIN_POSITIVES = 2;
    static final long SEED = 20250310L;

    /**
     * @param lambda     L2 penalty on the standardized weights
     * @param iterations gradient steps
     * @param tune       choose thresholds by inner cross-validation (else {@link #FIXED})
     * @param oneDomain  keep an article's narratives within the best narrative's domain
     * @param innerFolds folds of the inner cross-validation
     * @param k          neighbours of the kNN vote blended in; 0 for none
     * @param knnWeight  weight of the kNN vote in the blend
     * @param views      also fit on each article's training views (other stretches of it, the whole)
     */
    record Settings(double lambda, int iterations, boolean tune, boolean oneDomain, int innerFolds, int k,
            double knnWeight, boolean views) {
        Settings(double lambda, int iterations, boolean tune, boolean oneDomain, int innerFolds, int k,
                double knnWeight) {
            this(lambda, iterations, tune, oneDomain, innerFolds, k, knnWeight, false);
        }
    }

    static final Decoder.Thresholds FIXED = new Decoder.Thresholds(0.5, 0.5, 0.5, false);

    /** A training article: its document vector and gold labels (narratives and sub-narratives together). */
    record Item(float[] x, List<float[]> views, Set<String> narratives, Set<String> subs) {
        /** The item and, as items of their own, its views: the rows a model is fitted on. */
        static List<Item> rows(List<Item> items) {
            var out = new ArrayList<Item>(items);
            for (Item it : items) {
                for (float[] v : it.views()) {
                    out.add(new Item(v, List.of(), it.narratives(), it.subs()));
                }
            }
            return out;
        }
    }

    /** A taxonomy entry, in file order. */
    record Entry(String name, Optional<String> parent) {
    }

    private Trainer() {
    }

    static Model train(List<Item> items, List<Entry> taxonomy, Settings s, NarrativeClassifier.Reading reading,
            Selector selector, Student student) {
        List<Entry> trained = taxonomy.stream().filter(e -> positives(items, e.name()) >= MIN_POSITIVES).toList();
        Decoder.Thresholds t = s.tune() ? tune(items, trained, s, reading) : FIXED;
        return model(items, trained, s, t, reading).withReader(selector, student);
    }

    private static Model model(List<Item> items, List<Entry> trained, Settings s, Decoder.Thresholds t,
            NarrativeClassifier.Reading reading) {
        List<Model.Label> labels = fit(s.views() ? Item.rows(items) : items, trained, s);
        if (s.k() == 0) {
            return new Model(reading, Selector.NONE, Student.NONE, t, labels, Model.Knn.NONE);
        }
        var vectors = new ArrayList<float[]>();
        var vectorLabels = new ArrayList<int[]>();
        for (Item it : items) {
            vectors.add(it.x());
            vectorLabels.add(java.util.stream.IntStream.range(0, trained.size())
                    .filter(l -> it.narratives().contains(trained.get(l).name())
                            || it.subs().contains(trained.get(l).name())).toArray());
        }
        return new Model(reading, Selector.NONE, Student.NONE, t, labels, new Model.Knn(s.k(), s.knnWeight(), vectors, vectorLabels));
    }

    private static long positives(List<Item> items, String label) {
        return items.stream().filter(i -> i.narratives().contains(label) || i.subs().contains(label)).count();
    }

    /** The thresholds that maximize F1-samples on out-of-fold predictions over the training items. */
    static Decoder.Thresholds tune(List<Item> items, List<Entry> trained, Settings s,
            NarrativeClassifier.Reading reading) {
        int n = items.size();
        int[] fold = folds(n, s.innerFolds());
        double[][] p = new double[n][];
        List<Model.Label> labels = null;
        Model m;
        for (int k = 0; k < s.innerFolds(); k++) {
            var train = new ArrayList<Item>();
            for (int i = 0; i < n; i++) {
                if (fold[i] != k) {
                    train.add(items.get(i));
                }
            }
            m = model(train, trained, s, FIXED, reading);
            labels = m.labels();
            for (int i = 0; i < n; i++) {
                if (fold[i] == k) {
                    p[i] = m.probabilities(items.get(i).x());
                }
            }
        }
        // Every pair of thresholds on a grid, scored on the held-out probabilities. With 200 articles the surface is
        // ragged (one article flips a cell), so the pair chosen is the best on average over its neighbours, not the
        // best single cell: that one moved by 0.15 between two models whose vectors differed in their last digits.
        double[][] grid = new double[13][13];
        for (int a = 0; a <= 12; a++) {
            for (int b = 0; b <= 12; b++) {
                var t = new Decoder.Thresholds(a * 0.05, (b + 2) * 0.05, 0.5, s.oneDomain());
                for (int i = 0; i < n; i++) {
                    grid[a][b] += Decoder.f1(items.get(i).narratives(),
                            Decoder.narrativeNames(labels, Decoder.decide(labels, p[i], t)));
                }
            }
        }
        int[] pair = best(grid);
        double bestOther = pair[0] * 0.05;
        double bestNarrative = (pair[1] + 2) * 0.05;
        double[][] subs = new double[1][14];
        for (int c = 1; c <= 14; c++) {
            var t = new Decoder.Thresholds(bestOther, bestNarrative, c * 0.05, s.oneDomain());
            for (int i = 0; i < n; i++) {
                subs[0][c - 1] += Decoder.f1(items.get(i).subs(),
                        Decoder.subNames(labels, Decoder.decide(labels, p[i], t)));
            }
        }
        double bestSub = (best(subs)[1] + 1) * 0.05;
        return new Decoder.Thresholds(round(bestOther), round(bestNarrative), round(bestSub), s.oneDomain());
    }

    /**
     * The cell of a score grid whose mean with its neighbours (those that exist) is highest; the first such cell in
     * row order on a tie.
     */
    static int[] best(double[][] grid) {
        int[] out = {0, 0};
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < grid.length; a++) {
            for (int b = 0; b < grid[a].length; b++) {
                double sum = 0;
                int cells = 0;
                for (int i = Math.max(0, a - 1); i <= Math.min(grid.length - 1, a + 1); i++) {
                    for (int j = Math.max(0, b - 1); j <= Math.min(grid[i].length - 1, b + 1); j++) {
                        sum += grid[i][j];
                        cells++;
                    }
                }
                if (sum / cells > bestScore + 1e-9) {
                    bestScore = sum / cells;
                    out = new int[] {a, b};
                }
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Fold of each of {@code n} items: a seeded shuffle dealt round-robin. */
    static int[] folds(int n, int k) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new Random(SEED));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % k;
        }
        return fold;
    }

    /** Fits every label at once on standardized vectors, then folds the standardization into the weights. */
    static List<Model.Label> fit(List<Item> items, List<Entry> entries, Settings s) {
        int n = items.size();
        int d = items.get(0).x().length;
        int m = entries.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (Item it : items) {
            for (int j = 0; j < d; j++) {
                mean[j] += it.x()[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        for (Item it : items) {
            for (int j = 0; j < d; j++) {
                double v = it.x()[j] - mean[j];
                sd[j] += v * v;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.max(Math.sqrt(sd[j] / n), 1e-6);
        }
        double[][] x = new double[n][d];
        double[][] y = new double[n][m];
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            for (int j = 0; j < d; j++) {
                x[i][j] = (it.x()[j] - mean[j]) / sd[j];
            }
            for (int l = 0; l < m; l++) {
                String name = entries.get(l).name();
                y[i][l] = it.narratives().contains(name) || it.subs().contains(name) ? 1 : 0;
            }
        }
        double step = 1 / (0.25 * largestEigenvalue(x) / n + s.lambda());
        double[][] w = new double[d][m];
        double[] b = new double[m];
        for (int l = 0; l < m; l++) {
            double pos = 0;
            for (int i = 0; i < n; i++) {
                pos += y[i][l];
            }
            double prior = (pos + 0.5) / (n + 1);
            b[l] = Math.log(prior / (1 - prior));
        }
        double[][] wPrev = new double[d][m];
        double[] bPrev = b.clone();
        double[][] look = new double[d][m];
        double[] lookB = new double[m];
        double[][] grad = new double[d][m];
        double[] gradB = new double[m];
        double[] r = new double[m];
        for (int t = 1; t <= s.iterations(); t++) {
            double mom = (t - 1.0) / (t + 2.0);
            for (int j = 0; j < d; j++) {
                for (int l = 0; l < m; l++) {
                    look[j][l] = w[j][l] + mom * (w[j][l] - wPrev[j][l]);
                    grad[j][l] = s.lambda() * look[j][l];
                }
            }
            for (int l = 0; l < m; l++) {
                lookB[l] = b[l] + mom * (b[l] - bPrev[l]);
                gradB[l] = 0;
            }
            for (int i = 0; i < n; i++) {
                double[] xi = x[i];
                System.arraycopy(lookB, 0, r, 0, m);
                for (int j = 0; j < d; j++) {
                    double v = xi[j];
                    double[] lj = look[j];
                    for (int l = 0; l < m; l++) {
                        r[l] += v * lj[l];
                    }
                }
                for (int l = 0; l < m; l++) {
                    r[l] = (1 / (1 + Math.exp(-r[l])) - y[i][l]) / n;
                    gradB[l] += r[l];
                }
                for (int j = 0; j < d; j++) {
                    double v = xi[j];
                    double[] gj = grad[j];
                    for (int l = 0; l < m; l++) {
                        gj[l] += v * r[l];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                System.arraycopy(w[j], 0, wPrev[j], 0, m);
                for (int l = 0; l < m; l++) {
                    w[j][l] = look[j][l] - step * grad[j][l];
                }
            }
            System.arraycopy(b, 0, bPrev, 0, m);
            for (int l = 0; l < m; l++) {
                b[l] = lookB[l] - step * gradB[l];
            }
        }
        var labels = new ArrayList<Model.Label>();
        for (int l = 0; l < m; l++) {
            float[] raw = new float[d];
            double bias = b[l];
            for (int j = 0; j < d; j++) {
                raw[j] = (float) (w[j][l] / sd[j]);
                bias -= w[j][l] * mean[j] / sd[j];
            }
            labels.add(new Model.Label(entries.get(l).name(), entries.get(l).parent(), (float) bias, raw));
        }
        return labels;
    }

    /** The largest eigenvalue of XᵀX by power iteration from a fixed start: bounds the gradient's steepness. */
    private static double largestEigenvalue(double[][] x) {
        int d = x[0].length;
        double[] v = new double[d];
        java.util.Arrays.fill(v, 1 / Math.sqrt(d));
        double lambda = 0;
        for (int it = 0; it < 50; it++) {
            double[] u = new double[d];
            for (double[] xi : x) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += xi[j] * v[j];
                }
                for (int j = 0; j < d; j++) {
                    u[j] += dot * xi[j];
                }
            }
            double norm = 0;
            for (double e : u) {
                norm += e * e;
            }
            norm = Math.sqrt(norm);
            lambda = norm;
            for (int j = 0; j < d; j++) {
                v[j] = u[j] / norm;
            }
        }
        return lambda;
    }
}
