package org.parley.model;

/** How an article's publication date was found; {@link #NONE} always comes with a problem saying why. */
public enum PublishedFrom {
    /** Given by the source's own metadata: a JSONL field, a feed item date, an HTML meta tag. */
    METADATA,
    /** A dateline or date header in the text with its year ("KYIV, Feb. 27, 2022"). */
    DATELINE,
    /** A year-less dateline ("ASTANA, July 4 /TASS/") given the year of the fetch time: the latest such day not after it. */
    DATELINE_FETCH_YEAR,
    /** An explicit full date in the text's opening lines ("Published 12 May 2025"). */
    TEXT,
    /** A relative phrase ("2 hours ago") resolved against when the page was fetched. */
    RELATIVE,
    /** Given by the user on the command line ({@code --dct}). */
    OVERRIDE,
    /** Not found. */
    NONE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
