package org.parley.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Paragraph;
import org.parley.model.Paragraphs;
import org.parley.model.Span;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;

/**
 * The "paragraphs" component: ingest writes the clean body with a blank line between paragraphs (raw text keeps its
 * own), so a paragraph is a run of text between blank lines, trimmed of surrounding white space. The headline is a
 * paragraph of its own. Needs nothing.
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
        var out = new ArrayList<Paragraph>();
        Article a = document.article();
        a.headline().ifPresent(h -> out.add(new Paragraph(h)));
        split(a.text(), a.body(), out);
        return Output.of(new Paragraphs(out));
    }

    static List<Paragraph> split(String text) {
        var out = new ArrayList<Paragraph>();
        split(text, new Span(0, text.length()), out);
        return out;
    }

    private static void split(String text, Span within, List<Paragraph> out) {
        Matcher m = BREAK.matcher(text).region(within.start(), within.end());
        int start = within.start();
        while (m.find()) {
            add(text, start, m.start(), out);
            start = m.end();
        }
        add(text, start, within.end(), out);
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
