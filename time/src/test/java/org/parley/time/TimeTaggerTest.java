package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Problem;
import org.parley.model.PublishedEstimate;
import org.parley.model.PublishedFrom;
import org.parley.model.Sentences;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;
import org.parley.model.Tokens;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;
import org.parley.pipeline.Pipeline;

/** Each class of expression in sentences written for this test, tagged over {@link TinyTokenizer}'s tokens. */
class TimeTaggerTest {

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);

    static final Component TIME = TimeTagger.builder().build().component();

    /** Stands in for CoreNLP: adds tokens and sentences. */
    static final Component TOKENIZER = new Component() {
        @Override
        public String name() {
            return "tiny";
        }

        @Override
        public String version() {
            return "test";
        }

        @Override
        public Set<Class<? extends Layer>> needs() {
            return Set.of();
        }

        @Override
        public Set<Class<? extends Layer>> adds() {
            return Set.of(Tokens.class, Sentences.class);
        }

        @Override
        public Output apply(Document d) {
            TinyTokenizer.Result r = TinyTokenizer.of(d.text());
            return Output.of(r.tokens(), r.sentences());
        }
    };

    static final Pipeline PIPELINE = Pipeline.builder().add(TOKENIZER).add(TIME).build();

    static Article article(String text, Optional<LocalDate> dct) {
        return new Article(ArticleId.fromText(text), "test", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), dct, dct.isPresent() ? PublishedFrom.OVERRIDE : PublishedFrom.NONE,
                Optional.empty(), "en", text, List.of());
    }

    static List<Timex> tag(String text, LocalDate dct) {
        return PIPELINE.run(article(text, Optional.of(dct))).get(Timexes.class).items();
    }

    /** "text=value" for each timex, the easiest thing to read in a failure. */
    static List<String> values(String text, LocalDate dct) {
        return tag(text, dct).stream().map(t -> t.span().of(text) + "=" + t.value()).toList();
    }

    @Test
    void componentContract() {
        assertThat(TIME.name()).isEqualTo("time");
        assertThat(TIME.needs()).isEqualTo(Set.of(Tokens.class, Sentences.class));
        assertThat(TIME.adds()).isEqualTo(Set.of(Timexes.class, PublishedEstimate.class));
    }

    @Test
    void explicitDates() {
        assertThat(values("Negotiators met in Istanbul on March 29, 2022.", MONDAY))
                .containsExactly("March 29, 2022=2022-03-29");
        assertThat(values("The grain deal of 22 July 2022 was signed in Istanbul.", MONDAY))
                .containsExactly("22 July 2022=2022-07-22");
        assertThat(values("The talks collapsed in May 2022.", MONDAY)).containsExactly("May 2022=2022-05");
        assertThat(values("Sept. 30, 2024 was the deadline.", MONDAY)).containsExactly("Sept. 30, 2024=2024-09-30");
    }

    @Test
    void relativeToTheDocumentDate() {
        assertThat(values("Envoys met yesterday and will meet again tomorrow.", MONDAY))
                .containsExactly("yesterday=2025-06-01", "tomorrow=2025-06-03");
        assertThat(values("The talks held last year failed, and a new round is expected next month.", MONDAY))
                .containsExactly("last year=2024", "next month=2025-07");
        assertThat(values("Two weeks ago the delegations met.", MONDAY)).containsExactly("Two weeks ago=2025-W21");
        assertThat(values("This week the envoys met twice.", MONDAY)).containsExactly("This week=2025-W23");
    }

    @Test
    void narrativeAnchoring() {
        String text = "The delegations met on March 29, 2022. Two days later the Russian side withdrew. "
                + "The following day Kyiv said talks were over.";
        assertThat(values(text, MONDAY)).containsExactly("March 29, 2022=2022-03-29", "Two days later=2022-03-31",
                "The following day=2022-04-01");
        String sameYear = "The invasion began in February 2022. In October of the same year the bridge was hit.";
        assertThat(values(sameYear, MONDAY)).containsExactly("February 2022=2022-02",
                "October of the same year=2022-10");
        // without narrative anchoring "two days later" counts from the document date
        List<Timex> plain = Pipeline.builder().add(TOKENIZER)
                .add(TimeTagger.builder().narrativeAnchoring(false).build().component()).build()
                .run(article(text, Optional.of(MONDAY))).get(Timexes.class).items();
        assertThat(plain.get(1).value()).isEqualTo("2025-06-04");
    }

    @Test
    void weekdaysByTense() {
        assertThat(values("The talks ended on Friday.", MONDAY)).containsExactly("Friday=2025-05-30");
        assertThat(values("The talks will resume on Friday.", MONDAY)).containsExactly("Friday=2025-06-06");
        assertThat(values("A new round is expected on Thursday.", MONDAY)).containsExactly("Thursday=2025-06-05");
        assertThat(values("They met last Monday.", MONDAY)).containsExactly("last Monday=2025-05-26");
        // said on a Monday about Monday: today
        assertThat(values("The envoys met on Monday.", MONDAY)).containsExactly("Monday=2025-06-02");
    }

    @Test
    void yearlessDatesTakeTheNearestYear() {
        LocalDate january = LocalDate.of(2025, 1, 10);
        assertThat(values("The truce was signed on December 28.", january)).containsExactly("December 28=2024-12-28");
        assertThat(values("The summit will open on February 3.", january)).containsExactly("February 3=2025-02-03");
    }

    @Test
    void seasonsPartsOfMonthsAndDecades() {
        assertThat(values("The offensive began in the spring of 2023.", MONDAY))
                .containsExactly("the spring of 2023=2023-SP");
        assertThat(values("Fighting eased last summer.", MONDAY)).containsExactly("last summer=2024-SU");
        List<Timex> late = tag("The envoys met in late March 2024.", MONDAY);
        assertThat(late).singleElement().satisfies(t -> {
            assertThat(t.value()).isEqualTo("2024-03");
            assertThat(t.mod()).contains("END");
        });
        assertThat(tag("A deal is possible by the end of 2025.", MONDAY)).singleElement()
                .satisfies(t -> assertThat(t.mod()).contains("END"));
        assertThat(values("Relations soured in the 1990s.", MONDAY)).containsExactly("the 1990s=199");
        assertThat(values("Results for the third quarter of 2024 were weak.", MONDAY))
                .containsExactly("the third quarter of 2024=2024-Q3");
    }

    @Test
    void rangesShareTheYear() {
        assertThat(values("The ceasefire held from February 28 to March 7, 2022.", MONDAY))
                .containsExactly("February 28=2022-02-28", "March 7, 2022=2022-03-07");
        assertThat(values("Shelling went on from December 30 to January 2, 2023.", MONDAY))
                .containsExactly("December 30=2022-12-30", "January 2, 2023=2023-01-02");
    }

    @Test
    void durationsVersusDates() {
        List<Timex> t = tag("They agreed a two-year truce two years ago, after talks for three days.", MONDAY);
        assertThat(t).extracting(Timex::type, Timex::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TimexType.DURATION, "P2Y"),
                org.assertj.core.groups.Tuple.tuple(TimexType.DATE, "2023"),
                org.assertj.core.groups.Tuple.tuple(TimexType.DURATION, "P3D"));
        assertThat(tag("The exchange took about three weeks.", MONDAY)).singleElement().satisfies(x -> {
            assertThat(x.value()).isEqualTo("P3W");
            assertThat(x.mod()).contains("APPROX");
        });
        assertThat(values("Monitors report every week.", MONDAY)).containsExactly("every week=P1W");
    }

    @Test
    void sinceAndLastYearsTalks() {
        assertThat(values("The conflict has gone on since 2014.", MONDAY)).containsExactly("2014=2014");
        assertThat(values("Last year's talks in Istanbul failed.", MONDAY)).containsExactly("Last year=2024");
    }

    @Test
    void referencesToPresentAndPast() {
        assertThat(values("The front is now quiet, and the current talks recently stalled.", MONDAY))
                .containsExactly("now=PRESENT_REF", "current=PRESENT_REF", "recently=PAST_REF");
    }

    @Test
    void clockTimes() {
        assertThat(values("The talks will resume at 10 a.m. on Friday.", MONDAY))
                .containsExactly("10 a.m. on Friday=2025-06-06T10:00");
    }

    @Test
    void falsePositivesAreRejected() {
        assertThat(tag("Zhang Jun, China's envoy, said Beijing welcomed the move.", MONDAY)).isEmpty();
        assertThat(tag("April Ryan asked the spokesman about the Minsk agreements.", MONDAY)).isEmpty();
        assertThat(tag("The Istanbul communiqué was never signed by Moscow.", MONDAY)).isEmpty();
        assertThat(tag("Some 6,000 prisoners remain, after a 1,000-for-1,000 exchange.", MONDAY)).isEmpty();
        assertThat(tag("Article 5 and Resolution 2202 were cited, and 2000 soldiers withdrew.", MONDAY)).isEmpty();
        assertThat(tag("Kyiv may reject the offer.", MONDAY)).isEmpty();
    }

    @Test
    void withoutADocumentDateTheUnknownStaysOpen() {
        List<Timex> t = PIPELINE.run(article("They met on March 29 and again on Friday.", Optional.empty()))
                .get(Timexes.class).items();
        assertThat(t).extracting(Timex::value).containsExactly("XXXX-03-29", "XXXX-WXX-5");
    }

    @Test
    void offsetsCoverTheExpressionOnly() {
        String text = "On Friday, March 29, 2024, the talks ended.";
        Timex t = tag(text, MONDAY).get(0);
        assertThat(t.span().of(text)).isEqualTo("Friday, March 29, 2024");
    }

    static Document undated(String text, Optional<java.time.Instant> fetched) {
        return PIPELINE.run(new Article(ArticleId.fromText(text), "test", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), PublishedFrom.NONE, fetched, "en", text,
                List.of()));
    }

    @Test
    void anUndatedArticleWasNotPublishedBeforeTheLatestPastDateItGives() {
        String text = "The delegations met in Istanbul on June 10, 2023. They will meet again on July 4, 2024,"
                + " and talked on Friday.";
        Document d = undated(text, Optional.empty());
        PublishedEstimate e = d.get(PublishedEstimate.class);
        assertThat(e.earliest()).as("the future date does not count").contains(LocalDate.of(2023, 6, 10));
        assertThat(e.latest()).isEmpty();
        assertThat(e.day()).isEmpty();
        assertThat(e.evidence()).extracting(s -> s.of(text)).containsExactly("June 10, 2023");
        assertThat(e.basis()).contains("not before 2023-06-10");
        assertThat(d.problems()).extracting(Problem::code).containsExactly("date.estimated");
        assertThat(d.problems().get(0).message()).contains("left unnormalized");
        assertThat(d.get(Timexes.class).items()).extracting(Timex::value).contains("XXXX-WXX-5");
    }

    @Test
    void aOneDayEstimateAnchorsRelativeExpressions() {
        String text = "Negotiators met in Istanbul on May 16, 2025. Last week they had exchanged lists of prisoners.";
        Document d = undated(text, Optional.of(java.time.Instant.parse("2025-05-16T22:00:00Z")));
        PublishedEstimate e = d.get(PublishedEstimate.class);
        assertThat(e.day()).contains(LocalDate.of(2025, 5, 16));
        assertThat(d.problems()).extracting(Problem::code).containsExactly("date.estimated");
        assertThat(d.problems().get(0).message()).contains("normalized against it");
        assertThat(d.get(Timexes.class).items()).extracting(t -> t.span().of(text) + "=" + t.value())
                .contains("Last week=2025-W19");
    }

    @Test
    void boundsThatDisagreeAreNotKeptAndADatedArticleIsItsOwnEstimate() {
        Document d = undated("The delegations met on June 10, 2023.",
                Optional.of(java.time.Instant.parse("2022-01-01T00:00:00Z")));
        PublishedEstimate e = d.get(PublishedEstimate.class);
        assertThat(e.earliest()).isEmpty();
        assertThat(e.latest()).isEmpty();
        assertThat(e.basis()).contains("disagree");
        PublishedEstimate dated = PIPELINE.run(article("The delegations met on June 10, 2023.", Optional.of(MONDAY)))
                .get(PublishedEstimate.class);
        assertThat(dated.day()).contains(MONDAY);
        assertThat(undated("No dates here at all.", Optional.empty()).problems()).isEmpty();
    }
}
