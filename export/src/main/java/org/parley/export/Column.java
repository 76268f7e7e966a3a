package org.parley.export;

/** One column of an exported table: its name and what its values are. */
record Column(String name, Kind kind) {

    /** TEXT a String, NUMBER a Long, REAL a Double, DATE a LocalDate, TEXTS a List of String; any may be null. */
    enum Kind {
        TEXT, NUMBER, REAL, DATE, TEXTS
    }

    static Column text(String name) {
        return new Column(name, Kind.TEXT);
    }

    static Column number(String name) {
        return new Column(name, Kind.NUMBER);
    }

    static Column real(String name) {
        return new Column(name, Kind.REAL);
    }

    static Column date(String name) {
        return new Column(name, Kind.DATE);
    }

    static Column texts(String name) {
        return new Column(name, Kind.TEXTS);
    }
}
