package org.parley.time;

import org.parley.model.TimexType;
import org.parley.time.Lexicon.Unit;

/**
 * What a matched phrase means before it is resolved against a date: a calendar point with some fields known
 * ("March 29", "the third quarter of last year"), a shift from an anchor ("two days later", "last year"), or a
 * literal value (durations, sets, PRESENT_REF). Mutable while the grammar builds it, then only read.
 */
final class Expr {

    enum Kind { POINT, SHIFT, LITERAL }

    /** What a shift or a year counts from. */
    enum Anchor { DCT, NARRATIVE }

    /** Which occurrence of a year-less month, weekday or season is meant. */
    enum Direction { BY_TENSE, PAST, FUTURE, THIS }

    Kind kind = Kind.POINT;
    TimexType type = TimexType.DATE;
    String mod;

    // POINT: the fields the text gives; the year may come from an anchor ("October of the same year")
    int year = -1;
    /** Year given relative to an anchor: "March last year", "the third quarter of this year". */
    Anchor yearAnchor;
    int yearShift;
    int month;
    int day;
    int weekday;
    /** "Q3", "H1", "SP", "WE": a part of the year or week. */
    String sub;
    /** A part of day ("MO") or a clock time ("14:30"), appended after "T". */
    String time;
    /** The first three or two digits of a decade ("199") or a century ("19"). */
    String prefix;
    Direction direction = Direction.BY_TENSE;

    // SHIFT: anchor plus n units, at the unit's granularity
    Anchor anchor = Anchor.DCT;
    /** Written as "N units ago / earlier / later": compares with another period of the same kind. */
    boolean comparative;
    Unit unit;
    int shift;

    // LITERAL
    String value;

    static Expr literal(TimexType type, String value) {
        Expr e = new Expr();
        e.kind = Kind.LITERAL;
        e.type = type;
        e.value = value;
        return e;
    }

    static Expr shift(Anchor anchor, Unit unit, int n) {
        Expr e = new Expr();
        e.kind = Kind.SHIFT;
        e.anchor = anchor;
        e.unit = unit;
        e.shift = n;
        return e;
    }

    Expr mod(String m) {
        if (m != null) {
            this.mod = m;
        }
        return this;
    }

    /** An explicit calendar year is written in the phrase. */
    boolean explicitYear() {
        return kind == Kind.POINT && year >= 0;
    }
}
