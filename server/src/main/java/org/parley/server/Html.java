package org.parley.server;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * The only way pages are written: a template's {@code {}} holes take either {@link Safe} markup, built by other
 * templates, or anything else, which is escaped. Article text, titles, URLs and queries are never Safe, so nothing
 * an article says can become markup.
 */
final class Html {

    private Html() {
    }

    /** Markup built by this class; its constructor is private so only templates make one. */
    static final class Safe {
        private final String html;

        private Safe(String html) {
            this.html = html;
        }

        @Override
        public String toString() {
            return html;
        }
    }

    static final Safe EMPTY = new Safe("");

    /** Fills {@code template}'s {@code {}} holes in order: Safe values as they are, everything else escaped. */
    static Safe t(String template, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int from = 0;
        int arg = 0;
        for (int hole = template.indexOf("{}"); hole >= 0; hole = template.indexOf("{}", from)) {
            out.append(template, from, hole);
            if (arg >= args.length) {
                throw new IllegalArgumentException("more holes than values in template " + template);
            }
            Object v = args[arg++];
            out.append(v instanceof Safe s ? s.html : escape(String.valueOf(v)));
            from = hole + 2;
        }
        if (arg != args.length) {
            throw new IllegalArgumentException("more values than holes in template " + template);
        }
        return new Safe(out.append(template, from, template.length()).toString());
    }

    static <T> Safe each(Collection<T> items, Function<T, Safe> f) {
        StringBuilder out = new StringBuilder();
        items.forEach(i -> out.append(f.apply(i).html));
        return new Safe(out.toString());
    }

    static Safe join(Safe... parts) {
        StringBuilder out = new StringBuilder();
        for (Safe p : parts) {
            out.append(p.html);
        }
        return new Safe(out.toString());
    }

    /** Escapes for text and for quoted attribute values alike. */
    static String escape(String s) {
        Objects.requireNonNull(s, "s");
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** A link target only for http(s) URLs: a {@code javascript:} URL from an article must not become a link. */
    static boolean linkable(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }
}
