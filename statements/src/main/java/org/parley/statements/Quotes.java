package org.parley.statements;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Paragraph;
import org.parley.model.Span;

/**
 * Quoted passages in every style (“ ”, „ “, « », " ", ‘ ’, '' ''), per paragraph; a quote left open at the end of a
 * paragraph whose next paragraph opens a quote again runs on (the news convention for long quotes).
 */
final class Quotes {

    /** A quote: the marks' extent and the quoted text in one piece per paragraph, marks excluded. */
    record Quote(Span outer, List<Span> pieces) {
        int words(String text) {
            return pieces.stream().mapToInt(p -> p.of(text).strip().split("\\s+").length).sum();
        }
    }

    private Quotes() {
    }

    static List<Quote> find(String text, List<Paragraph> paragraphs) {
        List<Quote> out = new ArrayList<>();
        List<Span> pending = new ArrayList<>();
        int pendingStart = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span par = paragraphs.get(p).span();
            int i = par.start();
            if (!pending.isEmpty()) {
                if (isOpen(text.charAt(i))) {
                    i++; // the run-on quote goes on in this paragraph
                    int close = findClose(text, i, par.end(), '\u201D');
                    if (close < 0) {
                        pending.add(new Span(i, par.end()));
                        continue;
                    }
                    pending.add(new Span(i, close));
                    out.add(new Quote(new Span(pendingStart, close + 1), List.copyOf(pending)));
                    pending.clear();
                    i = close + 1;
                } else {
                    pending.clear();
                }
            }
            while (i < par.end()) {
                char c = text.charAt(i);
                if (c == '\'' && i + 1 < par.end() && text.charAt(i + 1) == '\''
                        && (i == par.start() || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    // ''…'': two apostrophes for a double quote mark, as some archives print them.
                    int close = text.indexOf("''", i + 2);
                    if (close > i + 2 && close + 2 <= par.end()) {
                        out.add(new Quote(new Span(i, close + 2), List.of(new Span(i + 2, close))));
                        i = close + 2;
                    } else {
                        i += 2;
                    }
                    continue;
                }
                char closer = closerOf(text, i, par.start());
                if (closer == 0) {
                    i++;
                    continue;
                }
                int close = findClose(text, i + 1, par.end(), closer);
                if (close < 0) {
                    if (c == '\u201C' || c == '\u00AB' || c == '"') {
                        // Unclosed: runs on only if the next paragraph opens a quote.
                        if (p + 1 < paragraphs.size() && isOpen(text.charAt(paragraphs.get(p + 1).span().start()))) {
                            pending.add(new Span(i + 1, par.end()));
                            pendingStart = i;
                        }
                    }
                    break;
                }
                out.add(new Quote(new Span(i, close + 1), List.of(new Span(i + 1, close))));
                i = close + 1;
            }
        }
        return out;
    }

    private static boolean isOpen(char c) {
        return c == '\u201C' || c == '\u00AB' || c == '"' || c == '\u201E';
    }

    /** The closing mark for an opening mark at {@code i}, or 0 when {@code i} opens no quote. */
    private static char closerOf(String text, int i, int start) {
        char c = text.charAt(i);
        return switch (c) {
            case '\u201C' -> '\u201D';
            case '\u201E' -> '\u201C';
            case '\u00AB' -> '\u00BB';
            case '"' -> '"';
            // A single quote opens only at a word start; otherwise it is an apostrophe.
            case '\u2018' -> i == start || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '\u2019' : 0;
            default -> 0;
        };
    }

    private static int findClose(String text, int from, int end, char closer) {
        for (int j = from; j < end; j++) {
            char c = text.charAt(j);
            if (c == closer || closer == '\u201D' && c == '\u201C' && j > from && isEndOfQuote(text, j, end)) {
                if (closer == '\u2019' && j + 1 < end && Character.isLetter(text.charAt(j + 1))) {
                    continue; // an apostrophe inside the quote: "Kyiv’s"
                }
                return j;
            }
        }
        return -1;
    }

    /** Some sources close with “ as well: take it as a closer when punctuation or the paragraph end follows. */
    private static boolean isEndOfQuote(String text, int j, int end) {
        return j + 1 >= end || !Character.isLetterOrDigit(text.charAt(j + 1)) && text.charAt(j + 1) != '\u201D';
    }
}
