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
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!…;。！？；][\"'”’»)\\]」』）]*$");
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    /** Bars and dots join menus and share bars; arrows and slashes join breadcrumb trails. */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s+[|·•›»>→/＞]\\s+");
    /** "By Jane Doe", "By Northwind Gazette staff": capitalised words after "By", no sentence end. */
    private static final Pattern BYLINE = Pattern.compile(
            "^By\\s+\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+(?:and\\s+|&\\s+)?[\\p{L}.'’\\-]+){0,6}$");
    /**
     * A photo credit glued to the caption's last word, as pages print a caption and a credit span side by side:
     * "... in IstanbulHARBOURLINE POST/Jane Roe", "... в СтамбулеФото: Пресс-служба".
     */
    private static final Pattern GLUED_CREDIT = Pattern.compile(
            "\\p{L}\\p{Ll}{2,}\\p{Lu}[^.!?]{0,40}(?:/|:|©|\\svia\\s)[^.!?]{0,60}$");
    /** A credit after the caption: "... Photo: Jane Roe", "（记者李明摄）", "（写真：共同）". */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:\\s(?:photo|photograph|image|credit|фото|foto)s?\\s*[:©][^.!?]{1,60}"
                    + "|[（(][^()（）]{1,30}(?:摄|攝|撮影|提供|供图|资料图|資料照)[）)]"
                    + "|[（(]?(?:图片来源|圖片來源|图|圖|写真|照片)[：:/][^。（）()]{1,30}[）)]?)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int CAPTION_MAX_WORDS = 50;

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
            + "|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня";
    /** A calendar date or a relative time, as post-metadata lines print them. */
    private static final Pattern META_DATE = Pattern.compile("(?:\\b\\d{1,2}\\.?\\s+(?:" + MONTHS + ")\\.?,?\\s+\\d{4}"
            + "|\\b(?:" + MONTHS + ")\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"
            + "|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
            + "|\\b\\d+\\s+(?:minutes?|hours?|days?)\\s+ago\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What else a post-metadata line carries: a clock time, a comment count, a reading time, an author mark. */
    private static final Pattern META_OTHER = Pattern.compile("(?:\\b\\d{1,2}:\\d{2}\\b"
            + "|\\d+\\s*(?:comments?|коммент\\p{L}*|комент\\p{L}*|评论|評論|コメント|min read|мин)"
            + "|(?:comments?|评论|評論|コメント)\\s*[:：]?\\s*\\d+|^by\\s|\\sby\\s\\p{Lu}|автор|作者|编辑|記者|记者)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int META_MAX_WORDS = 20;

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

    /** Word-equivalents, so that lines in scripts written without spaces are not taken for one-word labels. */
    static int words(String s) {
        return Words.count(s);
    }

    private static String heuristic(String[] lines, int i, UnicodeScript dominant) {
        String line = lines[i];
        if (isPostMetadata(line, i)) {
            return "published"; // before menus: "16 May 2025 · 12 comments" is also bar-joined, and its date is evidence
        }
        if (isPipeMenu(line)) {
            return "navigation"; // "Home | World | Europe", "Facebook | X | Email", "Outlet | Section"
        }
        if (i < BYLINE_WITHIN && BYLINE.matcher(line).matches()) {
            return "byline";
        }
        if (isCaption(line)) {
            return "photo";
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

    /** A caption whose photo credit follows it, glued or labelled. */
    private static boolean isCaption(String line) {
        // a credit ends the line, so a line ending like a sentence is no caption: most lines leave here, cheaply
        return !SENTENCE_END.matcher(line).matches() && words(line) <= CAPTION_MAX_WORDS
                && (GLUED_CREDIT.matcher(line).find() || TRAILING_CREDIT.matcher(line).find());
    }

    /**
     * "2 June 2025, 19:40 · 14 comments · World": a date with a time, a comment count or an author, in a short
     * line that is not a sentence; near the top, a date alone on its line is the same.
     */
    private static boolean isPostMetadata(String line, int i) {
        if (words(line) > META_MAX_WORDS || SENTENCE_END.matcher(line).matches()) {
            return false;
        }
        Matcher date = META_DATE.matcher(line);
        if (!date.find()) {
            return false;
        }
        if (META_OTHER.matcher(line).find()) {
            return true;
        }
        String rest = (line.substring(0, date.start()) + " " + line.substring(date.end())).strip();
        return i < BYLINE_WITHIN && words(rest) <= 1;
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
