package org.parley.model;

/** How a span was linked to an actor, from the most to the least certain. */
public enum LinkMethod {
    /** the canonical name */
    EXACT,
    /** a registered alias, spelling or transliteration */
    ALIAS,
    /** a misspelling within a small edit distance of a name */
    FUZZY,
    /** a title ("the Kremlin spokesman") resolved to its holder on the article's date */
    TITLE,
    /** a surname or short form of a person named in full earlier in the article */
    SHORT_NAME,
    /** a pronoun or a bare role noun ("the spokesman") resolved to the most recent compatible person */
    PRONOUN,
    /** a person the registry does not know: a new actor */
    NEW
}
