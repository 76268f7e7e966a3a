package org.parley.ingest;

/**
 * Problem messages are one line a person reads in a terminal: input quoted in them is capped and its control and
 * binary characters escaped, so a hostile input cannot fill a screen or move the cursor.
 */
final class Messages {

    /** Longest excerpt of input quoted in a message. */
    static final int EXCERPT_CHARS = 60;
    /** Longest message: library messages may embed whole documents. */
    static final int MESSAGE_CHARS = 400;

    private Messages() {
    }

    /** {@code s} in quotes, at most {@link #EXCERPT_CHARS} characters of it, control characters escaped. */
    static String quote(CharSequence s) {
        String t = s.toString().strip();
        boolean cut = t.length() > EXCERPT_CHARS;
        return "'" + escape(cut ? cut(t, EXCERPT_CHARS) : t) + (cut ? "...'" : "'");
    }

    /** A whole message made safe: escaped, and capped at {@link #MESSAGE_CHARS}. */
    static String clean(String message) {
        String t = escape(message.strip());
        return t.length() > MESSAGE_CHARS ? cut(t, MESSAGE_CHARS - 3) + "..." : t;
    }

    /** C0 and C1 controls, line separators, lone surrogates and non-characters as {@code \\uXXXX}. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || c == '\u2028' || c == '\u2029') {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** At most {@code n} chars, never splitting a surrogate pair. */
    private static String cut(String s, int n) {
        int end = Character.isHighSurrogate(s.charAt(n - 1)) ? n - 1 : n;
        return s.substring(0, end);
    }
}
