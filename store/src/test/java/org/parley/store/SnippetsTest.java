package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static String snippet(String query, String text) throws Exception {
        var analyzer = new EnglishAnalyzer();
        return Snippets.of(new QueryParser(SearchIndex.TEXT, analyzer).parse(query), analyzer).snippet(text);
    }

    private static final String LONG = "Opening words of a long report. ".repeat(10)
            + "The envoys negotiated a grain corridor at last. " + "Closing words follow here. ".repeat(10);

    @Test
    void centresOnTheFirstMatchingStemAndMarksCuts() throws Exception {
        String s = snippet("negotiating", LONG);
        assertThat(s).startsWith("… ").endsWith(" …").contains("negotiated a grain corridor");
        assertThat(s.length()).isLessThanOrEqualTo(Snippets.LENGTH + 4);
    }

    @Test
    void ignoresTermsUnderNotAndMatchesWildcards() throws Exception {
        assertThat(snippet("corr* -opening", LONG)).contains("corridor");
        assertThat(snippet("corrdor~1", LONG)).contains("corridor");
    }

    @Test
    void noMatchInTheTextGivesItsOpening() throws Exception {
        assertThat(snippet("absent", LONG)).startsWith("Opening words").endsWith(" …");
        assertThat(snippet("absent", "Short text.")).isEqualTo("Short text.");
    }

    @Test
    void neverSplitsASurrogatePair() throws Exception {
        String text = "😀".repeat(50) + " ceasefire " + "🕊".repeat(200);
        String s = snippet("ceasefire", text);
        String body = s.replace("… ", "").replace(" …", "");
        assertThat(text).contains(body);
        assertThat(Character.isLowSurrogate(body.charAt(0))).isFalse();
        assertThat(Character.isHighSurrogate(body.charAt(body.length() - 1))).isFalse();
    }
}
