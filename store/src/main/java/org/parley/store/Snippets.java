package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A short extract of a text around the first term a query matches. The text is analysed with the index's own
 * analyzer, so "negotiations" in the text matches the stem of "negotiating" in the query; wildcard and fuzzy
 * terms match through their automata. Terms under NOT are ignored.
 */
final class Snippets {

    static final int BEFORE = 60;
    static final int LENGTH = 200;

    private final Set<BytesRef> terms = new HashSet<>();
    private final List<ByteRunAutomaton> automata = new ArrayList<>();
    private final Analyzer analyzer;

    private Snippets(Query query, Analyzer analyzer) {
        this.analyzer = analyzer;
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return SearchIndex.TEXT.equals(field);
            }

            @Override
            public void consumeTerms(Query q, Term... ts) {
                for (Term t : ts) {
                    terms.add(BytesRef.deepCopyOf(t.bytes()));
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                automata.add(automaton.get());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
    }

    static Snippets of(Query query, Analyzer analyzer) {
        return new Snippets(query, analyzer);
    }

    /** The extract around the first match, or the text's opening when nothing in the text matches. */
    String snippet(String text) {
        int at = firstMatch(text);
        int start = at < 0 ? 0 : Math.max(0, at - BEFORE);
        if (start > 0) {
            // Begin at a word: after the next space, unless that skips past the match.
            int space = text.indexOf(' ', start);
            if (space >= 0 && space < at) {
                start = space + 1;
            }
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            if (space > Math.max(start, at)) {
                end = space;
            }
        }
        // Never cut a surrogate pair: an emoji at either edge must stay whole.
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end++;
        }
        String body = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "… " : "") + body + (end < text.length() ? " …" : "");
    }

    private int firstMatch(String text) {
        if (terms.isEmpty() && automata.isEmpty()) {
            return -1;
        }
        try (TokenStream ts = analyzer.tokenStream(SearchIndex.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int found = -1;
            while (ts.incrementToken()) {
                if (matches(new BytesRef(term))) {
                    found = offset.startOffset();
                    break;
                }
            }
            ts.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }

    private boolean matches(BytesRef token) {
        if (terms.contains(token)) {
            return true;
        }
        for (ByteRunAutomaton a : automata) {
            if (a.run(token.bytes, token.offset, token.length)) {
                return true;
            }
        }
        return false;
    }
}
