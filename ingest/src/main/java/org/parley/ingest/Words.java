package org.parley.ingest;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words counted so that no writing system is penalised: in scripts written with spaces a word is a run of letters
 * and digits; Chinese, Japanese, Thai and their neighbours are written without spaces, so there each character is
 * a token and a word is a fixed number of characters.
 */
final class Words {

    /** Han and kana words average under two characters; Thai, Lao, Khmer and Burmese words about four. */
    private static final double CJK_CHARS_PER_WORD = 2.0;
    private static final double SEA_CHARS_PER_WORD = 4.0;

    private Words() {
    }

    /** Word-equivalents in the text: comparable across scripts, for length limits. */
    static int count(String s) {
        int words = 0;
        int cjk = 0;
        int sea = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int kind = kind(cp);
            if (kind == CJK) {
                cjk++;
                inWord = false;
            } else if (kind == SEA) {
                sea++;
                inWord = false;
            } else if (kind == SPACED) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (!isJoiner(cp)) {
                inWord = false;
            }
        }
        return words + (int) Math.round(cjk / CJK_CHARS_PER_WORD + sea / SEA_CHARS_PER_WORD);
    }

    /** Lower-cased tokens for overlap scoring: words in spaced scripts, single characters in the others. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int kind = kind(cp);
            if (kind == SPACED || (word.length() > 0 && isJoiner(cp))) {
                word.appendCodePoint(cp);
                continue;
            }
            flush(word, out);
            if (kind == CJK || kind == SEA) {
                out.add(new String(Character.toChars(cp)));
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        // a joiner at a word's end ("talks'") is punctuation, not part of the word
        int end = word.length();
        while (end > 0 && isJoiner(word.charAt(end - 1))) {
            end--;
        }
        if (end > 0) {
            out.add(word.substring(0, end).toLowerCase(Locale.ROOT));
        }
        word.setLength(0);
    }

    private static final int OTHER = 0;
    private static final int SPACED = 1;
    private static final int CJK = 2;
    private static final int SEA = 3;

    private static int kind(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ? SPACED : OTHER;
        }
        if (!Character.isLetterOrDigit(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
            return OTHER;
        }
        if (cp < 0x2E80) {
            // below the CJK radicals only Thai, Lao, Myanmar and Khmer are written without spaces: by block, as
            // looking up the script of every letter costs more than the rest of the count
            return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x17FF)
                    ? SEA : SPACED;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO, YI -> CJK;
            case THAI, LAO, MYANMAR, KHMER -> SEA;
            default -> SPACED; // Hangul is written with spaces; full-width Latin digits are spaced too
        };
    }

    /** Apostrophes and hyphens inside a word ("Kyiv's", "Erdoğan-hosted") keep it one word. */
    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || cp == '‐';
    }
}
