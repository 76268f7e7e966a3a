package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CoreNLP's quote annotator as converted for the PolNeAR baseline: spans in Java chars, top-level quotes only. */
class QuoteBaselineTest {

    @Test
    void quotationsAreTopLevelSpansWithTheirMarksInJavaChars() {
        String text = "Talks \uD83D\uDE00 resumed.\r\n“We are ready to meet ‘without preconditions’ in Istanbul,” Peskov"
                + " said. Lavrov added nothing.";
        List<CoreNlp.Quotation> quotes = CoreNlp.quotations(text, false);
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.quote().of(text)).isEqualTo(
                    "“We are ready to meet ‘without preconditions’ in Istanbul,”");
            assertThat(q.mention()).isEmpty();
            assertThat(q.speaker()).isEmpty();
        });
    }

    @Test
    void noQuoteNoQuotation() {
        assertThat(CoreNlp.quotations("Peskov said the talks were over.", false)).isEmpty();
    }
}
