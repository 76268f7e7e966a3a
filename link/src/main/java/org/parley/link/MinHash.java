package org.parley.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** Hashes of the text's word shingles: lower-cased letters and digits, so punctuation and case do not count. */
    static Set<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            out.add(mix(h));
        }
        return out;
    }

    static long[] signature(Set<Long> shingles) {
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

    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        long both = small.stream().filter(large::contains).count();
        return (double) both / (a.size() + b.size() - both);
    }

    /** A 64-bit finalizer (the one of SplitMix64): spreads nearby inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
