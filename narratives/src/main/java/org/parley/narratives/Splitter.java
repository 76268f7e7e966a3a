package org.parley.narratives;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;

/**
 * A plain sentence splitter for texts read without the pipeline (training and evaluation folders), so training
 * needs no CoreNLP: lines, cut after a full stop that is followed by a capital. The document vector is a mean over
 * sentences, which is robust to the small differences from CoreNLP's sentences the component uses.
 */
final class Splitter {

    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern CUT = Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?[A-Z0-9])");

    private Splitter() {
    }

    static List<Span> sentences(String text) {
        var out = new ArrayList<Span>();
        Matcher line = LINE.matcher(text);
        while (line.find()) {
            int start = line.start();
            Matcher cut = CUT.matcher(text).region(line.start(), line.end());
            while (cut.find()) {
                add(text, start, cut.start(), out);
                start = cut.end();
            }
            add(text, start, line.end(), out);
        }
        return out;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
