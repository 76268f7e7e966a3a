package org.parley.ingest;

import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.Problem;
import org.parley.model.Span;

/**
 * The headline joins the analysed text ({@link Article#headline()}): the one place where the title is put in front
 * of the clean body, after everything that reads the body's opening lines (dateline, agency, labelled date,
 * language) has read the body alone.
 */
final class Headline {

    /** Pages saved off the web print the headline once more, sometimes twice (page title, then article title). */
    private static final int MAX_COPIES = 2;

    private Headline() {
    }

    /** The text and the problems of an article whose {@code body} problems' spans index the body. */
    record Composed(String text, List<Problem> problems) {
    }

    /**
     * The body without the copies of the title it begins with, compared with white space folded (a headline
     * wrapped over two lines is still the headline); a copy must fill its lines, not begin a sentence.
     */
    static String stripCopies(String body, String title) {
        String text = body;
        for (int i = 0; i < MAX_COPIES; i++) {
            int end = copyEnd(text, title);
            if (end < 0) {
                break;
            }
            text = text.substring(end).strip();
        }
        return text;
    }

    /**
     * The title, a blank line and the body, when there is a title; the body as it is otherwise. Problems that point
     * into the body move with it.
     */
    static Composed compose(Optional<String> title, String body, List<Problem> problems) {
        if (title.isEmpty() || title.get().isBlank()) {
            return new Composed(body, problems);
        }
        String head = title.get() + Article.HEADLINE_BREAK;
        int shift = head.length();
        return new Composed(head + body, problems.stream().map(p -> p.span().isEmpty() ? p
                : new Problem(p.code(), p.message(), p.input(),
                        Optional.of(new Span(p.span().get().start() + shift, p.span().get().end() + shift))))
                .toList());
    }

    /**
     * Where a copy of {@code title} at the start of {@code text} ends, matching any run of white space with any
     * other, or -1 when the text does not begin with a whole-line copy.
     */
    static int copyEnd(String text, String title) {
        String t = title.strip();
        if (t.isEmpty()) {
            return -1;
        }
        int i = 0;
        int j = 0;
        while (j < t.length()) {
            boolean spaceT = Character.isWhitespace(t.charAt(j));
            if (spaceT) {
                if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
                    return -1;
                }
                while (j < t.length() && Character.isWhitespace(t.charAt(j))) {
                    j++;
                }
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else {
                if (i >= text.length() || text.charAt(i) != t.charAt(j)) {
                    return -1;
                }
                i++;
                j++;
            }
        }
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n' && Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end == text.length() || text.charAt(end) == '\n' ? i : -1;
    }
}
