package org.parley.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.PublishedFrom;

/** Reprints and independent sources on short reports written for this test (public facts, our own wording). */
class LinkTest {

    static final String WIRE = "Russian and Ukrainian delegations met in Istanbul on Friday for their first direct "
            + "talks since the spring of 2022. The meeting in the Dolmabahce palace lasted less than two hours. "
            + "Both sides agreed to exchange one thousand prisoners of war each, the largest swap of the war so far. "
            + "The Ukrainian delegation was led by Defence Minister Rustem Umerov, the Russian one by presidential "
            + "aide Vladimir Medinsky. Turkish Foreign Minister Hakan Fidan opened the meeting.";

    /** The wire story as an outlet ran it: its own first paragraph, a word changed, the rest as sent. */
    static final String REPRINT = "Hopes for a ceasefire were low before the meeting. " + WIRE.replace(
            "lasted less than two hours", "lasted under two hours");

    static final String OTHER = "In Istanbul, negotiators for Kyiv and Moscow sat across the table for the first "
            + "time in three years. Ukraine pressed for an unconditional truce, which Russia refused, but a large "
            + "prisoner exchange was agreed, officials from both delegations said afterwards.";

    static Article article(String text, String outlet, Optional<String> agency, int day) {
        return new Article(ArticleId.fromText(text + outlet), "mem:" + outlet, Optional.of(outlet), agency,
                Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2025, 5, day)), PublishedFrom.METADATA,
                Optional.empty(), "en", text, List.of());
    }

    final Link link = Link.builder().build();

    @Test
    void aReprintWithEditsIsACopyAndAnotherReportOfTheSameEventIsNot() {
        Article wire = article(WIRE, "TASS", Optional.empty(), 16);
        Article reprint = article(REPRINT, "Meridian Daily", Optional.of("TASS"), 17);
        Article other = article(OTHER, "Riverbend Observer", Optional.empty(), 16);
        List<Link.Cluster> clusters = link.reprints(List.of(reprint, other, wire));
        assertThat(clusters).singleElement().satisfies(c -> {
            assertThat(c.articles()).containsExactly(wire, reprint);
            assertThat(c.firstReport()).contains(wire);
            assertThat(c.pairs()).singleElement().satisfies(p -> assertThat(p.similarity()).isBetween(0.5, 1.0));
            assertThat(c.outlets()).as("the reprint names TASS as its agency").isEqualTo(1);
        });
    }

    static Article headed(String headline, Article a) {
        return new Article(a.id(), a.source(), a.outlet(), a.agency(), a.url(), Optional.of(headline), a.published(),
                a.publishedFrom(), a.fetched(), a.language(), headline + "\n\n" + a.text(), a.problems());
    }

    @Test
    void copiesAreComparedByTheirBodiesWhateverHeadlinesTheOutletsGaveThem() {
        Article wire = article(WIRE, "TASS", Optional.empty(), 16);
        Article reprint = article(REPRINT, "Meridian Daily", Optional.empty(), 17);
        List<Link.Pair> bare = link.pairs(List.of(wire, reprint));
        List<Link.Pair> headed = link.pairs(List.of(
                headed("Moscow and Kyiv agree on the largest prisoner swap of the war at Istanbul talks", wire),
                headed("Ceasefire hopes fade as envoys settle for an exchange of captives", reprint)));
        assertThat(headed).singleElement().isEqualTo(bare.get(0));
    }

    @Test
    void independentSourcesCountCopiesAndOneOwnerOnce() {
        Article wire = article(WIRE, "TASS", Optional.empty(), 16);
        Article reprint = article(REPRINT, "Meridian Daily", Optional.empty(), 17);
        Article other = article(OTHER, "Riverbend Observer", Optional.empty(), 16);
        Article stateToo = article("RIA Novosti reported that the delegations agreed on a prisoner exchange in "
                + "Istanbul and would keep talking about a ceasefire.", "RIA Novosti", Optional.empty(), 16);
        assertThat(link.independentSources(List.of(wire, reprint, other))).isEqualTo(2);
        assertThat(link.independentSources(List.of(wire, reprint, other, stateToo)))
                .as("TASS and RIA Novosti are one state owner").isEqualTo(2);
        assertThat(link.independentSources(List.of(other))).isEqualTo(1);
    }

    @Test
    void theSameRunGivesTheSamePairsAndTheBuilderChecksItsThreshold() {
        List<Article> all = List.of(article(WIRE, "A", Optional.empty(), 1), article(REPRINT, "B", Optional.empty(), 2),
                article(OTHER, "C", Optional.empty(), 3), article("", "D", Optional.empty(), 4));
        assertThat(link.pairs(all)).isEqualTo(Link.builder().build().pairs(all)).hasSize(1);
        assertThatThrownBy(() -> Link.builder().threshold(0)).hasMessageContaining("threshold");
    }
}
