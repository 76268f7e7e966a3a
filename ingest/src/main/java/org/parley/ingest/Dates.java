package org.parley.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;

/**
 * Publication dates: right, or empty with a problem saying why, never wrong. The order is metadata, dateline,
 * a labelled full date in the opening lines, a relative phrase against the fetch time. Dates of events in the
 * body are never used: only the opening lines are looked at, and only labelled or dateline-shaped dates count.
 */
final class Dates {

    /** A date string from a source's metadata and where it was found ("meta article:published_time"). */
    record Hint(String value, String where) {
    }

    record Found(Optional<LocalDate> date, PublishedFrom from, List<Problem> problems) {
    }

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T\\d{4,6}Z?)?$");
    /** Only a weekday may come before a written date, and only a time (or a "| Updated ..." tail) after it. */
    private static final String WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
    private static final String TIME_TAIL = "(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}[^|]{0,24})?(?:\\s*[|·•].*)?$";
    private static final Pattern DMY_DOTS = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME_TAIL);
    private static final Pattern MDY = Pattern.compile(
            "^" + WEEKDAY + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME_TAIL, Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile(
            "^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS + "\\.?,?\\s+(\\d{4})" + TIME_TAIL, Pattern.CASE_INSENSITIVE);

    /**
     * "ASTANA, July 4. /TASS/.", "MOSCOW, 12 June (Reuters) -", "ISTANBUL, May 16, 2025 —": a place in capitals,
     * an optional region, a day and month, an optional year, then an agency mark or a dash.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}'’.\\-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.\\-]+){0,3})(?:,\\s*\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+){0,2})?"
                    + ",\\s*(?:(?<m1>" + MONTHS + ")\\.?\\s+(?<d1>\\d{1,2})|(?<d2>\\d{1,2})\\s+(?<m2>" + MONTHS + ")\\.?)"
                    + "(?:,?\\s+(?<year>\\d{4}))?\\s*[.,]?\\s*(?=[/(\\-—–]|\\p{Lu}{2,}\\b)");
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:published|posted|first published|publication date|date)(?:\\s+(?:on|at))?\\s*:?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile(
            "^(?:(?:published|posted|updated)\\s*:?\\s*)?(?:(?<n>\\d{1,3}|an?|one)\\s+(?<unit>minute|min|hour|hr|day|week)s?\\s+ago"
                    + "|(?<word>today|yesterday)(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}.*)?)\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

    /** The agency or outlet mark right after a dateline's date: "/TASS/", "(Reuters)", "(Parley Example Wire)". */
    private static final Pattern AGENCY = Pattern.compile("^\\s*[.,]?\\s*(?:/(?<slash>[^/\\n]{2,40})/|\\((?<paren>[^)\\n]{2,40})\\))");

    /** Opening lines looked at for a dateline, a labelled date or a relative phrase. */
    private static final int OPENING_LINES = 4;

    private Dates() {
    }

    /**
     * Resolves the publication date of a clean body. {@code fetched} is when the page was fetched (WARC-Date, HTTP
     * Date): an anchor for year-less datelines and relative phrases, never a publication date itself.
     */
    static Found resolve(String text, List<Hint> hints, Optional<Instant> fetched, String input) {
        List<Problem> problems = new ArrayList<>();
        for (Hint h : hints) {
            Optional<LocalDate> d = parse(h.value());
            if (d.isPresent()) {
                return new Found(d, PublishedFrom.METADATA, problems);
            }
            Optional<String> impossible = impossible(h.value());
            problems.add(impossible.isPresent()
                    ? Problem.of("date.impossible", input, "the date " + Messages.quote(h.value()) + " in " + h.where()
                            + " " + impossible.get() + "; no date taken from it, looked further")
                    : Problem.of("date.malformed", input, "could not read the date " + Messages.quote(h.value())
                            + " in " + h.where() + "; looked further"));
        }
        Optional<LocalDate> fetchDay = fetched.map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate());
        List<String> opening = openingLines(text);

        Problem unresolvedDateline = null;
        for (String line : opening) {
            Matcher m = DATELINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            String dateline = line.substring(0, m.end()).strip().replaceAll("[\\s.,/(\\-—–]+$", "");
            String monthName = m.group("m1") != null ? m.group("m1") : m.group("m2");
            int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
            Optional<MonthDay> md = monthDay(monthName, day);
            if (md.isEmpty()) {
                problems.add(Problem.of("date.malformed", input, "dateline '" + dateline + "' has no valid day"));
                break;
            }
            if (m.group("year") != null) {
                Optional<LocalDate> d = at(md.get(), Integer.parseInt(m.group("year")));
                if (d.isPresent()) {
                    return new Found(d, PublishedFrom.DATELINE, problems);
                }
            }
            if (fetchDay.isPresent()) {
                LocalDate d = latestNotAfter(md.get(), fetchDay.get());
                problems.add(Problem.of("date.year-inferred", input, "dateline '" + dateline + "' has no year; took "
                        + d.getYear() + ", the latest " + pretty(md.get()) + " not after the fetch date " + fetchDay.get()));
                return new Found(Optional.of(d), PublishedFrom.DATELINE_FETCH_YEAR, problems);
            }
            // The same month and day written with a year elsewhere in the body is no anchor: an anniversary story
            // datelined "KYIV, February 24" recalls "February 24, 2022" years later.
            unresolvedDateline = Problem.of("date.dateline-no-year", input,
                    "dateline '" + dateline + "' has no year and there is no fetch time to anchor it; "
                            + whyNoYear(text));
            break;
        }

        for (String line : opening) {
            Matcher m = LABELLED.matcher(line);
            Optional<LocalDate> d = m.matches() ? parse(m.group(1)) : parse(line);
            if (d.isPresent()) {
                return new Found(d, PublishedFrom.TEXT, problems);
            }
        }

        for (String line : opening) {
            Matcher m = RELATIVE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            if (fetched.isEmpty()) {
                problems.add(Problem.of("date.relative-no-anchor", input,
                        "'" + line + "' is relative and there is no fetch time to resolve it against"));
                break;
            }
            return new Found(Optional.of(relative(m, fetched.get())), PublishedFrom.RELATIVE, problems);
        }

        problems.add(unresolvedDateline != null ? unresolvedDateline : Problem.of("date.not-found", input,
                "no publication date in metadata, dateline or opening lines; dates in the body are of events, "
                        + "not of publication, so none was taken"));
        return new Found(Optional.empty(), PublishedFrom.NONE, problems);
    }

    /**
     * The agency or outlet named in the dateline of the opening lines ("ASTANA, July 4. /TASS/." gives TASS), for
     * text that carries no outlet in its metadata. Datelines have a fixed shape, so this is read, not guessed.
     */
    static Optional<String> datelineAgency(String text) {
        for (String line : openingLines(text)) {
            Matcher m = DATELINE.matcher(line);
            if (m.find()) {
                Matcher a = AGENCY.matcher(line.substring(m.end()));
                if (a.find()) {
                    String name = (a.group("slash") != null ? a.group("slash") : a.group("paren")).strip();
                    return name.isEmpty() || name.chars().allMatch(Character::isDigit) ? Optional.empty()
                            : Optional.of(name);
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * A whole value that is a full date: ISO 8601 (the date as written, in the publisher's own offset), RFC 1123,
     * "16 May 2025", "May 16, 2025", "16.05.2025". Anything partial or ambiguous ("05/06/2025") is empty.
     */
    static Optional<LocalDate> parse(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 80) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO.matcher(v);
            if (iso.matches()) {
                return plausible(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            }
            Matcher compact = COMPACT.matcher(v);
            if (compact.matches()) {
                return plausible(LocalDate.of(num(compact, 1), num(compact, 2), num(compact, 3)));
            }
            try {
                return plausible(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
            } catch (DateTimeParseException e) {
                // not RFC 1123; try the written forms
            }
            try {
                return plausible(OffsetDateTime.parse(v).toLocalDate());
            } catch (DateTimeParseException e) {
                // not ISO with offset either
            }
            Matcher mdy = MDY.matcher(v);
            if (mdy.matches()) {
                return monthDay(mdy.group(1), num(mdy, 2)).flatMap(md -> at(md, num(mdy, 3))).flatMap(Dates::plausible);
            }
            Matcher dmy = DMY.matcher(v);
            if (dmy.matches()) {
                return monthDay(dmy.group(2), num(dmy, 1)).flatMap(md -> at(md, num(dmy, 3))).flatMap(Dates::plausible);
            }
            Matcher dots = DMY_DOTS.matcher(v);
            if (dots.matches()) {
                return plausible(LocalDate.of(num(dots, 3), num(dots, 2), num(dots, 1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 2025-02-30 and the like
        }
        return Optional.empty();
    }

    /** Years a news article's publication or fetch can have; outside them a date is a placeholder or a typo. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private static Optional<LocalDate> plausible(LocalDate d) {
        return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR ? Optional.of(d) : Optional.empty();
    }

    /** A fetch time (WARC-Date, a 'fetched' field) worth anchoring dates on. */
    static boolean plausible(Instant i) {
        int year = i.atOffset(ZoneOffset.UTC).getYear();
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * Why a value shaped like a full date is none ("does not exist", "has year 9999"), for the problem that names
     * it; empty when the value is not date-shaped at all (then it is malformed, not impossible).
     */
    static Optional<String> impossible(String value) {
        String v = value.strip();
        if (v.length() > 80) {
            return Optional.empty();
        }
        int year;
        int month;
        int day;
        Matcher m;
        if ((m = ISO.matcher(v)).matches() || (m = COMPACT.matcher(v)).matches()) {
            year = num(m, 1);
            month = num(m, 2);
            day = num(m, 3);
        } else if ((m = DMY_DOTS.matcher(v)).matches()) {
            year = num(m, 3);
            month = num(m, 2);
            day = num(m, 1);
        } else if ((m = MDY.matcher(v)).matches() || (m = DMY.matcher(v)).matches()) {
            boolean mdy = m.pattern() == MDY;
            year = num(m, 3);
            month = monthNumber(m.group(mdy ? 1 : 2));
            day = num(m, mdy ? 2 : 1);
        } else {
            return Optional.empty();
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.of("has the year " + year + ", outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        try {
            LocalDate.of(year, month, day);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("does not exist (" + (month < 1 || month > 12 ? "there is no month " + month
                    : java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                    + year + " has no day " + day) + ")");
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int monthNumber(String monthName) {
        String key = monthName.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(key) + 1;
    }

    private static Optional<MonthDay> monthDay(String monthName, int day) {
        int month = monthNumber(monthName);
        try {
            return Optional.of(MonthDay.of(month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> at(MonthDay md, int year) {
        return md.isValidYear(year) ? Optional.of(md.atYear(year)) : Optional.empty();
    }

    private static LocalDate latestNotAfter(MonthDay md, LocalDate anchor) {
        for (int y = anchor.getYear(); ; y--) {
            Optional<LocalDate> d = at(md, y);
            if (d.isPresent() && !d.get().isAfter(anchor)) {
                return d.get();
            }
        }
    }

    private static String whyNoYear(String text) {
        TreeSet<Integer> years = new TreeSet<>();
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        return years.isEmpty() ? "the text mentions no year"
                : "the years the text mentions (" + join(years) + ") only bound it from below";
    }

    private static String join(TreeSet<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static LocalDate relative(Matcher m, Instant fetched) {
        LocalDate day = fetched.atOffset(ZoneOffset.UTC).toLocalDate();
        if (m.group("word") != null) {
            return m.group("word").equalsIgnoreCase("yesterday") ? day.minusDays(1) : day;
        }
        String n = m.group("n").toLowerCase(Locale.ROOT);
        long count = n.matches("\\d+") ? Long.parseLong(n) : 1;
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        Instant at = switch (unit) {
            case "minute", "min" -> fetched.minusSeconds(60 * count);
            case "hour", "hr" -> fetched.minusSeconds(3600 * count);
            case "day" -> fetched.minusSeconds(86400 * count);
            default -> fetched.minusSeconds(7 * 86400 * count);
        };
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static List<String> openingLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
                if (lines.size() == OPENING_LINES) {
                    break;
                }
            }
        }
        return lines;
    }

    private static String pretty(MonthDay md) {
        return md.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + md.getDayOfMonth();
    }
}
