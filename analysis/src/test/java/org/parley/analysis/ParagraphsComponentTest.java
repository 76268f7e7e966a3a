package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.Paragraph;
import org.parley.model.Paragraphs;
import org.parley.model.PublishedFrom;

class ParagraphsComponentTest {

    static List<String> paragraphs(String text) {
        return ParagraphsComponent.split(text).stream().map(Paragraph::span).map(s -> s.of(text)).toList();
    }

    @Test
    void blankLinesSeparateParagraphsAndLineBreaksInsideOneDoNot() {
        String text = "ISTANBUL, May 16 — The delegations met.\nThey spoke for two hours.\n\n"
                + "Both sides agreed to swap prisoners.\n \n\n\"We will meet again,\" Umerov said.\n";
        assertThat(paragraphs(text)).containsExactly(
                "ISTANBUL, May 16 — The delegations met.\nThey spoke for two hours.",
                "Both sides agreed to swap prisoners.",
                "\"We will meet again,\" Umerov said.");
    }

    @Test
    void rawTextKeepsItsOwnLineEndingsAndOffsets() {
        String text = "\r\n  First paragraph.\r\n\r\nSecond 🕊 one.\r\n";
        var spans = ParagraphsComponent.split(text).stream().map(Paragraph::span).toList();
        assertThat(spans.get(0).start()).isEqualTo(4);
        assertThat(paragraphs(text)).containsExactly("First paragraph.", "Second 🕊 one.");
    }

    @Test
    void theHeadlineIsAParagraphOfItsOwnThenTheBodyIsSplit() {
        String text = "Envoys agree to meet again\n\nThe delegations met.\nThey spoke.\n\nBoth sides agreed.";
        Article a = new Article(ArticleId.fromText(text), "mem:t", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("Envoys agree to meet again"), Optional.empty(), PublishedFrom.NONE,
                Optional.empty(), "en", text, List.of());
        List<Paragraph> items = new ParagraphsComponent().apply(Document.of(a)).layers().stream()
                .map(Paragraphs.class::cast).findFirst().orElseThrow().items();
        assertThat(items.get(0).span()).isEqualTo(a.headline().orElseThrow());
        assertThat(items).extracting(p -> p.span().of(text)).containsExactly("Envoys agree to meet again",
                "The delegations met.\nThey spoke.", "Both sides agreed.");
        // the same text without a title: the split by blank lines alone gives the same paragraphs
        assertThat(paragraphs(text)).containsExactlyElementsOf(items.stream().map(p -> p.span().of(text)).toList());
    }

    @Test
    void emptyAndBlankTextsHaveNoParagraphs() {
        assertThat(paragraphs("")).isEmpty();
        assertThat(paragraphs(" \n\n \t")).isEmpty();
        assertThat(paragraphs("One line, no break")).containsExactly("One line, no break");
    }
}
