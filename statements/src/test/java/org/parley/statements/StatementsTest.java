package org.parley.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Speaker;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.model.Statements;

class StatementsTest {

    static List<Statement> statements(Document d) {
        return d.get(Statements.class).items();
    }

    static String content(Document d, Statement s) {
        return String.join(" | ", s.content().stream().map(c -> c.of(d.text())).toList());
    }

    static String speaker(Statement s) {
        return s.speaker().map(Speaker::name).orElse("?");
    }

    @Test
    void curlyQuotesWithTheAttributionAfter() {
        Document d = Docs.analysed("“We are ready to meet in Istanbul again,” Peskov said.");
        assertThat(statements(d)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
            assertThat(content(d, s)).isEqualTo("We are ready to meet in Istanbul again,");
            assertThat(speaker(s)).isEqualTo("Dmitry Peskov");
            assertThat(s.cue().of(d.text())).isEqualTo("said");
        });
    }

    @Test
    void straightQuotesSplitAroundHeSaid() {
        Document d = Docs.analysed("Lavrov met the press. \"The talks are over for now,\" he said, \"but we will"
                + " return to the table.\"");
        assertThat(statements(d)).singleElement().satisfies(s -> {
            assertThat(s.content()).hasSize(2);
            assertThat(content(d, s)).isEqualTo("The talks are over for now, | but we will return to the table.");
            assertThat(speaker(s)).isEqualTo("Sergei Lavrov");
        });
    }

    @Test
    void guillemetsWithTheAttributionBefore() {
        Document d = Docs.analysed("Zakharova said: «Kyiv blocked the talks at the direction of Washington.»");
        assertThat(statements(d)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
            assertThat(content(d, s)).startsWith("Kyiv blocked the talks");
            assertThat(speaker(s)).isEqualTo("Maria Zakharova");
        });
    }

    @Test
    void singleQuotesAndApostrophesApart() {
        Document d = Docs.analysed("‘Kyiv’s answer is still no,’ said Podolyak.");
        assertThat(statements(d)).singleElement().satisfies(s -> {
            assertThat(content(d, s)).isEqualTo("Kyiv’s answer is still no,");
            assertThat(speaker(s)).isEqualTo("Mykhailo Podolyak");
        });
    }

    @Test
    void aQuoteRunsOnAcrossParagraphs() {
        Document d = Docs.analysed("Umerov said: “We brought a list of prisoners.\n\n“The other side accepted"
                + " the list in full.”");
        assertThat(statements(d)).singleElement().satisfies(s -> {
            assertThat(s.content()).hasSize(2);
            assertThat(content(d, s)).contains("list of prisoners").contains("accepted the list");
            assertThat(speaker(s)).isEqualTo("Rustem Umerov");
        });
    }

    @Test
    void reportedSpeechWithSaidThat() {
        Document d = Docs.analysed("Zakharova said that Kyiv blocked the negotiations.");
        assertThat(statements(d)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
            assertThat(content(d, s)).isEqualTo("Kyiv blocked the negotiations");
            assertThat(s.source().map(x -> x.of(d.text()))).contains("Zakharova");
        });
    }

    @Test
    void accordingToAtTheStartAndAtTheEnd() {
        Document d = Docs.analysed("According to Peskov, the talks will continue. The memorandum is ready,"
                + " according to Medinsky.");
        assertThat(statements(d)).extracting(s -> speaker(s) + ": " + content(d, s)).containsExactly(
                "Dmitry Peskov: the talks will continue", "Vladimir Medinsky: The memorandum is ready");
    }

    @Test
    void stressedToldAndInHisWords() {
        Document d = Docs.analysed("Lavrov stressed that Russia wants lasting peace. Umerov told Izvestia that the"
                + " exchange will continue. In his words, the list is long.", LocalDate.of(2025, 5, 16),
                Set.of("Izvestia"));
        assertThat(statements(d)).extracting(s -> s.cue().of(d.text()) + " " + speaker(s)).containsExactly(
                "stressed Sergei Lavrov", "told Rustem Umerov", "In his words Rustem Umerov");
    }

    @Test
    void aPossessiveStatementThat() {
        Document d = Docs.analysed("Peskov rejected Zelensky's statement that the talks were a show.");
        assertThat(statements(d)).anySatisfy(s -> {
            assertThat(speaker(s)).isEqualTo("Volodymyr Zelensky");
            assertThat(content(d, s)).isEqualTo("the talks were a show");
        });
    }

    @Test
    void quotedFragmentsMakeAMixedStatement() {
        Document d = Docs.analysed("Podolyak said that the memorandum was “an ultimatum in diplomatic form”.");
        assertThat(statements(d)).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(StatementKind.MIXED));
    }

    @Test
    void nestedAttributionIsKeptAsOuterAndEmbedded() {
        Document d = Docs.analysed("Zakharova said that Zelensky said the talks were pointless.");
        List<Statement> all = statements(d);
        assertThat(all).hasSize(2);
        Statement outer = all.stream().filter(s -> s.embeddedIn().isEmpty()).findFirst().orElseThrow();
        Statement inner = all.stream().filter(s -> s.embeddedIn().isPresent()).findFirst().orElseThrow();
        assertThat(speaker(outer)).isEqualTo("Maria Zakharova");
        assertThat(speaker(inner)).isEqualTo("Volodymyr Zelensky");
        assertThat(inner.embeddedIn()).contains(outer.id());
    }

    @Test
    void idsAreStableAcrossRuns() {
        String text = "“We are ready to meet in Istanbul again,” Peskov said.";
        assertThat(statements(Docs.analysed(text))).extracting(Statement::id)
                .isEqualTo(statements(Docs.analysed(text)).stream().map(Statement::id).toList());
    }

    @Test
    void noCueNoStatement() {
        assertThat(statements(Docs.analysed("The delegations met in Istanbul on Friday."))).isEmpty();
    }

    @Test
    void aCueLearnedFromPolnearTakesTheRestOfTheSentence() {
        assertThat(Lexicon.learnedVerb("urge")).as("learned, not in the hand-written list").isTrue();
        assertThat(Lexicon.VERB_CUES).doesNotContain("criticize");
        Document d = Docs.analysed("Zelensky criticized the allies for the slow deliveries of air defence.");
        assertThat(statements(d)).singleElement().satisfies(s -> {
            assertThat(s.cue().of(d.text())).isEqualTo("criticized");
            assertThat(content(d, s)).isEqualTo("the allies for the slow deliveries of air defence");
            assertThat(speaker(s)).isEqualTo("Volodymyr Zelensky");
        });
    }

    @Test
    void theLearnedLexiconKeepsReportingVerbsAndDropsAuxiliaries() {
        assertThat(Lexicon.LEARNED_VERBS.get("say")).isGreaterThan(0.8);
        assertThat(Lexicon.learnedVerb("say")).isTrue();
        assertThat(Lexicon.learnedVerb("be")).isFalse();
        assertThat(Lexicon.learnedVerb("have")).isFalse();
        assertThat(Lexicon.learnedVerb("meet")).isFalse();
    }

    @Test
    void addingEndsTheFirstStatementAndStartsAnotherOfTheSameSpeaker() {
        Document d = Docs.analysed("Peskov said the talks were over, adding that Moscow would wait for Kyiv.");
        assertThat(statements(d)).hasSize(2);
        Statement first = statements(d).get(0);
        Statement second = statements(d).get(1);
        assertThat(content(d, first)).isEqualTo("the talks were over");
        assertThat(content(d, second)).isEqualTo("Moscow would wait for Kyiv");
        assertThat(second.cue().of(d.text())).isEqualTo("adding");
        assertThat(speaker(first)).isEqualTo("Dmitry Peskov");
        assertThat(speaker(second)).isEqualTo("Dmitry Peskov");
        assertThat(second.embeddedIn()).isEmpty();
    }

    @Test
    void twoApostrophesQuoteLikeADoubleMark() {
        Document d = Docs.analysed("''We will not sign this memorandum,'' Lavrov said.");
        assertThat(statements(d)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
            assertThat(content(d, s)).isEqualTo("We will not sign this memorandum,");
            assertThat(speaker(s)).isEqualTo("Sergei Lavrov");
        });
    }

    @Test
    void aNameBeforeAColonSpeaksItsParagraph() {
        Document d = Docs.analysed("PESKOV: The talks are over. We will wait for Kyiv.\n\nThe meeting ended.");
        assertThat(statements(d)).singleElement().satisfies(s -> {
            assertThat(s.cue().of(d.text())).isEqualTo(":");
            assertThat(content(d, s)).isEqualTo("The talks are over. We will wait for Kyiv");
        });
    }

    @Test
    void aDatelineIsNoSpeaker() {
        Document d = Docs.analysed("ISTANBUL — The delegations of both countries, after long talks on Monday, agreed"
                + " on new exchanges of prisoners.");
        assertThat(statements(d)).noneMatch(s -> s.source().map(x -> x.of(d.text())).orElse("").equals("ISTANBUL"));
        Document plain = Docs.analysed("Umerov, after long talks on Monday, agreed on new exchanges of prisoners.");
        assertThat(statements(plain)).singleElement()
                .satisfies(s -> assertThat(s.source().map(x -> x.of(plain.text())).orElse("")).startsWith("Umerov,"));
    }
}
