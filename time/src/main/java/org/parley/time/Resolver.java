package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.parley.model.TimexType;
import org.parley.time.Expr.Anchor;
import org.parley.time.Expr.Direction;
import org.parley.time.Lexicon.Unit;

/**
 * Turns what a phrase means into a TIMEX3 value, given the document date, the last date the story mentioned and
 * the tense around the phrase. Without a document date, what cannot be known stays X ("XXXX-03-29").
 */
final class Resolver {

    /** A resolved calendar point: the first day of the period and how coarse it is (DAY, WEEK, MONTH...). */
    record Point(LocalDate date, Unit granularity) {
    }

    /** The TIMEX3 of a phrase, and the point it names when it is one, for the next phrase to count from. */
    record Value(TimexType type, String value, Optional<String> mod, Optional<Point> point) {
    }

    /** What resolution may look at besides the phrase. */
    record Context(Optional<LocalDate> dct, Optional<Point> narrative, Tense tense, int sentenceYear) {
    }

    private Resolver() {
    }

    static Value resolve(Expr e, Context c) {
        Optional<String> mod = Optional.ofNullable(e.mod);
        return switch (e.kind) {
            case LITERAL -> new Value(e.type, e.value, mod, Optional.empty());
            case SHIFT -> shift(e, c, mod);
            case POINT -> point(e, c, mod);
        };
    }

    // ---- shifts: "last year", "two days later", "the same month"

    private static Value shift(Expr e, Context c, Optional<String> mod) {
        Optional<Point> anchor = e.anchor == Anchor.NARRATIVE ? c.narrative() : Optional.empty();
        // a story date coarser than the unit cannot anchor it ("the next day" after "in March"): use today
        if (anchor.isPresent() && coarser(anchor.get().granularity(), e.unit) && !(e.unit == Unit.QUARTER
                && anchor.get().granularity() == Unit.YEAR)) {
            anchor = Optional.empty();
        }
        if (anchor.isEmpty()) {
            anchor = c.dct().map(d -> new Point(d, Unit.DAY));
        }
        if (anchor.isEmpty()) {
            return new Value(e.type, unknown(e.unit) + timeSuffix(e), mod, Optional.empty());
        }
        Point a = anchor.get();
        if ("LATEST".equals(e.sub)) {
            // "the quarter": the one the story is about, else the last full quarter before the document
            if (c.narrative().isPresent() && c.narrative().get().granularity() == Unit.QUARTER) {
                return value(e, c.narrative().get(), mod);
            }
            LocalDate d = c.dct().map(x -> x.minusMonths(3)).orElse(a.date());
            return value(e, new Point(quarterStart(d), Unit.QUARTER), mod);
        }
        Unit unit = e.unit;
        Unit granularity = unit;
        // "a year earlier" after "the third quarter": the same quarter a year before
        if (unit == Unit.YEAR && e.anchor == Anchor.NARRATIVE
                && (a.granularity() == Unit.QUARTER || a.granularity() == Unit.MONTH)) {
            granularity = a.granularity();
        }
        if (unit == Unit.YEAR && e.anchor == Anchor.DCT && e.comparative && c.narrative().isPresent()
                && c.narrative().get().granularity() == Unit.QUARTER && e.shift == -1) {
            // "a year ago" in a quarterly report compares with the same quarter
            a = c.narrative().get();
            granularity = Unit.QUARTER;
        }
        LocalDate d = a.date();
        d = switch (unit) {
            case DAY -> d.plusDays(e.shift);
            case WEEK, WEEKEND -> d.plusWeeks(e.shift);
            case MONTH -> d.plusMonths(e.shift);
            case QUARTER -> d.plusMonths(3L * e.shift);
            case YEAR -> d.plusYears(e.shift);
            case DECADE -> d.plusYears(10L * e.shift);
            case CENTURY -> d.plusYears(100L * e.shift);
            case HOUR, MINUTE, SECOND -> d;
        };
        if (unit.clock) {
            // "three hours later": the day is the best a date-only anchor gives
            return new Value(TimexType.TIME, d.toString(), mod, Optional.of(new Point(d, Unit.DAY)));
        }
        return value(e, new Point(start(d, granularity), granularity), mod);
    }

    private static Value value(Expr e, Point p, Optional<String> mod) {
        String v = format(p) + (p.granularity() == Unit.DAY ? timeSuffix(e) : "");
        TimexType type = p.granularity() == Unit.DAY && e.time != null ? TimexType.TIME : e.type;
        return new Value(type, v, mod, Optional.of(p));
    }

    // ---- points: "March 29", "in March", "on Friday", "the third quarter", "last summer", "the 1990s"

