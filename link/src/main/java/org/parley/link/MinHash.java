package org.parley.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * MinHash signatures of word shingles, and the exact Jaccard similarity they stand for. Reprints and wire copies
 * share most of their five-word runs even after an outlet edits the lead or adds a paragraph; different reports
 * of the same event share few. Deterministic: a fixed seed, so every run (and every machine) finds the same pairs.
 */
final class MinHash {

    static final int SHINGLE = 5;
    static final int HASHES = 128;
    /** Bands of rows for locality-sensitive hashing: pairs above about 0.5 similarity share a band. */
    static final int BANDS = 32;
    static final int ROWS = HASHES / BANDS;

    private static final long[] A = new long[HASHES];
    private static final long[] B = new long[HASHES];

    static {
        SplittableRandom random = new SplittableRandom(20221128L);
        for (int i = 0; i < HASHES; i++) {
            A[i] = random.nextLong() | 1;
            B[i] = random.nextLong();
        }
    }

    private MinHash() {
    }

    /**
     * Hashes of the text's word shingles, sorted and distinct: lower-cased letters and digits, so punctuation and
     * case do not count. An array, not a set: the timeline stage keeps one per stored article with events.
     */
    static long[] shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        long[] out = new long[Math.max(0, words.size() - SHINGLE + 1)];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            out[i] = mix(h);
        }
        return java.util.Arrays.stream(out).sorted().distinct().toArray();
    }

    static long[] signature(long[] shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(A[i] * s + B[i]);
                if (Long.compareUnsigned(h, sig[i]) < 0) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    static long band(long[] signature, int band) {
        long h = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = mix(h * 31 + signature[r]);
        }
        return h;
    }

    /** Exact Jaccard similarity of two sorted, distinct shingle arrays. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        long both = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) both / (a.length + b.length - both);
    }

    /** A 64-bit finalizer (the one of SplitMix64): spreads nearby inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
