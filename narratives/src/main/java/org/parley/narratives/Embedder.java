package org.parley.narratives;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.narratives.NarrativeClassifier.Reading;
import org.parley.narratives.NarrativeClassifier.Weights;

/**
 * all-MiniLM-L6-v2 sentence embeddings on ONNX Runtime, in process, from the model and tokenizer that langchain4j's
 * embeddings package ships. Each sentence is read in its own pass (the committed reading), or, in a packed reading,
 * consecutive sentences share a pass of up to {@code window} tokens and each sentence's vector is the mean of its own
 * tokens' outputs in it; either way every sentence gets a vector for the evidence. Each model is loaded once per JVM,
 * on first use, and shared by every thread (an ONNX session allows concurrent runs).
 */
final class Embedder {

    static final int DIMENSION = 384;

    private Embedder() {
    }

    private static final class Loaded {
        final OrtSession session;
        final HuggingFaceTokenizer tokenizer;
        final long cls;
        final long sep;
        /** The vocabulary entries of {@link #FUNCTION_WORDS}. */
        final Set<Long> function;

        Loaded(Weights w) {
            String onnx = "/" + w.id() + ".onnx";
            try (InputStream model = resource(onnx); InputStream tok = resource("/" + w.id() + "-tokenizer.json")) {
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                var options = new OrtSession.SessionOptions();
                // One thread per run: the caller's worker thread runs its own article, so the pool of workers sets
                // the parallelism and no hidden threads compete with it.
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                session = env.createSession(model.readAllBytes(), options);
                // The shipped tokenizer pads and truncates to 128; windows are built here instead.
                tokenizer = HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false", "truncation", "false"));
                long[] special = tokenizer.encode("", true, false).getIds();
                cls = special[0];
                sep = special[special.length - 1];
                function = Arrays.stream(tokenizer.encode(FUNCTION_WORDS, false, false).getIds()).boxed()
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load " + onnx, e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = Embedder.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path (its langchain4j embeddings"
                        + " package is missing)");
            }
            return in;
        }
    }

    private static final class Quantized {
        static final Loaded MODEL = new Loaded(Weights.QUANTIZED);
    }

    private static final class Full {
        static final Loaded MODEL = new Loaded(Weights.FULL);
    }

    private static Loaded loaded(Weights w) {
        return w == Weights.QUANTIZED ? Quantized.MODEL : Full.MODEL;
    }

    /** The sentences embedded (indices into the input, ascending) and their unit-length vectors, in that order. */
    record Embedded(int[] chosen, float[][] vectors, int[] lengths) {
    }

    /**
     * Embeds the sentences that fit in {@code r.maxTokens()}: all when they fit; else the first, then the others by
     * {@code priority} (highest first; by position when {@code priority} is empty) as long as they fit. A sentence
     * longer than a window is cut to it. Packed, chosen sentences share passes of up to a window.
     */
    static Embedded embed(List<String> sentences, Reading r, double[] priority) {
        if (sentences.isEmpty()) {
            return new Embedded(new int[0], new float[0][], new int[0]);
        }
        Loaded m = loaded(r.weights());
        long[][] all = new long[sentences.size()][];
        long total = 0;
        // Ranked sentences are taken best first; else from the start until one does not fit: the rest need no tokens.
        boolean ranked = r.spread() || priority.length == sentences.size();
        for (int i = 0; i < all.length; i++) {
            long[] t = m.tokenizer.encode(sentences.get(i), false, false).getIds();
            if (r.content()) {
                t = Arrays.stream(t).filter(id -> id >= FIRST_WORD && !m.function.contains(id)).toArray();
            }
            all[i] = t.length > r.window() - 2 ? Arrays.copyOf(t, r.window() - 2) : t;
            total += all[i].length;
            if (!ranked && total > r.maxTokens()) {
                all = Arrays.copyOf(all, i + 1);
                break;
            }
        }
        int[] chosen;
        if (total <= r.maxTokens()) {
            chosen = java.util.stream.IntStream.range(0, all.length).toArray();
        } else {
            Integer[] order = new Integer[all.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            double[] rank = priority;
            if (r.spread()) {
                // Every stride-th sentence first, then those halfway between: a sample over the whole article.
                int stride = stride(total, r.maxTokens());
                rank = new double[all.length];
                for (int i = 0; i < all.length; i++) {
                    rank[i] = i % stride == 0 ? 2 : i % stride == stride / 2 ? 1 : 0;
                }
            }
            double[] p = rank;
            if (ranked) {
                Arrays.sort(order, 1, order.length, (a, b) -> p[a] != p[b]
                        ? Double.compare(p[b], p[a]) : Integer.compare(a, b));
            }
            var keep = new ArrayList<Integer>();
            int used = 0;
            for (int i : order) {
                if (keep.isEmpty() || used + all[i].length <= r.maxTokens()) {
                    keep.add(i);
                    used += all[i].length;
                } else if (!ranked) {
                    break;
                }
            }
            chosen = keep.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        var ids = new ArrayList<long[]>();
        for (int i : chosen) {
            ids.add(all[i]);
        }
        float[][] out = new float[ids.size()][];
        // Rows: a window of consecutive sentences when packed, else one sentence each. Each row is its own pass: the
        // runtime quantizes a pass's activations with one scale over the whole batch, padding included, so a batched
        // sentence's vector would depend on the sentences beside it; alone it does not, and no token is padding.
        // Batches of 32 padded to their longest row ran 45% padding and took a third longer (docs/performance.md).
        int first = 0;
        while (first < ids.size()) {
            int last = first;
            int length = 2 + ids.get(first).length;
            while (r.packed() && last + 1 < ids.size() && length + ids.get(last + 1).length <= r.window()) {
                last++;
                length += ids.get(last).length;
            }
            run(m, ids, first, last, length, r.packed(), out);
            first = last + 1;
        }
        return new Embedded(chosen, out, ids.stream().mapToInt(t -> t.length).toArray());
    }

    /** Every how many sentences a spread reading takes one, for an article of {@code total} tokens. */
    static int stride(long total, int maxTokens) {
        return (int) Math.max(1, (total + maxTokens - 1) / maxTokens);
    }

    /**
     * Runs sentences {@code first..last} as one pass of {@code length} tokens. A packed sentence's vector is the mean
     * of its own tokens' outputs; an unpacked one's is the mean over its whole pass, [CLS] and [SEP] included, as the
     * model was trained.
     */
    private static void run(Loaded m, List<long[]> ids, int first, int last, int length, boolean packed,
            float[][] out) {
        long[] input = new long[length];
        input[0] = m.cls;
        int at = 1;
        for (int i = first; i <= last; i++) {
            System.arraycopy(ids.get(i), 0, input, at, ids.get(i).length);
            at += ids.get(i).length;
        }
        input[at] = m.sep;
        long[] mask = new long[length];
        Arrays.fill(mask, 1);
        float[][] tokens = infer(m, input, mask, 1, length)[0];
        if (!packed) {
            out[first] = mean(tokens, 0, length);
            return;
        }
        int start = 1;
        for (int i = first; i <= last; i++) {
            int end = start + ids.get(i).length;
            out[i] = mean(tokens, start, end);
            start = end;
        }
    }

    /** One pass of the encoder over {@code rows} rows of {@code width} tokens each: every token's output vector. */
    private static float[][][] infer(Loaded m, long[] input, long[] mask, int rows, int width) {
        long[] shape = {rows, width};
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor in = OnnxTensor.createTensor(env, LongBuffer.wrap(input), shape);
                OnnxTensor am = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[rows * width]), shape);
                OrtSession.Result result = m.session.run(Map.of("input_ids", in, "attention_mask", am,
                        "token_type_ids", types))) {
            return (float[][][]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed", e);
        }
    }

    /** Token vectors per model: every vocabulary entry read alone, computed once per JVM on first use. */
    private static final class QuantizedTokens {
        static final float[][] TABLE = tokenTable(Quantized.MODEL);
    }

    private static final class FullTokens {
        static final float[][] TABLE = tokenTable(Full.MODEL);
    }

    /**
     * English words that carry grammar rather than topic: a reading of content tokens leaves them out (with marks
     * and digits), so the same number of encoder tokens covers more of the article.
     */
    static final String FUNCTION_WORDS = "the of and in to a an is was were be been being are am as for on with that"
            + " this these those it its he his him she her they them their we our us you your i me my by at from or"
            + " but not no so if then than into onto about over under up down out off there here which who whom whose"
            + " what when where while also has have had having do does did would will shall should can could may might"
            + " must just very too only any all some such each both other more most much many own same again further"
            + " once because until after before during through between against above below s t";

    /** Entries of the models' vocabulary (bert-base-uncased's). */
    static final int VOCABULARY = 30522;
    /** Entries from here on are words and word pieces, roughly by falling frequency; before are marks and symbols. */
    private static final int FIRST_WORD = 1996;

    /**
     * Each vocabulary entry's output vector when read as {@code [CLS] entry [SEP]}: a context-free vector per token,
     * so an article of any length is read by table lookups (static token vectors distilled from the encoder).
     */
    private static float[][] tokenTable(Loaded m) {
        float[][] table = new float[VOCABULARY][];
        int batch = 512;
        for (int from = 0; from < VOCABULARY; from += batch) {
            int n = Math.min(batch, VOCABULARY - from);
            long[] input = new long[n * 3];
            long[] mask = new long[n * 3];
            Arrays.fill(mask, 1);
            for (int b = 0; b < n; b++) {
                input[3 * b] = m.cls;
                input[3 * b + 1] = from + b;
                input[3 * b + 2] = m.sep;
            }
            float[][][] tokens = infer(m, input, mask, n, 3);
            for (int b = 0; b < n; b++) {
                table[from + b] = tokens[b][1];
            }
        }
        return table;
    }

    /**
     * A token's weight in a static mean: frequent tokens say little (a smooth inverse frequency, with the rank taken
     * from the vocabulary's order), marks and symbols nothing.
     */
    private static double weight(long id) {
        if (id < FIRST_WORD) {
            return 0;
        }
        double p = 1.0 / ((id - FIRST_WORD + 1) * 10.9);
        return 1e-4 / (1e-4 + p);
    }

    /** The unnormalized weighted sum of the static vectors of each text's tokens. */
    static double[][] staticSums(List<String> texts, Weights w) {
        Loaded m = loaded(w);
        float[][] table = w == Weights.QUANTIZED ? QuantizedTokens.TABLE : FullTokens.TABLE;
        double[][] out = new double[texts.size()][DIMENSION];
        for (int i = 0; i < out.length; i++) {
            for (long id : m.tokenizer.encode(texts.get(i), false, false).getIds()) {
                double weight = weight(id);
                if (weight > 0 && id < VOCABULARY) {
                    float[] v = table[(int) id];
                    for (int j = 0; j < DIMENSION; j++) {
                        out[i][j] += weight * v[j];
                    }
                }
            }
        }
        return out;
    }

    private static float[] mean(float[][] tokens, int start, int end) {
        double[] sum = new double[DIMENSION];
        for (int t = start; t < end; t++) {
            for (int j = 0; j < DIMENSION; j++) {
                sum[j] += tokens[t][j];
            }
        }
        double norm = Math.sqrt(Arrays.stream(sum).map(v -> v * v).sum());
        float[] v = new float[DIMENSION];
        for (int j = 0; j < DIMENSION && norm > 0; j++) {
            v[j] = (float) (sum[j] / norm);
        }
        return v;
    }
}
