package org.parley.model;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * One kind of analysis over an article's text, added by one pipeline component. A layer is a record of plain
 * values (strings, numbers, enums, dates, {@link Span}s, lists, {@code Optional}s and nested records of those), so
 * the store, the fingerprint, the analysis JSON and its schema handle every layer generically: adding a layer is
 * writing its record type and the component that adds it, nothing else. Components name layers by their class.
 */
public interface Layer {

    /** Every span this layer points at, so a document can check they all fit its text. */
    Stream<Span> spans();

    /**
     * Name used in messages, the store and the JSON: the class name with a lower-case first letter, like the JSON's
     * other fields ({@code Timexes.class -> "timexes"}, {@code PublishedEstimate.class -> "publishedEstimate"}).
     */
    static String nameOf(Class<? extends Layer> type) {
        String name = type.getSimpleName();
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
