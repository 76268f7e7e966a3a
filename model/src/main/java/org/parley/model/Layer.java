package org.parley.model;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * One kind of analysis over an article's text, added by one pipeline component. The permitted list is the
 * whole set of layers a document can carry; components name layers by their class in needs/adds.
 */
public sealed interface Layer permits Tokens, Sentences, Mentions, Timexes {

    /** Every span this layer points at, so a document can check they all fit its text. */
    Stream<Span> spans();

    /** Lower-case name used in messages and the pipeline table: {@code Timexes.class -> "timexes"}. */
    static String nameOf(Class<? extends Layer> type) {
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
