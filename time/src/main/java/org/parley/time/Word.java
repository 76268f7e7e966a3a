package org.parley.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Token;
import org.parley.time.Lexicon.Unit;

/**
 * A token as the grammar sees it, with its lexicon entries looked up once. Hyphenated tokens are split into their
 * parts ("third-quarter", "mid-March", "two-year") whatever the tokenizer did, and a hyphen token between two
 * touching words is dropped, so that the grammar sees the same words either way; {@link #joined} remembers it.
 */
final class Word {
    final int start;
    final int end;
    final String text;
    final String lower;
    final String pos;
    final String lemma;
    /** Written against the previous word with a hyphen or slash between: "two-year". */
    final boolean joined;
    /** Value of a cardinal number (digits, with or without thousands commas, or a number word); -1 otherwise. */
    final long number;
    /** Digits only (no comma, no sign): how many; 0 otherwise. A year is four plain digits. */
    final int digits;
    final int month;
    final int weekday;
    final int ordinal;
    final Unit unit;

    Word(int start, int end, String text, String pos, String lemma, boolean joined) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.pos = pos;
        this.lemma = lemma.toLowerCase(Locale.ROOT);
        this.joined = joined;
        this.digits = plainDigits(text);
        this.number = number(lower, digits);
        this.month = Lexicon.MONTHS.getOrDefault(lower, 0);
        this.weekday = Lexicon.WEEKDAYS.getOrDefault(lower, 0);
        this.ordinal = ordinal(lower);
        this.unit = Lexicon.UNITS.get(lower);
    }

    boolean is(String w) {
        return lower.equals(w);
    }

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    boolean verb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    boolean plural() {
        return lower.endsWith("s");
    }

    boolean properNoun() {
        return pos.startsWith("NNP");
    }

    private static int plainDigits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return 0;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return 0;
            }
        }
        return s.length();
    }

    private static long number(String lower, int digits) {
        if (digits > 0) {
            return Long.parseLong(lower);
        }
        Integer n = Lexicon.NUMBERS.get(lower);
        if (n != null) {
            return n;
        }
        // "6,000" is a quantity, never a year; keep its value so the grammar can see it is a number
        if (!lower.isEmpty() && Character.isDigit(lower.charAt(0)) && lower.matches("\\d{1,3}(,\\d{3})+")) {
            return Long.parseLong(lower.replace(",", ""));
        }
        return -1;
    }

    private static int ordinal(String lower) {
        Integer o = Lexicon.ORDINALS.get(lower);
        if (o != null) {
            return o;
        }
        int n = lower.length();
        if (n >= 3 && n <= 4 && Character.isDigit(lower.charAt(0))) {
            String suffix = lower.substring(n - 2);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                String d = lower.substring(0, n - 2);
                if (plainDigits(d) > 0) {
                    return Integer.parseInt(d);
                }
            }
        }
        return 0;
    }

    /** The words of a run of tokens: hyphenated tokens split, touching hyphen tokens dropped. */
    static List<Word> of(String text, List<Token> tokens, int from, int to) {
        List<Word> words = new ArrayList<>(to - from);
        int previousEnd = -1;
        boolean pendingJoin = false;
        for (int t = from; t < to; t++) {
            Token tok = tokens.get(t);
            int s = tok.span().start();
            int e = tok.span().end();
            String w = text.substring(s, e);
            if ((w.equals("-") || w.equals("/")) && s == previousEnd && t + 1 < to
                    && tokens.get(t + 1).span().start() == e) {
                pendingJoin = true;
                continue;
            }
            boolean joined = pendingJoin && s == previousEnd + 1;
            pendingJoin = false;
            int dash = w.indexOf('-', 1);
            if (dash > 0 && dash < w.length() - 1 && !w.startsWith("'")) {
                int partStart = 0;
                boolean first = true;
                for (int i = 0; i <= w.length(); i++) {
                    if (i == w.length() || w.charAt(i) == '-') {
                        if (i > partStart) {
                            String part = w.substring(partStart, i);
                            words.add(new Word(s + partStart, s + i, part, tok.pos(),
                                    first ? lemmaPart(tok.lemma(), part) : part, first ? joined : true));
                            first = false;
                        }
                        partStart = i + 1;
                    }
                }
            } else {
                words.add(new Word(s, e, w, tok.pos(), tok.lemma(), joined));
            }
            previousEnd = e;
        }
        return words;
    }

    private static String lemmaPart(String lemma, String part) {
        return lemma.contains("-") ? part : lemma;
    }

    @Override
    public String toString() {
        return text + "/" + pos;
    }
}
