package org.parley.time;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words time expressions are made of, looked up once per word in hash maps: the grammar then works on these
 * categories, never on the text, which is what keeps the tagger fast.
 */
final class Lexicon {

    /** Calendar units, finest first; the order is used to compare granularities. */
    enum Unit {
        SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEKEND("WE", false),
        WEEK("W", false), MONTH("M", false), QUARTER("Q", false), YEAR("Y", false), DECADE("DE", false),
        CENTURY("CE", false);

        final String code;
        final boolean clock;

        Unit(String code, boolean clock) {
            this.code = code;
            this.clock = clock;
        }
    }

    static final Map<String, Integer> MONTHS = new HashMap<>();
    /** Abbreviations without a full stop ("Jun", "Mar") are names too often ("Zhang Jun"): only with a number. */
    static final Set<String> BARE_MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    static final Map<String, Integer> NUMBERS = new HashMap<>();
    static final Map<String, Integer> ORDINALS = new HashMap<>();
    static final Map<String, Unit> UNITS = new HashMap<>();
    static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA",
            "winter", "WI");
    static final Map<String, String> PARTS_OF_DAY = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "overnight", "NI");
    /** Adverbs and adjectives that refer to the present, past or future as a whole. */
    static final Map<String, String> REFS = Map.of("now", "PRESENT_REF", "currently", "PRESENT_REF",
            "current", "PRESENT_REF", "nowadays", "PRESENT_REF", "recently", "PAST_REF", "recent", "PAST_REF",
            "lately", "PAST_REF");
    static final Map<String, String> SETS = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "annually", "P1Y", "yearly", "P1Y", "nightly", "P1D", "hourly", "PT1H");
    /** "early March", "mid-2022", "late last year": TIMEX3 mods for a part of a period. */
    static final Map<String, String> PART_MODS = Map.of("early", "START", "earlier", "START", "mid", "MID",
            "late", "END", "later", "END");
    /** "about three weeks", "more than a year": TIMEX3 mods for an amount. */
    static final Map<String, String> AMOUNT_MODS = Map.of("about", "APPROX", "around", "APPROX",
            "approximately", "APPROX", "roughly", "APPROX", "nearly", "EQUAL_OR_LESS", "almost", "EQUAL_OR_LESS",
            "over", "MORE_THAN", "some", "APPROX");
    /** Words before a number that make it a label, not a year: "Article 2014", "Resolution 2202", "No. 1989". */
    static final Set<String> LABELS = Set.of("article", "articles", "resolution", "resolutions", "no.", "no",
            "number", "paragraph", "section", "point", "clause", "chapter", "page", "pages", "item", "flight",
            "route", "room", "model", "protocol", "decree", "law", "bill", "order", "code", "unit", "brigade",
            "division", "regiment", "battalion", "highway", "road", "#", "$", "us$", "€", "£", "rs", "vol.", "pp.",
            "p.", "version", "amendment", "annex", "platform", "gate", "building", "house", "street", "avenue",
            "exit", "km", "kilometre", "kilometer", "mile", "minus", "plus", "than", "about", "nearly", "some",
            "dow", "index", "s&p", "at", "to");

    static {
        String[][] months = {
            {"january", "jan", "jan."}, {"february", "feb", "feb."}, {"march", "mar", "mar."},
            {"april", "apr", "apr."}, {"may"}, {"june", "jun", "jun."}, {"july", "jul", "jul."},
            {"august", "aug", "aug."}, {"september", "sep", "sep.", "sept", "sept."}, {"october", "oct", "oct."},
            {"november", "nov", "nov."}, {"december", "dec", "dec."}};
        for (int m = 0; m < 12; m++) {
            for (String w : months[m]) {
                MONTHS.put(w, m + 1);
            }
        }
        String[][] days = {{"monday", "mon."}, {"tuesday", "tue.", "tues."}, {"wednesday", "wed."},
            {"thursday", "thu.", "thur.", "thurs."}, {"friday", "fri."}, {"saturday", "sat."}, {"sunday", "sun."}};
        for (int d = 0; d < 7; d++) {
            for (String w : days[d]) {
                WEEKDAYS.put(w, d + 1);
            }
        }
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < ones.length; i++) {
            NUMBERS.put(ones[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            NUMBERS.put(tens[i], 20 + 10 * i);
        }
        NUMBERS.put("hundred", 100);
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
        NUMBERS.put("dozen", 12);
        String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"};
        for (int i = 0; i < ordinals.length; i++) {
            ORDINALS.put(ordinals[i], i + 1);
        }
        ORDINALS.put("thirtieth", 30);
        Object[][] units = {{"second", Unit.SECOND}, {"sec", Unit.SECOND}, {"minute", Unit.MINUTE},
            {"min", Unit.MINUTE}, {"hour", Unit.HOUR}, {"hr", Unit.HOUR}, {"day", Unit.DAY}, {"week", Unit.WEEK},
            {"fortnight", Unit.WEEK}, {"weekend", Unit.WEEKEND}, {"month", Unit.MONTH}, {"quarter", Unit.QUARTER},
            {"year", Unit.YEAR}, {"decade", Unit.DECADE}, {"century", Unit.CENTURY}};
        for (Object[] u : units) {
            UNITS.put((String) u[0], (Unit) u[1]);
            UNITS.put(u[0] + "s", (Unit) u[1]);
        }
        UNITS.put("centuries", Unit.CENTURY);
    }

    private Lexicon() {
    }
}