    private static Value point(Expr e, Context c, Optional<String> mod) {
        if (e.prefix != null) {
            return new Value(TimexType.DATE, e.prefix, mod, Optional.empty());
        }
        Optional<Integer> year = Optional.empty();
        if (e.year >= 0) {
            year = Optional.of(e.year);
        } else if (e.yearAnchor != null) {
            Optional<LocalDate> anchor = e.yearAnchor == Anchor.NARRATIVE
                    ? c.narrative().map(Point::date).or(c::dct) : c.dct();
            year = anchor.map(d -> d.getYear() + e.yearShift);
        } else if (c.sentenceYear() >= 0 && (e.month > 0 || e.sub != null) && e.weekday == 0) {
            year = Optional.of(c.sentenceYear()); // "In 2014, ... in March": the year just named
        }
        if (year.isEmpty() && c.dct().isPresent()) {
            return byDirection(e, c, c.dct().get(), mod);
        }
        if (year.isEmpty()) {
            String v = e.month > 0 ? "XXXX-" + two(e.month) + (e.day > 0 ? "-" + two(e.day) : "")
                    : e.weekday > 0 ? "XXXX-WXX-" + e.weekday : e.sub != null ? "XXXX-" + e.sub : "XXXX";
            return new Value(e.type, v + timeSuffix(e), mod, Optional.empty());
        }
        return fields(e, year.get(), mod);
    }

    /** Formats the fields the phrase gave, with the year now known. */
    private static Value fields(Expr e, int year, Optional<String> mod) {
        if ("THANKSGIVING".equals(e.sub)) {
            // the fourth Thursday of November
            LocalDate d = LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            return value(e, new Point(d, Unit.DAY), mod);
        }
        if (e.month > 0 && e.day > 0) {
            LocalDate d;
            try {
                d = LocalDate.of(year, e.month, e.day);
            } catch (java.time.DateTimeException x) {
                return new Value(e.type, year + "-" + two(e.month) + "-" + two(e.day), mod, Optional.empty());
            }
            return value(e, new Point(d, Unit.DAY), mod);
        }
        if (e.month > 0) {
            return new Value(TimexType.DATE, year + "-" + two(e.month), mod,
                    Optional.of(new Point(LocalDate.of(year, e.month, 1), Unit.MONTH)));
        }
        if (e.sub != null && e.sub.startsWith("Q")) {
            int q = e.sub.charAt(1) - '0';
            return new Value(TimexType.DATE, year + "-" + e.sub, mod,
                    Optional.of(new Point(LocalDate.of(year, 3 * q - 2, 1), Unit.QUARTER)));
        }
        if (e.sub != null) {
            return new Value(TimexType.DATE, year + "-" + e.sub, mod,
                    Optional.of(new Point(LocalDate.of(year, 1, 1), Unit.YEAR)));
        }
        return new Value(TimexType.DATE, Integer.toString(year), mod,
                Optional.of(new Point(LocalDate.of(year, 1, 1), Unit.YEAR)));
    }

    /** A year-less month, day, weekday, season or quarter: which one the tense or "last/next/this" points to. */
    private static Value byDirection(Expr e, Context c, LocalDate dct, Optional<String> mod) {
        Direction dir = e.direction;
        boolean strict = dir != Direction.BY_TENSE; // "last Friday" is never today; "on Friday" (past) may be
        if (dir == Direction.BY_TENSE) {
            dir = switch (c.tense()) {
                case PAST -> Direction.PAST;
                case FUTURE -> Direction.FUTURE;
                default -> null;
            };
        }
        if (e.weekday > 0 && e.month == 0) {
            DayOfWeek day = DayOfWeek.of(e.weekday);
            LocalDate d;
            if (dir == Direction.PAST) {
                d = strict ? dct.with(TemporalAdjusters.previous(day)) : dct.with(TemporalAdjusters.previousOrSame(day));
            } else if (dir == Direction.FUTURE) {
                d = strict ? dct.with(TemporalAdjusters.next(day)) : dct.with(TemporalAdjusters.nextOrSame(day));
            } else if (dir == Direction.THIS) {
                d = dct.with(day);
            } else {
                // no tense to go by: news reports mostly what happened, so the last such day
                d = dct.with(TemporalAdjusters.previousOrSame(day));
            }
            return value(e, new Point(d, Unit.DAY), mod);
        }
        if ("WE".equals(e.sub)) {
            LocalDate saturday;
            if (dir == Direction.PAST) {
                saturday = dct.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            } else if (dir == Direction.FUTURE) {
                saturday = dct.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            } else {
                saturday = dct.with(DayOfWeek.SATURDAY);
            }
            return new Value(TimexType.DATE, format(new Point(saturday, Unit.WEEK)) + "-WE", mod,
                    Optional.of(new Point(saturday, Unit.DAY)));
        }
        int year = dct.getYear();
        if ("THANKSGIVING".equals(e.sub)) {
            int y = dir == Direction.FUTURE ? (dct.getMonthValue() == 12 ? year + 1 : year)
                    : dct.getMonthValue() < 11 ? year - 1 : year;
            return fields(e, y, mod);
        }
        if (e.month > 0) {
            return fields(e, monthYear(e, dct, dir, strict), mod);
        }
        if (e.sub != null && e.sub.startsWith("Q") || e.sub != null && e.sub.startsWith("H")) {
            int startMonth = e.sub.startsWith("Q") ? 3 * (e.sub.charAt(1) - '0') - 2 : e.sub.equals("H1") ? 1 : 7;
            if (dir == Direction.PAST && startMonth > dct.getMonthValue()) {
                year--;
            }
            return fields(e, year, mod);
        }
        if (e.sub != null) {
            int startMonth = switch (e.sub) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            int month = dct.getMonthValue();
            boolean started = month >= startMonth;
            boolean inIt = started && month < startMonth + 3;
            if (dir == Direction.PAST) {
                year = !started || (strict && inIt) ? year - 1 : year;
            } else if (dir == Direction.FUTURE) {
                year = started && (strict || !inIt) ? year + 1 : year;
            }
            return fields(e, year, mod);
        }
        return fields(e, year, mod);
    }

