package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;
import org.parley.pipeline.Pipeline;

/**
 * Generated text through the whole default pipeline (CoreNLP, the time tagger, paragraphs): no component fails,
 * every span of every layer lies inside the text (the document checks this when it is made), and analysing the same
 * article again gives the same document.
 */
class PipelinePropertiesTest {

    static final Pipeline PIPELINE = Analysis.pipeline();

    /** Words of news about talks, with the characters that trip tokenizers and offset arithmetic. */
    static final List<String> PIECES = List.of("Istanbul", "talks", "on", "Friday", "May 16", "2025", "last week",
            "the", "delegations", "met", "Zelensky", "Medinsky", "said", "\"", "“", "”", "«", "»", "—", "-", ",", ".",
            "!", "?", "(", ")", "1,000", "1,000-for-1,000", "\n", "\n\n", "\r\n", "\t", " ", "  ", "🕊", "🇺🇦", "é",
            "Переговоры", "в", "Стамбуле", "二〇二五年", "a.m.", "U.S.", "Mr.", "...", "'s", "&", "<b>", "%", "$5",
            "\u00A0", "\u200B", "e.g.", "Feb. 28", "two days later", "since 2014", "mid-March", "Q3");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(80)
                .map(parts -> String.join(" ", parts).replace("  \n", "\n"));
    }

    @Provide
    Arbitrary<Optional<LocalDate>> dates() {
        return Arbitraries.of(Optional.empty(), Optional.of(LocalDate.of(2022, 2, 28)),
                Optional.of(LocalDate.of(2025, 5, 16)), Optional.of(LocalDate.of(2024, 12, 31)));
    }

    @Property(tries = 150)
    void anyTextIsAnalysedWithoutFailureAndAlike(@ForAll("texts") String text,
            @ForAll("dates") Optional<LocalDate> date) {
        Article a = new Article(ArticleId.fromText(text), "generated", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), date, date.isPresent() ? PublishedFrom.METADATA
                        : PublishedFrom.NONE, Optional.empty(), "en", text, List.of());
        Document d = PIPELINE.run(a);
        assertThat(d.problems()).extracting(Problem::code).doesNotContain("pipeline.component-failed",
                "pipeline.component-skipped");
        for (Layer layer : d.layers().values()) {
            assertThat(layer.spans()).allSatisfy(s -> assertThat(s.end()).isLessThanOrEqualTo(text.length()));
        }
        assertThat(PIPELINE.run(a)).isEqualTo(d);
    }
}
