package org.parley.link;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event's date value taken apart: {@code 2025-05-16}, {@code 2025-05}, {@code 2025}, the year-less
 * {@code XXXX-05-16} and {@code XXXX-05} of undated articles, an ISO week ({@code 2022-W10}) at its month when it
 * lies within one month (else at its year), and other TIMEX forms ({@code 2025-Q2}, {@code 2025-SU}) kept at their
 * year. A missing part is 0.
 */
record When(String value, int year, int month, int day) {

    private static final Pattern FORM = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-.*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    static Optional<When> of(String value) {
        Matcher m = FORM.matcher(value);
        if (m.matches()) {
            int year = m.group(1).equals("XXXX") ? 0 : Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            if (month > 12 || day > 31 || year == 0 && month == 0 || day > 0 && year > 0 && !valid(year, month, day)) {
                return Optional.empty();
            }
            return Optional.of(new When(value, year, month, day));
        }
        Matcher w = WEEK.matcher(value);
        if (w.matches()) {
            return week(value, Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)));
        }
        Matcher y = YEAR.matcher(value);
        return y.matches() ? Optional.of(new When(value, Integer.parseInt(y.group(1)), 0, 0)) : Optional.empty();
    }

    /** "Later this week" in an article of 7 March 2022 is 2022-W10: March 2022, which a report of 10 March fits. */
    private static Optional<When> week(String value, int year, int week) {
        LocalDate start = LocalDate.of(year, 1, 4); // ISO week 1 holds 4 January
        if (week < 1 || week > start.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        LocalDate monday = start.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);
        // A week across two months is kept at its (week-based) year, as before weeks were read.
        int month = monday.getMonth() == sunday.getMonth() ? monday.getMonthValue() : 0;
        return Optional.of(new When(value, year, month, 0));
    }

    /** The value as a timeline date, {@code YYYY[-MM[-DD]]}, at this value's precision; empty without a year. */
    Optional<String> calendar() {
        if (!dated()) {
            return Optional.empty();
        }
        return Optional.of(String.format("%04d", year) + (month > 0 ? String.format("-%02d", month) : "")
                + (day > 0 ? String.format("-%02d", day) : ""));
    }

    private static boolean valid(int year, int month, int day) {
        return month > 0 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    boolean dated() {
        return year > 0;
    }

    boolean isDay() {
        return day > 0;
    }

    /** The order reports are merged in: a precise calendar date first, so coarser reports find its event. */
    int rank() {
        if (dated()) {
            return isDay() ? 0 : month > 0 ? 1 : 2;
        }
        return isDay() ? 3 : 4;
    }

    Optional<LocalDate> dayDate() {
        return dated() && isDay() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** The first day this value can mean: what an article that reports it as past cannot be older than. */
    Optional<LocalDate> start() {
        if (!dated()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, Math.max(month, 1), Math.max(day, 1)));
    }

    /** The last day this value can mean. */
    Optional<LocalDate> end() {
        if (!dated()) {
            return Optional.empty();
        }
        YearMonth m = YearMonth.of(year, Math.max(month, 1));
        return Optional.of(day > 0 ? m.atDay(day) : month > 0 ? m.atEndOfMonth() : LocalDate.of(year, 12, 31));
    }

    /**
     * Within each other's precision: the parts both give are equal ("2025-05-16" in "2025-05"). A year-less value
     * meets a calendar one only when it gives a day ("XXXX-05-16" may be "2025-05-16"): a month without a year is
     * too loose. (The merge also lets a year-less day start from a calendar day only.)
     */
    boolean fits(When o) {
        if (!dated() && o.dated() && !isDay() || dated() && !o.dated() && !o.isDay()) {
            return false;
        }
        return (year == 0 || o.year == 0 || year == o.year) && (month == 0 || o.month == 0 || month == o.month)
                && (day == 0 || o.day == 0 || day == o.day);
    }

    /** The same calendar day, a year-less one included. */
    boolean sameDay(When o) {
        return isDay() && o.isDay() && fits(o);
    }

    /** Two calendar days one day apart: how reports of one event disagree on its date. */
    boolean nextTo(When o) {
        return dayDate().flatMap(a -> o.dayDate().map(b -> Math.abs(a.toEpochDay() - b.toEpochDay()) == 1))
                .orElse(false);
    }
}
