package org.parley.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/** A calendar value at its precision ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}) as the days it covers. */
final class CalendarDates {

    /** The first and the last day a value covers. */
    record Days(LocalDate first, LocalDate last) {
    }

    private CalendarDates() {
    }

    /** The days {@code value} covers; empty when it is no calendar value (a week, a season, a year-less day). */
    static Optional<Days> of(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(value);
                return Optional.of(new Days(d, d));
            } else if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(value);
                return Optional.of(new Days(m.atDay(1), m.atEndOfMonth()));
            } else if (value.matches("\\d{4}")) {
                Year y = Year.parse(value);
                return Optional.of(new Days(y.atDay(1), y.atMonth(12).atEndOfMonth()));
            }
        } catch (DateTimeException e) {
            // not a calendar value: empty below
        }
        return Optional.empty();
    }
}
