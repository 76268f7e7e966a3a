package org.parley.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Boilerplate removal on text, line by line: the same for text saved off the web and for the text of an HTML
 * body, so both get the same rules. Patterns with categories come from {@code boilerplate.tsv}; what patterns
 * cannot say (lone numbers, short lines in another script, runs of menu-like lines) is decided here.
 */
final class Cleaner {

    /** One removed line and why, kept for tests and debugging; never part of the article. */
    record Removal(String category, String line) {
    }

    /** The clean body (paragraphs separated by a blank line), a leading date header if any, and what went. */
    record Cleaned(String text, Optional<String> headerDate, List<Removal> removed) {
    }

    private record Rule(String category, boolean related, Pattern pattern) {
    }

    private static final List<Rule> RULES = load("boilerplate.tsv");

    /** " date 2023-02-13 " before the first word: a metadata header some scrapers write, not article text. */
    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(?:date|dct|pubdate)\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                    + "(?:Z|[+-]\\d{2}:?\\d{2})?)?)(?=\\s|$)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000&&[^\\n]]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!…;][\"'”’»)\\]]*$");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");
    /** "By Jane Doe", "By Northwind Gazette staff": capitalised words after "By", no sentence end. */
    private static final Pattern BYLINE = Pattern.compile(
            "^By\\s+\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:and\\s+|&\\s+)?[\\p{L}.'’\\-]+){0,6}$");
    /** Bylines stand at the top; further down "By ..." starts a sentence. */
    private static final int BYLINE_WITHIN = 12;

    /** How many headline lines a "Related materials:" line may take with it. */
    private static final int RELATED_MAX = 6;
    /** Lines in another script longer than this are content (a quoted original), not UI. */
    private static final int FOREIGN_MAX_WORDS = 15;

    private Cleaner() {
    }

    static Cleaned clean(String raw) {
        String text = normalize(raw);
        Optional<String> headerDate = Optional.empty();
        Matcher h = HEADER.matcher(text);
        if (h.find()) {
            headerDate = Optional.of(h.group(1));
            text = text.substring(h.end());
        }
        String[] lines = text.split("\n", -1);
        UnicodeScript dominant = dominantScript(text);
        boolean[] drop = new boolean[lines.length];
        List<Removal> removed = new ArrayList<>();
        int relatedBudget = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            String category = null;
            boolean related = false;
            if (relatedBudget > 0) {
                if (isHeadlineLike(line, 20)) {
                    category = "related";
                    relatedBudget--;
                } else {
                    relatedBudget = 0;
                }
            }
            if (category == null) {
                for (Rule r : RULES) {
                    if (r.pattern().matcher(line).find()) {
                        category = r.category();
                        related = r.related();
                        break;
                    }
                }
            }
            if (category == null) {
                category = heuristic(lines, i, dominant);
            }
            if (category != null) {
                drop[i] = true;
                removed.add(new Removal(category, line));
                if (related) {
                    relatedBudget = RELATED_MAX;
                }
            }
        }
        return new Cleaned(join(lines, drop), headerDate, List.copyOf(removed));
    }

    /**
     * Unix line ends; invisible characters gone; inside each line, runs of any kind of space become one space;
     * lines trimmed. Paragraph structure (which lines are blank) is kept.
     */
    static String normalize(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * The first line when it reads like a headline (short, no closing full stop) and a paragraph follows, for
     * text inputs; a dek or an outlet line may share its paragraph.
     */
    static Optional<String> leadingHeadline(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        if (end < 0 || first.length() > 250 || words(first) < 3) {
            return Optional.empty();
        }
        return isHeadlineLike(first, 30) ? Optional.of(first) : Optional.empty();
    }

    /** Short, and does not end like a sentence. */
    static boolean isHeadlineLike(String line, int maxWords) {
        int w = words(line);
        return w >= 1 && w <= maxWords && !SENTENCE_END.matcher(line).matches() && !line.endsWith(":");
    }

    static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String heuristic(String[] lines, int i, UnicodeScript dominant) {
        String line = lines[i];
        if (isPipeMenu(line)) {
            return "navigation"; // "Home | World | Europe", "Facebook | X | Email", "Outlet | Section"
        }
        if (i < BYLINE_WITHIN && BYLINE.matcher(line).matches()) {
            return "byline";
        }
        if (!HAS_LETTER.matcher(line).find() && line.length() <= 12) {
            return "ui"; // a lone "0", a counter, a bullet, a separator
        }
        if (isForeign(line, dominant)) {
            return "foreign-script";
        }
        if (isMenuLike(line)) {
            boolean inBlock = (i > 0 && !lines[i - 1].isEmpty()) || (i + 1 < lines.length && !lines[i + 1].isEmpty());
            if (inBlock || shortRunAround(lines, i) >= 3) {
                return "navigation";
            }
        }
        return null;
    }

    /** Two or more short items joined by a bar or a dot: a menu or a share bar, never a sentence. */
    private static boolean isPipeMenu(String line) {
        String[] items = MENU_SEPARATOR.split(line);
        if (items.length < 2 || SENTENCE_END.matcher(line).matches()) {
            return false;
        }
        for (String item : items) {
            if (words(item) > 4) {
                return false;
            }
        }
        return true;
    }

    /** Up to three words and not a sentence: "On", "Off", "Select important", "World News". */
    private static boolean isMenuLike(String line) {
        return words(line) <= 3 && !SENTENCE_END.matcher(line).matches();
    }

    /** Length of the run of menu-like lines (blank lines between them allowed) that contains line i. */
    private static int shortRunAround(String[] lines, int i) {
        int n = 1;
        for (int j = i - 1; j >= 0; j--) {
            if (lines[j].isEmpty()) {
                continue;
            }
            if (!isMenuLike(lines[j])) {
                break;
            }
            n++;
        }
        for (int j = i + 1; j < lines.length; j++) {
            if (lines[j].isEmpty()) {
                continue;
            }
            if (!isMenuLike(lines[j])) {
                break;
            }
            n++;
        }
        return n;
    }

    private static boolean isForeign(String line, UnicodeScript dominant) {
        if (dominant == null || words(line) > FOREIGN_MAX_WORDS) {
            return false;
        }
        int letters = 0;
        int foreign = 0;
        for (int k = 0; k < line.length(); ) {
            int cp = line.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (UnicodeScript.of(cp) != dominant) {
                    foreign++;
                }
            }
        }
        return letters >= 2 && foreign * 10 >= letters * 6;
    }

    private static UnicodeScript dominantScript(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Kept lines, with runs of blank lines (including those left by removals) folded into one paragraph break. */
    private static String join(String[] lines, boolean[] drop) {
        StringBuilder out = new StringBuilder();
        boolean pendingBreak = false;
        boolean lastWasLine = false;
        for (int i = 0; i < lines.length; i++) {
            if (drop[i]) {
                continue;
            }
            if (lines[i].isEmpty()) {
                pendingBreak = lastWasLine || pendingBreak;
                lastWasLine = false;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBreak ? "\n\n" : "\n");
            }
            out.append(lines[i]);
            pendingBreak = false;
            lastWasLine = true;
        }
        return out.toString();
    }

    private static List<Rule> load(String resource) {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Cleaner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                if (f.length != 3 || !(f[1].equals("drop") || f[1].equals("related"))) {
                    throw new IllegalStateException(resource + ":" + n + ": want category<TAB>drop|related<TAB>regex");
                }
                rules.add(new Rule(f[0], f[1].equals("related"),
                        Pattern.compile(f[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}
