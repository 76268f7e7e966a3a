package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page's body: furniture removed by structure ({@link Furniture}), then Readability, and Parley's own density
 * rules ({@link Density}) when Readability finds too little, fails, or the page is nested too deep for it.
 */
final class Extractor {

    /** Something the user should know about how the body was found; becomes a {@code Problem} for the input. */
    record Note(String code, String message) {
    }

    /** The body text (blocks separated by blank lines, not yet cleaned), Readability's title, and notes. */
    record Body(String text, Optional<String> title, List<Note> notes) {
    }

    /**
     * Readability recurses once per level of nesting; real layouts stay under a hundred levels, while hostile or
     * broken pages reach tens of thousands and overflow the stack.
     */
    static final int MAX_DEPTH = 400;
    /** Readability's text is kept unless the density rules find at least this many times more prose. */
    private static final double FALLBACK_RATIO = 2.0;

    private Extractor() {
    }

    static Body body(Document doc, String address) {
        List<Note> notes = new ArrayList<>();
        Document work = doc.clone();
        Furniture.strip(work);
        Density.Found dense = Density.find(work);
        String denseText = Html.text(dense.element());

        int depth = depth(work);
        if (depth > MAX_DEPTH) {
            notes.add(new Note("html.too-deep", String.format(Locale.ROOT, "the page nests elements %,d deep, over "
                    + "the limit of %d: its body was found without the readability pass", depth, MAX_DEPTH)));
            return new Body(denseText, Optional.empty(), notes);
        }
        Article article;
        try {
            article = new Readability4JExtended(address, work).parse();
        } catch (StackOverflowError | RuntimeException e) {
            // a last resort: the depth check should keep Readability from overflowing, but one page must not stop
            // the batch
            notes.add(new Note("html.readability-failed", "the readability pass failed ("
                    + e.getClass().getSimpleName() + "): the body was found by Parley's own rules"));
            return new Body(denseText, Optional.empty(), notes);
        }
        Element content = article.getArticleContent();
        String text = content == null ? "" : Html.text(content);
        Optional<String> title = Optional.ofNullable(article.getTitle()).map(String::strip).filter(s -> !s.isEmpty());
        if (Words.count(text) * FALLBACK_RATIO < dense.prose()) {
            return new Body(denseText, title, notes);
        }
        return new Body(text, title, notes);
    }

    /** The deepest nesting of elements, found without recursion. */
    static int depth(Node root) {
        int[] max = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (depth > max[0]) {
                    max[0] = depth;
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, root);
        return max[0];
    }
}
