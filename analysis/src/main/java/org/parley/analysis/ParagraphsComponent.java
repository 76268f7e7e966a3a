package org.parley.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Paragraph;
import org.parley.model.Paragraphs;
import org.parley.model.Span;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;

/**
 * The "paragraphs" component: ingest writes the clean body with a blank line between paragraphs (raw text keeps its
 * own), so a paragraph is a run of text between blank lines, trimmed of surrounding white space. Needs nothing.
 */
final class ParagraphsComponent implements Component {

    /** A line break, then any number of lines holding only white space, then a line break. */
    private static final Pattern BREAK = Pattern.compile("\\r?\\n[ \\t\\u00A0\\r]*\\r?\\n\\s*");

    @Override
    public String name() {
        return "paragraphs";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Set<Class<? extends Layer>> needs() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends Layer>> adds() {
        return Set.of(Paragraphs.class);
    }

    @Override
    public Output apply(Document document) {
        return Output.of(new Paragraphs(split(document.text())));
    }

    static List<Paragraph> split(String text) {
        var out = new ArrayList<Paragraph>();
        Matcher m = BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            add(text, start, m.start(), out);
            start = m.end();
        }
        add(text, start, text.length(), out);
        return out;
    }

    private static void add(String text, int start, int end, List<Paragraph> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Paragraph(new Span(start, end)));
        }
    }
}
