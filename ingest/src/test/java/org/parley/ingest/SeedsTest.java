package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.codes;
import static org.parley.ingest.Fixtures.one;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;
import org.parley.testing.Shared;

/** The five real articles saved off the web: boilerplate goes, the story stays, dates are right or empty. */
class SeedsTest {

    private static final Ingest INGEST = Ingest.builder().build();

    private static final List<String> BOILERPLATE = List.of("Skip to main content", "Advertisement", "Live broadcast",
            "Leave a Reply", "Your email address will not be published", "Required fields are marked",
            "Related materials", "publication of articles on our site", "Photo:", "Переведено", "Озвучить",
            "Select important", " date 20", "date 2023-");

    private static String read(java.nio.file.Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Article seed(String prefix) {
        return one(INGEST, Shared.seed(prefix).toString());
    }

    @Test
    void noSeedKeepsBoilerplateAndAllAreEnglish() {
        for (var path : Shared.seeds()) {
            Article a = one(INGEST, path.toString());
            for (String b : BOILERPLATE) {
                assertThat(a.text()).as("%s still has '%s'", path.getFileName(), b).doesNotContain(b);
            }
            assertThat(a.text().lines()).as("%s: stray UI lines", path.getFileName())
                    .noneMatch(l -> l.equals("0") || l.equals("On") || l.equals("Off"));
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.source()).isEqualTo(path.toString());
            assertThat(a.text()).doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
        }
    }

    @Test
    void leadingDateHeaderIsMetadataAndLeavesTheText() {
        Article a = seed("000");
        assertThat(a.published()).contains(LocalDate.of(2023, 2, 13));
        assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.METADATA);
        assertThat(a.text()).startsWith("Belarusian Foreign Ministry");
        assertThat(a.title()).isEmpty(); // its first paragraph is a sentence, not a headline
        assertThat(a.problems()).isEmpty();

        Article b = seed("001");
        assertThat(b.published()).contains(LocalDate.of(2023, 2, 17));
        assertThat(b.publishedFrom()).isEqualTo(PublishedFrom.METADATA);
        assertThat(b.title()).hasValueSatisfying(t -> assertThat(t).startsWith("Foreign Ministry spokeswoman"));
        assertThat(b.bodyText()).doesNotStartWith("Foreign Ministry spokeswoman");
        assertThat(b.headline()).hasValueSatisfying(h -> assertThat(h.of(b.text())).isEqualTo(b.title().orElseThrow()));
    }

    @Test
    void relatedListsGoButTheParagraphAfterThemStays() {
        Article a = seed("001");
        assertThat(Cleaner.clean(read(Shared.seed("001"))).removed()).extracting(Cleaner.Removal::category)
                .containsExactly("related", "related", "related"); // two list openers and the one headline listed
        assertThat(a.text()).doesNotContain("could prevent a crisis in Ukraine\n")
                .contains("back in September refused")
                .contains("Chinese envoy")
                .contains("[соглашения]"); // a foreign word inside an English sentence is content
    }

    @Test
    void eventDatesInTheBodyAreNotPublicationDates() {
        for (String prefix : List.of("002", "003")) {
            Article a = seed(prefix);
            assertThat(a.published()).as(prefix).isEmpty();
            assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.NONE);
            assertThat(codes(a)).as(prefix).containsExactly("date.not-found");
            assertThat(a.problems().get(0).message()).contains("events");
        }
    }

    @Test
    void izvestiaNavigationGoesAndTheStoryStays() {
        Article a = seed("002");
        assertThat(a.title()).hasValueSatisfying(t -> assertThat(t).startsWith("Negotiation regression"));
        assertThat(a.bodyText()).startsWith("Moscow is ready")
                .contains("Grushko").contains("Ryzhenkov").contains("Gaidukevich").contains("Medinsky");
        assertThat(a.text()).doesNotContainPattern("\\p{IsCyrillic}{4,}");
    }

    @Test
    void commentFormGoes() {
        Article a = seed("003");
        assertThat(a.title()).hasValueSatisfying(t -> assertThat(t).contains("Lavrov"));
        assertThat(a.text()).contains("Arachhamia").endsWith("new attack.");
    }

    @Test
    void datelineWithoutYearAndWithoutAnchorGivesNoDateAndSaysWhy() {
        Article a = seed("004");
        assertThat(a.published()).isEmpty();
        assertThat(codes(a)).containsExactly("date.dateline-no-year");
        Problem p = a.problems().get(0);
        assertThat(p.message()).contains("ASTANA, July 4").contains("2022").contains("bound it from below");
        assertThat(a.bodyText()).startsWith("ASTANA, July 4. /TASS/.").contains("Arakhamia").contains("Orban")
                .doesNotContain("We remind our readers");
        assertThat(a.title()).hasValueSatisfying(t -> assertThat(t).startsWith("Putin insists").doesNotContain("ASTANA"));
        // the headline is analysed too: it leads the text, and the dateline still opens the body
        assertThat(a.text()).startsWith(a.title().orElseThrow() + "\n\nASTANA, July 4.");
        assertThat(a.agency()).as("the agency named in the dateline").contains("TASS");
        assertThat(a.outlet()).as("the seed has no publisher metadata").isEmpty();
    }

    @Test
    void readingTwiceGivesEqualArticles() {
        for (var path : Shared.seeds()) {
            assertThat(one(INGEST, path.toString())).isEqualTo(one(Ingest.builder().build(), path.toString()));
        }
    }

    @Test
    void dctOverridesTheDate() {
        Article a = one(Ingest.builder().dct(LocalDate.of(2024, 7, 4)).build(), Shared.seed("004").toString());
        assertThat(a.published()).contains(LocalDate.of(2024, 7, 4));
        assertThat(a.publishedFrom()).isEqualTo(PublishedFrom.OVERRIDE);
        assertThat(codes(a)).doesNotContain("date.dateline-no-year");
        assertThat(a.title()).isEqualTo(one(INGEST, Shared.seed("004").toString()).title());
    }
}
