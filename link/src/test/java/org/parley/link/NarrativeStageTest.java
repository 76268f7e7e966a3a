package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.link.Link.NarrativeFilter;
import org.parley.link.Link.NarrativeGroup;
import org.parley.link.Link.NarrativeOverview;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.NarrativeLabel;
import org.parley.model.Narratives;
import org.parley.model.PublishedFrom;
import org.parley.model.Span;
import org.parley.model.Stamp;
import org.parley.model.Step;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * Stored narratives joined across articles (layers written by hand, no model): the groups, their evidence, the
 * independent sources behind a label (a reprint is its wire story again), the mix per outlet and the filters.
 */
class NarrativeStageTest {

    static final String LABEL = "URW: Discrediting the West, Diplomacy";

    @TempDir
    Path dir;

    static Document doc(String text, String outlet, LocalDate published, List<NarrativeLabel> labels) {
        Article a = new Article(ArticleId.fromText(text + outlet), "mem:" + outlet, Optional.of(outlet),
                Optional.empty(), Optional.empty(), Optional.of("Talks"), Optional.of(published),
                PublishedFrom.METADATA, Optional.empty(), "en", text, List.of());
        return new Document(a, List.of(new Step(new Stamp("narratives", "test"), List.of(new Narratives(labels)),
                List.of())));
    }

    static NarrativeLabel west(String text, double score) {
        int end = text.indexOf('.') + 1;
        return new NarrativeLabel(LABEL, Optional.empty(), score, List.of(new Span(0, end)));
    }

    static final NarrativeLabel OTHER = new NarrativeLabel("Other", Optional.empty(), 0.9, List.of());

    List<Document> docs() {
        LocalDate may = LocalDate.of(2025, 5, 16);
        return List.of(doc(LinkTest.WIRE, "TASS", may, List.of(west(LinkTest.WIRE, 0.7))),
                doc(LinkTest.REPRINT, "Meridian Daily", may.plusDays(1), List.of(west(LinkTest.REPRINT, 0.8))),
                doc(LinkTest.OTHER, "Riverbend Observer", may.plusDays(20), List.of(west(LinkTest.OTHER, 0.6))),
                doc("The council approved the library budget on Tuesday. Opening hours grow.", "Riverbend Observer",
                        may.plusDays(30), List.of(OTHER)));
    }

    @Test
    void eachLabelWithItsArticlesEvidenceAndIndependentSources() {
        Link link = Link.builder().build();
        try (Store store = Store.open(StoreConfig.duckdb(dir.resolve("n.duckdb")))) {
            store.putAll(docs());
            NarrativeOverview o = link.narratives(store, NarrativeFilter.ALL);
            assertThat(o.articles()).isEqualTo(4);
            assertThat(o.narratives()).extracting(NarrativeGroup::label).containsExactly(LABEL, "Other");
            NarrativeGroup west = o.narratives().get(0);
            assertThat(west.articles()).extracting(Link.Carrier::score).containsExactly(0.8, 0.7, 0.6);
            assertThat(west.independentSources()).as("the reprint is the wire story again").isEqualTo(2);
            west.articles().forEach(c -> assertThat(c.evidence()).singleElement()
                    .satisfies(e -> assertThat(e.text()).endsWith(".").isNotBlank()));
            assertThat(west.articles().get(0).evidence().get(0).text())
                    .isEqualTo(LinkTest.REPRINT.substring(0, LinkTest.REPRINT.indexOf('.') + 1));
            assertThat(o.outlets()).extracting(Link.OutletMix::outlet)
                    .containsExactly("Riverbend Observer", "Meridian Daily", "TASS");
            assertThat(o.outlets().get(0).narratives()).containsEntry("Other", 1).containsEntry(LABEL, 1);
            assertThat(link.narratives(store, NarrativeFilter.ALL)).as("the same store, the same overview")
                    .isEqualTo(o);
        }
    }

    @Test
    void aLabelAndDatesNarrowTheGroupsTheMixKeepsEveryLabelInRange() {
        Link link = Link.builder().build();
        try (Store store = Store.open(StoreConfig.duckdb(dir.resolve("f.duckdb")))) {
            store.putAll(docs());
            NarrativeOverview other = link.narratives(store, new NarrativeFilter(Optional.of("other"),
                    Optional.empty(), Optional.empty()));
            assertThat(other.narratives()).singleElement().satisfies(g -> {
                assertThat(g.label()).isEqualTo("Other");
                assertThat(g.independentSources()).isEqualTo(1);
            });
            assertThat(other.outlets()).hasSize(3);
            assertThat(link.narratives(store, NarrativeFilter.ALL).only(Optional.of("OTHER")))
                    .as("a label picked from the whole overview is the label's filter").isEqualTo(other);
            NarrativeOverview may = link.narratives(store, new NarrativeFilter(Optional.empty(),
                    Optional.of(LocalDate.of(2025, 5, 1)), Optional.of(LocalDate.of(2025, 5, 31))));
            assertThat(may.articles()).isEqualTo(2);
            assertThat(may.narratives()).singleElement().satisfies(g -> assertThat(g.independentSources()).isEqualTo(1));
        }
        assertThatThrownBy(() -> new NarrativeFilter(Optional.empty(), Optional.of(LocalDate.of(2025, 6, 1)),
                Optional.of(LocalDate.of(2025, 5, 1)))).hasMessage("from 2025-06-01 is after to 2025-05-01");
    }
}
