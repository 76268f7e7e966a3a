package org.parley.narratives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a text as a hashed bag of lower-cased unigrams and bigrams: each term's count goes to one of
 * {@code dimensions} buckets, the counts are damped to {@code log(1 + count)} and the vector has unit length. Needs
 * no encoder and no trained vocabulary, so it costs well under a millisecond per article and reads the whole of it;
 * the hash is {@link String#hashCode} (fixed by the language) mixed by a fixed finalizer, so the same text always
 * gives the same vector.
 */
final class Lexical {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}']*|\\p{N}+");

    private Lexical() {
    }

    /** The unit-length hashed bag of {@code text}; all zeros when it has no words. */
    static float[] vector(String text, int dimensions) {
        double[] counts = new double[dimensions];
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            counts[bucket(words.get(i), dimensions)]++;
            if (i > 0) {
                // The space keeps a bigram's hash apart from any single word's.
                counts[bucket(words.get(i - 1) + " " + words.get(i), dimensions)]++;
            }
        }
        double norm = 0;
        for (int j = 0; j < dimensions; j++) {
            counts[j] = Math.log1p(counts[j]);
            norm += counts[j] * counts[j];
        }
        norm = Math.sqrt(norm);
        float[] out = new float[dimensions];
        for (int j = 0; j < dimensions && norm > 0; j++) {
            out[j] = (float) (counts[j] / norm);
        }
        return out;
    }

    private static List<String> words(String text) {
        var out = new ArrayList<String>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static int bucket(String term, int dimensions) {
        // String.hashCode's low bits vary little between similar words; the finalizer of MurmurHash3 spreads them.
        int h = term.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (dimensions - 1);
    }
}