    /**
     * The year of a year-less month or month-day. "last March" and "next March" are strict. Otherwise the
     * nearest such date wins, because writers add the year to dates more than a few months away; the tense
     * overrides only when it contradicts the nearest by more than about six weeks ("said in November", written
     * in October, is last year's November).
     */
    private static int monthYear(Expr e, LocalDate dct, Direction dir, boolean strict) {
        int year = dct.getYear();
        LocalDate here = dct;
        if (strict) {
            int h = here.getMonthValue() * 100 + (e.day > 0 ? here.getDayOfMonth() : 0);
            int t = e.month * 100 + (e.day > 0 ? e.day : 0);
            if (dir == Direction.PAST) {
                return t >= h ? year - 1 : year;
            }
            if (dir == Direction.FUTURE) {
                return t <= h ? year + 1 : year;
            }
            return year;
        }
        long best = Long.MAX_VALUE;
        int chosen = year;
        for (int y = year - 1; y <= year + 1; y++) {
            long d = offset(e, y, dct);
            if (Math.abs(d) < Math.abs(best)) {
                best = d;
                chosen = y;
            }
        }
        if (dir == Direction.PAST && best > 45) {
            chosen--;
        } else if (dir == Direction.FUTURE && best < -45) {
            chosen++;
        }
        return chosen;
    }

    /** Days from the document date to the date (or the middle of the month) in year {@code y}. */
    private static long offset(Expr e, int y, LocalDate dct) {
        LocalDate d = LocalDate.of(y, e.month, 1);
        d = e.day > 0 ? d.withDayOfMonth(Math.min(e.day, d.lengthOfMonth())) : d.withDayOfMonth(15);
        return d.toEpochDay() - dct.toEpochDay();
    }

    // ---- formatting

    static String format(Point p) {
        LocalDate d = p.date();
        return switch (p.granularity()) {
            case DAY, HOUR, MINUTE, SECOND -> d.toString();
            case WEEK, WEEKEND -> d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> year(d) + "-" + two(d.getMonthValue());
            case QUARTER -> year(d) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(d);
            case DECADE -> year(d).substring(0, 3);
            case CENTURY -> year(d).substring(0, 2);
        };
    }

    private static String year(LocalDate d) {
        return String.format("%04d", d.getYear());
    }

    private static LocalDate start(LocalDate d, Unit granularity) {
        return switch (granularity) {
            case WEEK, WEEKEND -> d.with(DayOfWeek.MONDAY);
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> quarterStart(d);
            case YEAR, DECADE, CENTURY -> d.withDayOfYear(1);
            default -> d;
        };
    }

    private static LocalDate quarterStart(LocalDate d) {
        return LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private static boolean coarser(Unit a, Unit b) {
        return rank(a) > rank(b);
    }

    private static int rank(Unit u) {
        return switch (u) {
            case SECOND, MINUTE, HOUR, DAY -> 0;
            case WEEK, WEEKEND -> 1;
            case MONTH -> 2;
            case QUARTER -> 3;
            case YEAR -> 4;
            case DECADE -> 5;
            case CENTURY -> 6;
        };
    }

    private static String unknown(Unit u) {
        return switch (u) {
            case WEEK, WEEKEND -> "XXXX-WXX";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case YEAR, DECADE, CENTURY -> "XXXX";
            default -> "XXXX-XX-XX";
        };
    }

    private static String timeSuffix(Expr e) {
        if (e.time == null) {
            return "";
        }
        return "T" + e.time;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
