package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Paragraph;

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
    void emptyAndBlankTextsHaveNoParagraphs() {
        assertThat(paragraphs("")).isEmpty();
        assertThat(paragraphs(" \n\n \t")).isEmpty();
        assertThat(paragraphs("One line, no break")).containsExactly("One line, no break");
    }
}
