package org.parley.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.TimexType;
import org.parley.time.Expr.Anchor;
import org.parley.time.Expr.Direction;
import org.parley.time.Expr.Kind;
import org.parley.time.Lexicon.Unit;

/**
 * Recognizes time expressions in the words of one sentence. Each rule is a small hand-written parser over the
 * word categories the lexicon gave; at each word the longest match of all rules wins and scanning goes on after
 * it. A word that no rule can start with is skipped with one field test, so most of the text costs nothing.
 */
final class Grammar {

    /** A phrase over words {@code [start, end)} and what it means. */
    record Match(int start, int end, Expr expr) {
    }

    private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss",
            "sen.", "rep.", "gen.", "col.", "lt.", "capt.", "prof.");
    private static final Set<String> NP_START_TAGS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD",
            "JJ", "POS", "WP", "EX");

    private final List<Word> w;
    private final int n;

    private Grammar(List<Word> words) {
        this.w = words;
        this.n = words.size();
    }

    static List<Match> matches(List<Word> words) {
        Grammar g = new Grammar(words);
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < g.n) {
            Match m = g.at(i);
            if (m != null && m.end > i) {
                found.add(m);
                i = m.end;
            } else {
                i++;
            }
        }
        return found;
    }

    // ---- word tests

    private boolean is(int i, String word) {
        return i < n && w.get(i).lower.equals(word);
    }

    private boolean isAny(int i, Set<String> words) {
        return i < n && words.contains(w.get(i).lower);
    }

    private static Match best(Match a, Match b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.end > a.end ? b : a;
    }

    // ---- entry: modifiers, then the core rules

    private Match at(int i) {
        Word first = w.get(i);
        String lower = first.lower;
        // "the end of March", "the beginning of next year", "the middle of 2022"
        if (lower.equals("the") && i + 2 < n && is(i + 2, "of")) {
            String part = w.get(i + 1).lower;
            String mod = switch (part) {
                case "end", "close" -> "END";
                case "beginning", "start" -> "START";
                case "middle" -> "MID";
                default -> null;
            };
            if (mod != null) {
                Match m = core(i + 3);
                if (m != null && m.expr.kind != Kind.LITERAL && m.expr.type == TimexType.DATE) {
                    return new Match(i, m.end, m.expr.mod(mod));
                }
            }
        }
        String partMod = Lexicon.PART_MODS.get(lower);
        if (partMod != null && i + 1 < n) {
            Match m = core(i + 1);
            // "late March", "early next year", "mid-2022", "earlier this month"; not "late payments"
            if (m != null && m.expr.kind != Kind.LITERAL && m.expr.type != TimexType.DURATION) {
                boolean comparative = lower.equals("earlier") || lower.equals("later");
                if (!comparative || m.expr.kind == Kind.SHIFT) {
                    return new Match(i, m.end, m.expr.mod(partMod));
                }
            }
        }
        String amountMod = amountMod(i);
        if (amountMod != null) {
            int skip = amountModLength(i);
            Match m = core(i + skip);
            if (m != null && m.expr.type == TimexType.DURATION) {
                return new Match(i, m.end, m.expr.mod(amountMod));
            }
            if (m != null && m.expr.kind == Kind.SHIFT && m.expr.unit != null && !lower.equals("some")) {
                return new Match(i, m.end, m.expr.mod(amountMod.equals("MORE_THAN") ? "BEFORE" : "APPROX"));
            }
        }
        return core(i);
    }

    private String amountMod(int i) {
        String lower = w.get(i).lower;
        if ((lower.equals("more") || lower.equals("less") || lower.equals("fewer")) && is(i + 1, "than")) {
            return lower.equals("more") ? "MORE_THAN" : "LESS_THAN";
        }
        if (lower.equals("at") && (is(i + 1, "least") || is(i + 1, "most"))) {
            return is(i + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
        }
        if (lower.equals("up") && is(i + 1, "to")) {
            return "EQUAL_OR_LESS";
        }
        if (lower.equals("no") && is(i + 1, "more") && is(i + 2, "than")) {
            return "EQUAL_OR_LESS";
        }
        return Lexicon.AMOUNT_MODS.get(lower);
    }

    private int amountModLength(int i) {
        String lower = w.get(i).lower;
        if (lower.equals("no")) {
            return 3;
        }
        return lower.equals("more") || lower.equals("less") || lower.equals("fewer") || lower.equals("at")
                || lower.equals("up") ? 2 : 1;
    }

    private Match core(int i) {
        if (i >= n) {
            return null;
        }
        Match m = null;
        Word x = w.get(i);
        if (x.month > 0 || x.weekday > 0 || x.number >= 0 || x.ordinal > 0 || x.is("the")) {
            m = best(m, date(i));
        }
        if (x.digits == 4 || x.is("fiscal") || x.is("the") || x.lower.endsWith("s")) {
            m = best(m, year(i));
            m = best(m, decade(i));
        }
        m = best(m, relative(i));
        m = best(m, deictic(i));
        m = best(m, quarter(i));
        m = best(m, season(i, Direction.BY_TENSE));
        if (x.number >= 0 || x.is("noon") || x.is("midnight")) {
            m = best(m, clock(i));
        }
        m = best(m, duration(i));
        m = best(m, set(i));
        m = best(m, ref(i));
        m = best(m, anaphoric(i));
        m = best(m, holiday(i));
        m = best(m, weekend(i));
        m = best(m, vague(i));
        m = best(m, spokenYear(i));
        return m;
    }

    /** "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving (Day)": a day of a year-less date. */
    private Match holiday(int i) {
        Word x = w.get(i);
        if (!x.capitalized()) {
            return null;
        }
        Expr e = new Expr();
        int end;
        if (x.is("christmas")) {
            e.month = 12;
            e.day = is(i + 1, "eve") ? 24 : 25;
            end = is(i + 1, "eve") || is(i + 1, "day") ? i + 2 : i + 1;
        } else if (x.is("new") && is(i + 1, "year") && is(i + 2, "'s") && (is(i + 3, "day") || is(i + 3, "eve"))) {
            e.month = is(i + 3, "eve") ? 12 : 1;
            e.day = is(i + 3, "eve") ? 31 : 1;
            end = i + 4;
        } else if (x.is("thanksgiving")) {
            e.month = 11;
            e.sub = "THANKSGIVING";
            end = is(i + 1, "day") ? i + 2 : i + 1;
        } else {
            return null;
        }
        Match y = yearPhrase(end);
        if (y != null) {
            copyYear(y.expr, e);
            end = y.end;
        }
        return new Match(i, end, e);
    }

    /** "the weekend", "this weekend", "over the weekend": the weekend by the tense. */
    private Match weekend(int i) {
        if (is(i, "the") && is(i + 1, "weekend")) {
            Expr e = new Expr();
            e.sub = "WE";
            return new Match(i, i + 2, e);
        }
        return null;
    }

    /** A bare plural unit after a preposition: "for years", "within days", "over months". */
    private Match vague(int i) {
        Word x = w.get(i);
        if (x.unit == null || !x.plural() || x.unit == Unit.QUARTER || x.unit == Unit.WEEKEND || i == 0) {
            return null;
        }
        if (isAny(i - 1, Set.of("for", "in", "within", "over", "after", "took", "lasted"))
                && !(i + 1 < n && (w.get(i + 1).is("of") || w.get(i + 1).is("'") || w.get(i + 1).is("ago")))) {
            return new Match(i, i + 1, Expr.literal(TimexType.DURATION, period(x.unit, "X")));
        }
        return null;
    }

    /** Years said in words, as broadcast transcripts write them: "nineteen ninety-six", "two thousand". */
    private Match spokenYear(int i) {
        int j = is(i, "the") && is(i + 1, "year") ? i + 2 : i;
        if (j + 1 >= n) {
            return null;
        }
        Word x = w.get(j);
        if (x.is("nineteen") || x.is("eighteen")) {
            Word t = w.get(j + 1);
            if (t.digits == 0 && t.number >= 10 && t.number < 100) {
                long y = (x.is("nineteen") ? 1900 : 1800) + t.number;
                int end = j + 2;
                if (t.number % 10 == 0 && t.number >= 20 && end < n && w.get(end).digits == 0
                        && w.get(end).number > 0 && w.get(end).number < 10) {
                    y += w.get(end).number;
                    end++;
                }
                Expr e = new Expr();
                e.year = (int) y;
                return new Match(i, end, e);
            }
        }
        if (x.is("two") && is(j + 1, "thousand") && j > i) {
            Expr e = new Expr();
            e.year = 2000;
            return new Match(i, j + 2, e);
        }
        return null;
    }

    // ---- calendar dates

    /** A month word that names a month here: capitalized, not a verb or modal, an abbreviation only before a number. */
    private boolean monthAt(int i) {
        if (i >= n) {
            return false;
        }
        Word x = w.get(i);
        if (x.month == 0 || !x.capitalized()) {
            return false;
        }
        if ((x.is("may") || x.is("march")) && (x.pos.equals("MD") || x.pos.startsWith("VB"))) {
            return false;
        }
        if (Lexicon.BARE_MONTH_ABBREVIATIONS.contains(x.lower)) {
            return i + 1 < n && (dayAt(i + 1) || yearAt(i + 1));
        }
        return true;
    }

    private boolean dayAt(int i) {
        if (i >= n) {
            return false;
        }
        Word x = w.get(i);
        return (x.digits > 0 && x.digits <= 2 && x.number >= 1 && x.number <= 31) || (x.ordinal >= 1
                && x.ordinal <= 31 && Character.isDigit(x.lower.charAt(0)));
    }

    private int dayValue(int i) {
        Word x = w.get(i);
        return x.digits > 0 ? (int) x.number : x.ordinal;
    }

    /** A four-digit number that reads as a year in this place. */
    private boolean yearAt(int i) {
        if (i >= n) {
            return false;
        }
        Word x = w.get(i);
        if (x.digits != 4 || x.number < 1000 || x.number > 2199) {
            return false;
        }
        if (i > 0 && isAny(i - 1, Lexicon.LABELS) && !x.joined) {
            return false;
        }
        if (i > 0 && (w.get(i - 1).is("$") || w.get(i - 1).text.endsWith("$"))) {
            return false;
        }
        if (i + 1 < n) {
            Word next = w.get(i + 1);
            // "2000 soldiers", "1500 tonnes": a quantity; "the 2022 talks" keeps the year
            boolean quantityNoun = next.pos.equals("NNS") && next.unit == null
                    && !(i > 0 && (w.get(i - 1).pos.equals("DT") || w.get(i - 1).pos.equals("POS")
                    || w.get(i - 1).pos.equals("PRP$") || w.get(i - 1).pos.equals("JJ")
                    || w.get(i - 1).pos.equals("IN")));
            if (quantityNoun || next.is("%") || next.is("percent") || next.is("per") || (next.unit != null
                    && next.joined)) {
                return false;
            }
            if (next.digits > 0 && !next.joined) {
                return false; // part of a number written with spaces
            }
        }
        return true;
    }

    private Match date(int i) {
        int j = i;
        int weekday = 0;
        if (j < n && w.get(j).weekday > 0 && w.get(j).capitalized()) {
            weekday = w.get(j).weekday;
            j++;
            if (is(j, ",")) {
                j++;
            }
        }
        Match m = null;
        // Month [day] [,] [year]   "March 29, 2022", "March 2022", "March of 2022"
        if (monthAt(j)) {
            Expr e = new Expr();
            e.month = w.get(j).month;
            int k = j + 1;
            if (dayAt(k) && !(k + 1 < n && w.get(k + 1).unit != null)) {
                e.day = dayValue(k);
                k++;
                int y = k;
                if (is(y, ",")) {
                    y++;
                }
                if (yearAt(y)) {
                    e.year = (int) w.get(y).number;
                    k = y + 1;
                }
            } else if (yearAt(k)) {
                e.year = (int) w.get(k).number;
                k++;
            } else if (is(k, "of") || is(k, ",")) {
                Match y = yearPhrase(k + 1);
                if (y != null && (is(k, "of") || y.expr.explicitYear())) {
                    copyYear(y.expr, e);
                    k = y.end;
                }
            } else {
                Match y = yearPhrase(k);
                if (y != null && y.expr.kind == Kind.POINT && y.expr.yearAnchor != null) {
                    copyYear(y.expr, e); // "March last year", "October this year"
                    k = y.end;
                }
            }
            if (e.day == 0 && e.year < 0 && e.yearAnchor == null && personName(j)) {
                return null;
            }
            e.weekday = weekday;
            m = partOfDay(new Match(i, k, e));
        }
        // Day Month [year]   "29 March 2022", "the 29th of March"
        int d = j;
        if (weekday == 0 && is(d, "the") && d + 1 < n && w.get(d + 1).ordinal > 0) {
            d++;
        }
        if (d < n && (dayAt(d) || (w.get(d).ordinal > 0 && w.get(d).ordinal <= 31 && d > j))) {
            int k = d + 1;
            if (is(k, "of")) {
                k++;
            }
            if (monthAt(k)) {
                Expr e = new Expr();
                e.day = dayValue(d);
                e.month = w.get(k).month;
                e.weekday = weekday;
                k++;
                if (is(k, ",") && yearAt(k + 1)) {
                    k++;
                }
                if (yearAt(k)) {
                    e.year = (int) w.get(k).number;
                    k++;
                }
                m = best(m, partOfDay(new Match(i, k, e)));
            }
        }
        // ISO 2022-03-29
        if (weekday == 0 && j + 2 < n && w.get(j).digits == 4 && w.get(j + 1).joined && w.get(j + 1).digits == 2
                && w.get(j + 2).joined && w.get(j + 2).digits == 2) {
            int mo = (int) w.get(j + 1).number;
            int da = (int) w.get(j + 2).number;
            if (mo >= 1 && mo <= 12 && da >= 1 && da <= 31) {
                Expr e = new Expr();
                e.year = (int) w.get(j).number;
                e.month = mo;
                e.day = da;
                m = best(m, new Match(i, j + 3, e));
            }
        }
        // A weekday alone: "on Friday", "Friday morning"; a comma after it is not part of it
        if (m == null && weekday > 0) {
            Expr e = new Expr();
            e.weekday = weekday;
            m = partOfDay(new Match(i, is(j - 1, ",") ? j - 1 : j, e));
        }
        return m;
    }

    /** "April Ryan", "Mr. June", "June Carter": a month word that is part of a name. */
    private boolean personName(int i) {
        if (i > 0 && (isAny(i - 1, TITLES) || (w.get(i - 1).properNoun() && w.get(i - 1).capitalized()
                && w.get(i - 1).month == 0 && w.get(i - 1).weekday == 0 && !w.get(i - 1).is("in")
                && i - 1 > 0))) {
            return true;
        }
        if (i + 1 < n) {
            Word next = w.get(i + 1);
            return next.capitalized() && next.properNoun() && next.month == 0 && next.weekday == 0
                    && next.number < 0;
        }
        return false;
    }

    private static void copyYear(Expr from, Expr to) {
        to.year = from.year;
        to.yearAnchor = from.yearAnchor;
        to.yearShift = from.yearShift;
    }

    /** Extends a date with a part of day: "Friday morning", "March 29 evening"; "Friday night" too. */
    private Match partOfDay(Match m) {
        int k = m.end;
        if (k < n) {
            String pod = Lexicon.PARTS_OF_DAY.get(w.get(k).lower);
            if (pod != null && !w.get(k).is("overnight")) {
                m.expr.time = pod;
                m.expr.type = TimexType.TIME;
                return new Match(m.start, k + 1, m.expr);
            }
        }
        return m;
    }

    /** A year reference: "2022", "this year", "last year", "the same year", "that year", "the previous year". */
    private Match yearPhrase(int i) {
        if (i >= n) {
            return null;
        }
        if (yearAt(i)) {
            Expr e = new Expr();
            e.year = (int) w.get(i).number;
            return new Match(i, i + 1, e);
        }
        Match r = relative(i);
        if (r == null) {
            r = anaphoric(i);
        }
        if (r != null && r.expr.kind == Kind.SHIFT && r.expr.unit == Unit.YEAR && r.expr.time == null) {
            Expr e = new Expr();
            e.yearAnchor = r.expr.anchor;
            e.yearShift = r.expr.shift;
            return new Match(i, r.end, e);
        }
        return null;
    }

    /** "2022", "fiscal 2022", "the year 2022". */
    private Match year(int i) {
        int j = i;
        if (is(j, "fiscal")) {
            j++;
        } else if (is(j, "the") && is(j + 1, "year")) {
            j += 2;
        }
        if (!yearAt(j)) {
            return null;
        }
        // "1990-91", "2014-2015" are two years; the second part becomes its own match
        Expr e = new Expr();
        e.year = (int) w.get(j).number;
        return new Match(i, j + 1, e);
    }

    /** "the 1990s", "the '90s", "the early 2000s", "the nineties", "the 20th century", "this century". */
    private Match decade(int i) {
        int j = i;
        if (is(j, "the")) {
            j++;
        }
        String mod = null;
        if (j < n && Lexicon.PART_MODS.containsKey(w.get(j).lower) && !is(j, "earlier") && !is(j, "later")) {
            mod = Lexicon.PART_MODS.get(w.get(j).lower);
            j++;
        }
        if (j >= n) {
            return null;
        }
        Word x = w.get(j);
        String t = x.lower;
        String prefix = null;
        if (t.length() == 5 && t.endsWith("s") && plainDigits(t, 0, 4) && t.charAt(3) == '0') {
            prefix = t.substring(0, 3);
        } else if (t.length() == 4 && t.startsWith("'") && t.endsWith("0s") && plainDigits(t, 1, 3)) {
            prefix = (t.charAt(1) >= '3' ? "19" : "20") + t.charAt(1);
        } else if (j + 1 < n && x.is("'") && w.get(j + 1).lower.matches("\\d0s")) {
            String d = w.get(j + 1).lower;
            prefix = (d.charAt(0) >= '3' ? "19" : "20") + d.charAt(0);
            j++;
        } else if (j + 1 < n && x.ordinal >= 1 && x.ordinal <= 21 && w.get(j + 1).unit == Unit.CENTURY
                && !w.get(j + 1).plural()) {
            Expr e = new Expr();
            e.prefix = String.format("%02d", x.ordinal - 1);
            return new Match(i, j + 2, e.mod(mod));
        } else {
            String[] words = {"twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                "nineties"};
            for (int k = 0; k < words.length; k++) {
                if (t.equals(words[k]) && j > i) {
                    prefix = "19" + (k + 2);
                }
            }
        }
        if (prefix == null) {
            return null;
        }
        Expr e = new Expr();
        e.prefix = prefix;
        return new Match(i, j + 1, e.mod(mod));
    }

    private static boolean plainDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    // ---- relative to the document date

    /**
     * "last year", "this week", "next month", "the past year", "last Friday", "next March", "last summer",
     * "this morning", "last night", "the coming weeks".
     */
    private Match relative(int i) {
        int j = i;
        boolean the = false;
        if (is(j, "the")) {
            the = true;
            j++;
        }
        if (j + 1 >= n) {
            return null;
        }
        String rel = w.get(j).lower;
        int shift;
        switch (rel) {
            case "last", "past", "previous" -> shift = -1;
            case "next", "coming" -> shift = 1;
            case "this", "current" -> shift = 0;
            default -> {
                return null;
            }
        }
        if (the && rel.equals("this")) {
            return null;
        }
        int k = j + 1;
        Word x = w.get(k);
        if (x.unit != null && !x.plural()) {
            if (x.unit.clock) {
                return null;
            }
            if (x.unit == Unit.QUARTER || x.unit == Unit.DECADE || x.unit == Unit.CENTURY) {
                if (rel.equals("past") || the && !rel.equals("current")) {
                    return null; // "the last quarter" is usually the fourth quarter; "the past decade" a duration
                }
            }
            if (the && rel.equals("next") && x.unit != Unit.WEEKEND) {
                // "the next day" counts from the story's last date, not from today
                Expr e = Expr.shift(Anchor.NARRATIVE, x.unit, 1);
                return new Match(i, k + 1, e);
            }
            if (the && rel.equals("previous")) {
                return new Match(i, k + 1, Expr.shift(Anchor.NARRATIVE, x.unit, -1));
            }
            Expr e = Expr.shift(Anchor.DCT, x.unit, shift);
            if (x.unit == Unit.WEEKEND) {
                e = new Expr();
                e.sub = "WE";
                e.direction = shift < 0 ? Direction.PAST : shift > 0 ? Direction.FUTURE : Direction.THIS;
            }
            return new Match(i, k + 1, e);
        }
        if (x.unit != null && x.plural() && (rel.equals("coming") || rel.equals("past") || rel.equals("last")
                || rel.equals("next")) && the) {
            // "the coming weeks", "the past months": an unspecified stretch
            Expr e = Expr.literal(TimexType.DURATION, "P" + (x.unit.clock ? "T" : "") + "X" + x.unit.code);
            return new Match(i, k + 1, e);
        }
        if (the) {
            return null;
        }
        if (x.weekday > 0 && x.capitalized()) {
            Expr e = new Expr();
            e.weekday = x.weekday;
            e.direction = shift < 0 ? Direction.PAST : shift > 0 ? Direction.FUTURE : Direction.THIS;
            return partOfDay(new Match(i, k + 1, e));
        }
        if (x.month > 0 && x.capitalized() && !Lexicon.BARE_MONTH_ABBREVIATIONS.contains(x.lower)) {
            Expr e = new Expr();
            e.month = x.month;
            e.direction = shift < 0 ? Direction.PAST : shift > 0 ? Direction.FUTURE : Direction.THIS;
            return new Match(i, k + 1, e);
        }
        String season = Lexicon.SEASONS.get(x.lower);
        if (season != null && x.pos.startsWith("NN")) {
            Expr e = new Expr();
            e.sub = season;
            e.direction = shift < 0 ? Direction.PAST : shift > 0 ? Direction.FUTURE : Direction.THIS;
            return new Match(i, k + 1, e);
        }
        String pod = Lexicon.PARTS_OF_DAY.get(x.lower);
        if (pod != null && (rel.equals("this") || rel.equals("last"))) {
            // "this morning" is today's; "last night" yesterday's
            Expr e = Expr.shift(Anchor.DCT, Unit.DAY, rel.equals("last") && pod.equals("NI") ? -1 : 0);
            if (rel.equals("last") && !pod.equals("NI")) {
                return null;
            }
            e.time = pod;
            e.type = TimexType.TIME;
            return new Match(i, k + 1, e);
        }
        return null;
    }

    /** "today", "yesterday", "tomorrow", "tonight", with a part of day; "the day before yesterday". */
    private Match deictic(int i) {
        Word x = w.get(i);
        int shift;
        switch (x.lower) {
            case "today" -> shift = 0;
            case "yesterday" -> shift = -1;
            case "tomorrow" -> shift = 1;
            case "tonight" -> {
                Expr e = Expr.shift(Anchor.DCT, Unit.DAY, 0);
                e.time = "NI";
                e.type = TimexType.TIME;
                return new Match(i, i + 1, e);
            }
            default -> {
                if (x.is("the") && is(i + 1, "day") && (is(i + 2, "before") || is(i + 2, "after"))) {
                    if (is(i + 3, "yesterday")) {
                        return new Match(i, i + 4, Expr.shift(Anchor.DCT, Unit.DAY, -2));
                    }
                    if (is(i + 3, "tomorrow")) {
                        return new Match(i, i + 4, Expr.shift(Anchor.DCT, Unit.DAY, 2));
                    }
                }
                return null;
            }
        }
        // "today's" stays a date; "today" as "nowadays" ("today's Russia") is rare in news and still the date
        Expr e = Expr.shift(Anchor.DCT, Unit.DAY, shift);
        Match m = new Match(i, i + 1, e);
        if (i + 1 < n && Lexicon.PARTS_OF_DAY.containsKey(w.get(i + 1).lower) && !is(i + 1, "overnight")) {
            e.time = Lexicon.PARTS_OF_DAY.get(w.get(i + 1).lower);
            e.type = TimexType.TIME;
            m = new Match(i, i + 2, e);
        }
        return m;
    }

    /** PRESENT_REF, PAST_REF, FUTURE_REF: "now", "currently", "recently", "the past", "the future". */
    private Match ref(int i) {
        Word x = w.get(i);
        String v = Lexicon.REFS.get(x.lower);
        if (v != null) {
            if (x.is("now") && (is(i + 1, "that") || (i > 0 && (is(i - 1, "by") || is(i - 1, "until")
                    || is(i - 1, "till"))))) {
                return x.is("now") && is(i + 1, "that") ? null : new Match(i, i + 1, Expr.literal(TimexType.DATE, v));
            }
            if (x.is("current") && !x.pos.startsWith("JJ")) {
                return null;
            }
            if (x.is("recent") && i + 1 < n && w.get(i + 1).unit != null && w.get(i + 1).plural()) {
                Unit u = w.get(i + 1).unit;
                Expr e = u == Unit.YEAR ? Expr.literal(TimexType.DATE, "PAST_REF")
                        : Expr.literal(TimexType.DURATION, "P" + (u.clock ? "T" : "") + "X" + u.code);
                return new Match(i, i + 2, e);
            }
            if (x.is("current") || x.is("recent")) {
                // "current" and "recent" only before a noun: "the current talks", "recent attacks"
                if (i + 1 >= n || !w.get(i + 1).pos.startsWith("NN")) {
                    return null;
                }
            }
            int start = i;
            if (x.is("now") && i > 0 && is(i - 1, "right")) {
                start = i - 1;
            }
            return new Match(start, i + 1, Expr.literal(TimexType.DATE, v));
        }
        if (x.is("the") && i + 1 < n) {
            int j = i + 1;
            if (is(j, "near") || is(j, "distant") || is(j, "foreseeable") || is(j, "immediate")) {
                j++;
            }
            if (is(j, "future") && w.get(j).pos.startsWith("NN")) {
                return new Match(i, j + 1, Expr.literal(TimexType.DATE, "FUTURE_REF"));
            }
            if (j == i + 1 && is(j, "past") && w.get(j).pos.startsWith("NN") && !(j + 1 < n
                    && (w.get(j + 1).number >= 0 || w.get(j + 1).unit != null))) {
                return new Match(i, j + 1, Expr.literal(TimexType.DATE, "PAST_REF"));
            }
        }
        if (x.is("these") && is(i + 1, "days")) {
            return new Match(i, i + 2, Expr.literal(TimexType.DATE, "PRESENT_REF"));
        }
        return null;
    }

    // ---- quarters, halves, seasons

    /**
     * "the third quarter", "third-quarter", "the fourth quarter of 2021", "Q3", "the first half of 2022",
     * "the quarter", "the latest quarter", "the year-earlier quarter".
     */
    private Match quarter(int i) {
        int j = i;
        if (is(j, "the")) {
            j++;
        }
        if (j >= n) {
            return null;
        }
        Word x = w.get(j);
        int q = 0;
        String sub = null;
        int k;
        if (x.ordinal >= 1 && x.ordinal <= 4 && is(j + 1, "quarter")) {
            q = x.ordinal;
            sub = "Q" + q;
            k = j + 2;
        } else if ((x.is("first") || x.is("second")) && is(j + 1, "half")) {
            sub = x.is("first") ? "H1" : "H2";
            k = j + 2;
        } else if (x.lower.length() == 2 && x.lower.charAt(0) == 'q' && x.text.charAt(0) == 'Q'
                && x.lower.charAt(1) >= '1' && x.lower.charAt(1) <= '4') {
            sub = "Q" + x.lower.charAt(1);
            k = j + 1;
        } else if (j > i && (x.is("latest") || x.is("current") || x.is("same")) && is(j + 1, "quarter")) {
            Expr e = Expr.shift(Anchor.NARRATIVE, Unit.QUARTER, 0);
            e.sub = "LATEST";
            return new Match(i, j + 2, e);
        } else if (j > i && x.is("quarter") && !(j + 1 < n && w.get(j + 1).is("of"))) {
            Expr e = Expr.shift(Anchor.NARRATIVE, Unit.QUARTER, 0);
            e.sub = "LATEST";
            return new Match(i, j + 1, e);
        } else if (x.is("year") && j + 1 < n && (w.get(j + 1).is("earlier") || w.get(j + 1).is("ago"))
                && w.get(j + 1).joined) {
            // "the year-earlier quarter", "year-ago results": the same period a year before
            Expr e = Expr.shift(Anchor.NARRATIVE, Unit.YEAR, -1);
            int end = j + 2;
            if (end < n && (w.get(end).is("quarter") || w.get(end).is("period"))) {
                end++;
            } else if (j > i) {
                return null;
            }
            return new Match(i, end, e);
        } else {
            return null;
        }
        Expr e = new Expr();
        e.sub = sub;
        if (is(k, "of") || is(k, ",")) {
            Match y = yearPhrase(k + 1);
            if (y != null) {
                copyYear(y.expr, e);
                k = y.end;
            }
        } else {
            Match y = yearPhrase(k);
            if (y != null) {
                copyYear(y.expr, e);
                k = y.end;
            }
        }
        if (e.year < 0 && e.yearAnchor == null && j > i && i > 0 && w.get(i - 1).is("'s")) {
            return null;
        }
        return new Match(i, k, e);
    }

    /** "spring 2022", "the summer of 2014", "the winter", "autumn". */
    private Match season(int i, Direction direction) {
        int j = i;
        if (is(j, "the")) {
            j++;
        }
        if (j >= n) {
            return null;
        }
        Word x = w.get(j);
        String s = Lexicon.SEASONS.get(x.lower);
        if (s == null || !x.pos.startsWith("NN") || (x.capitalized() && j + 1 < n && w.get(j + 1).properNoun()
                && w.get(j + 1).capitalized() && !yearAt(j + 1))) {
            return null; // "Summer Brennan", "the fall of Kabul" (handled: needs a year or nothing after "of")
        }
        Expr e = new Expr();
        e.sub = s;
        e.direction = direction;
        int k = j + 1;
        if (is(k, "of") || is(k, ",")) {
            Match y = yearPhrase(k + 1);
            if (y != null) {
                copyYear(y.expr, e);
                k = y.end;
            } else if (is(k, "of")) {
                return null; // "the fall of the government"
            }
        } else {
            Match y = yearPhrase(k);
            if (y != null) {
                copyYear(y.expr, e);
                k = y.end;
            }
        }
        return new Match(i, k, e);
    }

    // ---- clock times

    /** "10 a.m.", "10:30 p.m.", "10:30 GMT", "noon", "midnight", optionally followed by a day. */
    private Match clock(int i) {
        Word x = w.get(i);
        int hour;
        int minute = 0;
        int k = i + 1;
        if (x.is("noon") || x.is("midday")) {
            hour = 12;
        } else if (x.is("midnight")) {
            hour = 24;
        } else {
            String t = x.lower;
            int colon = t.indexOf(':');
            if (colon > 0 && colon < t.length() - 2) {
                try {
                    hour = Integer.parseInt(t.substring(0, colon));
                    minute = Integer.parseInt(t.substring(colon + 1, colon + 3));
                } catch (NumberFormatException e) {
                    return null;
                }
            } else if (x.digits > 0 && x.digits <= 2) {
                hour = (int) x.number;
            } else {
                return null;
            }
            boolean pm = false;
            boolean marked = false;
            if (k < n) {
                String a = w.get(k).lower;
                if (a.equals("a.m.") || a.equals("am") || a.equals("a.m")) {
                    marked = true;
                } else if (a.equals("p.m.") || a.equals("pm") || a.equals("p.m")) {
                    marked = true;
                    pm = true;
                } else if (a.equals("o'clock")) {
                    marked = true;
                }
            }
            if (marked) {
                k++;
            } else if (colon < 0 || !(is(k, "gmt") || is(k, "utc") || is(k, "local") || is(k, "hours")
                    || is(k, "est") || is(k, "edt") || i > 0 && is(i - 1, "at"))) {
                return null;
            }
            if (hour > 24 || minute > 59) {
                return null;
            }
            if (pm && hour < 12) {
                hour += 12;
            }
            if (!pm && marked && hour == 12 && w.get(k - 1).lower.startsWith("a")) {
                hour = 0;
            }
        }
        if (is(k, "local") && is(k + 1, "time")) {
            k += 2;
        } else if (is(k, "gmt") || is(k, "utc") || is(k, "est") || is(k, "edt") || is(k, "et")) {
            k++;
        }
        Expr e = Expr.shift(Anchor.NARRATIVE, Unit.DAY, 0);
        e.type = TimexType.TIME;
        e.time = String.format("%02d:%02d", hour, minute);
        // "10 a.m. Friday", "3 p.m. yesterday", "noon on March 29"
        int d = is(k, "on") || is(k, ",") ? k + 1 : k;
        Match day = d < n ? best(date(d), deictic(d)) : null;
        if (day != null && day.expr.time == null && day.expr.kind != Kind.LITERAL && day.expr.type == TimexType.DATE
                && (day.expr.day > 0 || day.expr.weekday > 0 || day.expr.unit == Unit.DAY)) {
            day.expr.time = e.time;
            day.expr.type = TimexType.TIME;
            return new Match(i, day.end, day.expr);
        }
        return new Match(i, k, e);
    }

    // ---- durations and shifted dates

    /** A count of units: "three years", "two-year", "a week", "18 months", "a few days", "several weeks". */
    private Match duration(int i) {
        int j = i;
        boolean the = false;
        String lead = null;
        if (is(j, "the")) {
            the = true;
            j++;
            if (is(j, "past") || is(j, "last") || is(j, "next") || is(j, "first") || is(j, "coming")
                    || is(j, "previous") || is(j, "following") || is(j, "final")) {
                lead = w.get(j).lower;
                j++;
            }
        } else if (is(j, "past") || is(j, "last") || is(j, "next") || is(j, "first")) {
            if (j + 2 < n && w.get(j + 1).number >= 0 && w.get(j + 1).number != 1) {
                lead = w.get(j).lower;
                j++;
            }
        }
        if (j >= n) {
            return null;
        }
        String amount;
        int k;
        Word x = w.get(j);
        if (x.is("a") && (is(j + 1, "few") || is(j + 1, "couple"))) {
            amount = is(j + 1, "few") ? "X" : "2";
            k = j + 2;
            if (is(k, "of")) {
                k++;
            }
        } else if (x.is("several") || x.is("few") || x.is("many") || x.is("some") && the) {
            amount = "X";
            k = j + 1;
        } else if (x.is("half") && (is(j + 1, "a") || is(j + 1, "an")) && j + 2 < n && w.get(j + 2).unit != null) {
            Unit u = w.get(j + 2).unit;
            String half = switch (u) {
                case HOUR -> "PT30M";
                case DAY -> "PT12H";
                case YEAR -> "P6M";
                case CENTURY -> "P50Y";
                case DECADE -> "P5Y";
                default -> null;
            };
            if (half == null) {
                return null;
            }
            return new Match(i, j + 3, Expr.literal(TimexType.DURATION, half));
        } else if (x.number >= 0 && x.digits < 4 && x.number < 1000) {
            if ((x.is("a") || x.is("an")) && the) {
                return null;
            }
            long value = x.number;
            k = j + 1;
            // "twenty four", "twenty-four", "one hundred"
            if (value >= 20 && value < 100 && value % 10 == 0 && k < n && w.get(k).number > 0
                    && w.get(k).number < 10 && w.get(k).digits == 0) {
                value += w.get(k).number;
                k++;
            }
            if (k < n && w.get(k).is("hundred")) {
                value *= 100;
                k++;
            }
            if (k < n && (w.get(k).is("1/2") || (w.get(k).is("and") && is(k + 1, "a") && is(k + 2, "half")))) {
                return null; // fractions are rare; better none than a wrong value
            }
            if (i > 0 && isAny(i - 1, Lexicon.LABELS) && x.digits > 0 && !is(i - 1, "about") && !is(i - 1, "nearly")
                    && !is(i - 1, "some") && !is(i - 1, "than") && !is(i - 1, "at") && !is(i - 1, "to")) {
                return null;
            }
            amount = Long.toString(value);
        } else {
            return null;
        }
        if (k >= n) {
            return null;
        }
        Word u = w.get(k);
        if (u.unit == null || (u.is("second") && !amount.equals("1") && !u.plural() && !u.joined)) {
            return null;
        }
        if (u.unit == Unit.WEEKEND || u.unit == Unit.QUARTER && (u.joined || amount.equals("X"))) {
            return null; // "three-quarters" is a fraction
        }
        // ages: "a 50-year-old man", "50 years old"
        if (k + 1 < n && (w.get(k + 1).is("old") || w.get(k + 1).is("olds"))) {
            return null;
        }
        // "1,000-for-1,000" and other quantities were not numbers of units; a money amount before is not either
        if (i > 0 && (w.get(i - 1).is("$") || w.get(i - 1).lower.endsWith("$"))) {
            return null;
        }
        // "a day" after "once", "twice", "times": a frequency
        if (amount.equals("1") && (x.is("a") || x.is("an") || x.is("per")) && i > 0
                && (is(i - 1, "once") || is(i - 1, "twice") || is(i - 1, "times") || is(i - 1, "thrice"))) {
            return new Match(i, k + 1, Expr.literal(TimexType.SET, period(u.unit, "1")));
        }
        String count = amount;
        if (u.is("fortnight") || u.is("fortnights")) {
            count = amount.equals("X") ? "X" : Long.toString(2 * Long.parseLong(amount));
        }
        int end = k + 1;
        Expr e = Expr.literal(TimexType.DURATION, period(u.unit, count));
        // "two days ago", "three weeks later", "a year earlier", "two days before"
        if (end < n && lead == null && !the) {
            Word after = w.get(end);
            int units = count.equals("X") ? Integer.MIN_VALUE : Integer.parseInt(count);
            if (after.is("ago") && units != Integer.MIN_VALUE) {
                return new Match(i, end + 1, shifted(Anchor.DCT, u.unit, -units));
            }
            if ((after.is("earlier") || after.is("later")) && units != Integer.MIN_VALUE) {
                int sign = after.is("earlier") ? -1 : 1;
                return new Match(i, end + 1, shifted(Anchor.NARRATIVE, u.unit, sign * units));
            }
            if ((after.is("before") || after.is("after")) && units != Integer.MIN_VALUE
                    && (end + 1 >= n || !NP_START_TAGS.contains(w.get(end + 1).pos))) {
                int sign = after.is("before") ? -1 : 1;
                return new Match(i, end + 1, shifted(Anchor.NARRATIVE, u.unit, sign * units));
            }
            if (after.is("from") && is(end + 1, "now") && units != Integer.MIN_VALUE) {
                return new Match(i, end + 2, shifted(Anchor.DCT, u.unit, units));
            }
        }
        if (amount.equals("1") && (x.is("a") || x.is("an")) && !u.plural() && !the && lead == null && i > 0
                && (w.get(i - 1).number >= 0 || w.get(i - 1).pos.equals("CD"))) {
            return null; // "$5 a year", "100 a day": a rate
        }
        if (!u.plural() && amount.equals("1") && (x.is("a") || x.is("an") || x.is("one")) && !the && lead == null
                && k + 1 < n && w.get(k + 1).is("'s")) {
            return null; // "a day's work"
        }
        return new Match(i, end, e);
    }

    private static Expr shifted(Anchor anchor, Unit unit, int n) {
        Expr e = Expr.shift(anchor, unit, n);
        e.comparative = true;
        if (unit == Unit.DECADE) {
            e.unit = Unit.YEAR;
            e.shift = n * 10;
        } else if (unit == Unit.CENTURY) {
            e.unit = Unit.YEAR;
            e.shift = n * 100;
        }
        if (unit.clock) {
            e.type = TimexType.TIME;
        }
        return e;
    }

    /** A TIMEX3 duration value: P3D, PT2H, P10Y for a decade, PXW. */
    static String period(Unit u, String count) {
        return switch (u) {
            case SECOND, MINUTE, HOUR -> "PT" + count + u.code;
            case WEEKEND -> "P" + count + "WE";
            case QUARTER -> count.equals("X") ? "PXQ" : "P" + (3 * Integer.parseInt(count)) + "M";
            case DECADE -> count.equals("X") ? "PXDE" : "P" + (10 * Integer.parseInt(count)) + "Y";
            case CENTURY -> count.equals("X") ? "PXCE" : "P" + (100 * Integer.parseInt(count)) + "Y";
            default -> "P" + count + u.code;
        };
    }

    // ---- sets

    /** "every day", "each week", "every Monday", "daily", "weekly", "per year". */
    private Match set(int i) {
        Word x = w.get(i);
        String v = Lexicon.SETS.get(x.lower);
        if (v != null) {
            return new Match(i, i + 1, Expr.literal(TimexType.SET, v));
        }
        if ((x.is("every") || x.is("each") || x.is("per")) && i + 1 < n) {
            Word y = w.get(i + 1);
            if (y.unit != null && !y.plural() && y.unit != Unit.QUARTER) {
                if (x.is("each") && is(i + 2, "other")) {
                    return null;
                }
                return new Match(i, i + 2, Expr.literal(TimexType.SET, period(y.unit, "1")));
            }
            if (y.weekday > 0 && (x.is("every") || x.is("each"))) {
                return new Match(i, i + 2, Expr.literal(TimexType.SET, "XXXX-WXX-" + y.weekday));
            }
            if (x.is("every") && y.number > 1 && i + 2 < n && w.get(i + 2).unit != null && w.get(i + 2).plural()) {
                return new Match(i, i + 3, Expr.literal(TimexType.SET, period(w.get(i + 2).unit,
                        Long.toString(y.number))));
            }
        }
        return null;
    }

    // ---- dates that count from the story's last date

    /**
     * "the same day", "that year", "the following week", "the day before", "the next morning", "earlier that
     * day" is handled by the part modifiers.
     */
    private Match anaphoric(int i) {
        Word x = w.get(i);
        int j = i + 1;
        int shift;
        if (x.is("the") && (is(j, "same") || is(j, "following") || is(j, "previous"))) {
            shift = is(j, "same") ? 0 : is(j, "following") ? 1 : -1;
            j++;
        } else if (x.is("that") && j < n && w.get(j).unit != null) {
            shift = 0;
        } else if (x.is("the") && j < n && (w.get(j).is("day") || w.get(j).is("week") || w.get(j).is("year"))
                && (is(j + 1, "before") || is(j + 1, "after")) && !(j + 2 < n
                && NP_START_TAGS.contains(w.get(j + 2).pos))) {
            Unit u = w.get(j).unit;
            return new Match(i, j + 2, Expr.shift(Anchor.NARRATIVE, u, is(j + 1, "before") ? -1 : 1));
        } else {
            return null;
        }
        if (j >= n) {
            return null;
        }
        Word u = w.get(j);
        if (u.unit != null && !u.plural() && !u.unit.clock) {
            return new Match(i, j + 1, Expr.shift(Anchor.NARRATIVE, u.unit, shift));
        }
        String pod = Lexicon.PARTS_OF_DAY.get(u.lower);
        if (pod != null && shift >= 0) {
            Expr e = Expr.shift(Anchor.NARRATIVE, Unit.DAY, shift);
            e.time = pod;
            e.type = TimexType.TIME;
            return new Match(i, j + 1, e);
        }
        return null;
    }
}
