package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley analyze}: {@code --raw} offsets index the file itself, {@code --dct} sets the document date. */
class AnalyzeCommandTest {

    // Written for this test: CRLF line ends and an emoji, so offsets must count UTF-16 chars of the raw file.
    static final String RAW = "Share this article\r\n\r\n\uD83D\uDCF0 Rustem Umerov met Vladimir Medinsky in "
            + "Istanbul on Monday.\r\nThey agreed to meet again next week.\r\n";

    @TempDir
    Path dir;

    @Test
    void rawOffsetsIndexTheFileAsItIs() throws IOException {
        Path file = dir.resolve("raw.txt");
        Files.writeString(file, RAW, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("analyze", "--raw", "--dct", "2025-05-14", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = run.documents().get(0);
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(doc.get("text").asText()).isEqualTo(content); // boilerplate kept, CRLF kept
        for (JsonNode m : doc.get("mentions")) {
            assertThat(content.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        assertThat(doc.get("mentions")).extracting(m -> m.get("text").asText())
                .contains("Rustem Umerov", "Vladimir Medinsky", "Istanbul");
        assertThat(doc.get("published").asText()).isEqualTo("2025-05-14");
        assertThat(doc.get("publishedFrom").asText()).isEqualTo("override");
        // 2025-05-14 is a Wednesday: "Monday" in a past-tense sentence is two days earlier.
        assertThat(doc.get("timexes")).anySatisfy(t -> {
            assertThat(t.get("text").asText()).isEqualTo("Monday");
            assertThat(t.get("value").asText()).isEqualTo("2025-05-12");
        });
    }

    @Test
    void theHeadlineIsAnalysedWithTheBodyAndItsStatementGetsSpans() throws IOException {
        // Written for this test: a headline that reports speech, then a datelined body.
        String headline = "Lavrov insists Kyiv abandoned the Istanbul talks on orders from London";
        String body = "MOSCOW, May 20, 2025 (Parley Example Wire) — Russian Foreign Minister Sergei Lavrov said on"
                + " Tuesday that Ukraine had walked away from the draft agreement.";
        Path file = dir.resolve("headline.txt");
        Files.writeString(file, headline + "\n\n" + body + "\n");
        Cli.Run run = Cli.run("analyze", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = run.documents().get(0);
        String text = doc.get("text").asText();
        assertThat(text).isEqualTo(headline + "\n\n" + body);
        assertThat(doc.get("title").asText()).isEqualTo(headline);
        int end = doc.get("headline").get("end").asInt();
        assertThat(doc.get("headline").get("start").asInt()).isZero();
        assertThat(end).isEqualTo(headline.length());
        assertThat(text.substring(doc.get("body").get("start").asInt(), doc.get("body").get("end").asInt()))
                .isEqualTo(body);
        // the body's opening still gives the date and the agency
        assertThat(doc.get("published").asText()).isEqualTo("2025-05-20");
        assertThat(doc.get("publishedFrom").asText()).isEqualTo("dateline");
        assertThat(doc.get("agency").asText()).isEqualTo("Parley Example Wire");
        // the headline is a sentence and a paragraph of its own, and what it reports is a statement
        assertThat(doc.get("sentences").get(0).get("end").asInt()).isEqualTo(end);
        assertThat(doc.get("paragraphs").get(0).get("text").asText()).isEqualTo(headline);
        assertThat(doc.get("mentions")).anySatisfy(m -> {
            assertThat(m.get("text").asText()).isEqualTo("Lavrov");
            assertThat(m.get("end").asInt()).isLessThanOrEqualTo(end);
        });
        assertThat(doc.get("statements")).anySatisfy(st -> {
            assertThat(st.get("cue").get("text").asText()).isEqualTo("insists");
            assertThat(st.get("content")).isNotEmpty().allSatisfy(c -> assertThat(c.get("end").asInt())
                    .isLessThanOrEqualTo(end));
            assertThat(st.get("content").get(0).get("text").asText()).startsWith("Kyiv abandoned");
            assertThat(st.get("speaker").get("name").asText()).isEqualTo("Sergei Lavrov");
        });
    }

    @Test
    void rawInputPutsNothingInFrontAndFindsTheHeadlineOnlyWhereTheFileHasIt() throws IOException {
        Path titled = dir.resolve("titled.txt");
        String content = "Envoys agree to meet again\n\nRustem Umerov met Vladimir Medinsky in Istanbul.\n";
        Files.writeString(titled, content);
        Path crlf = dir.resolve("raw.txt");
        Files.writeString(crlf, RAW, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("analyze", "--raw", "--dct", "2025-05-14", titled.toString(), crlf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode a = bySource(run, "titled.txt");
        assertThat(a.get("text").asText()).isEqualTo(content);
        assertThat(a.get("headline").get("end").asInt()).isEqualTo("Envoys agree to meet again".length());
        assertThat(a.get("body").get("start").asInt()).isEqualTo("Envoys agree to meet again\n\n".length());
        assertThat(a.get("body").get("end").asInt()).isEqualTo(content.length());
        // a first line that is no headline, or CRLF line ends: no headline, the body is the whole file
        JsonNode b = bySource(run, "raw.txt");
        assertThat(b.get("text").asText()).isEqualTo(RAW);
        assertThat(b.get("headline").isNull()).isTrue();
        assertThat(b.get("body").get("start").asInt()).isZero();
        assertThat(b.get("body").get("end").asInt()).isEqualTo(RAW.length());
    }

    private static JsonNode bySource(Cli.Run run, String name) {
        return run.documents().stream().filter(d -> d.get("source").asText().endsWith(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void dctOverridesTheDateOfACleanedArticleAndBadValuesAreOneLine() throws IOException {
        Path file = dir.resolve("story.txt");
        Files.writeString(file, "Talks in Istanbul\n\nThe delegations met on March 29 at Dolmabahce Palace.\n");
        Cli.Run run = Cli.run("analyze", "--dct", "2022-03-30", file.toString());
        JsonNode doc = run.documents().get(0);
        assertThat(doc.get("title").asText()).isEqualTo("Talks in Istanbul");
        assertThat(doc.get("publishedFrom").asText()).isEqualTo("override");
        assertThat(doc.get("timexes")).anySatisfy(t -> assertThat(t.get("value").asText()).isEqualTo("2022-03-29"));

        Cli.Run bad = Cli.run("analyze", "--dct", "29/03/2022", file.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("parley: --dct '29/03/2022' is not a date of the form YYYY-MM-DD");
    }

    @Test
    void aRawPathThatIsNoFileIsRejectedAndTheOthersGoOn() throws IOException {
        Path file = dir.resolve("raw.txt");
        Files.writeString(file, RAW, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("analyze", "--raw", dir.resolve("missing.txt").toString(), file.toString());
        assertThat(run.exit()).as("some inputs rejected").isEqualTo(3);
        assertThat(run.documents()).hasSize(1);
        assertThat(run.errLines()).singleElement().asString().contains("missing.txt").contains("input.not-found");
    }

    @Test
    void anInputThatYieldsNoDocumentIsOneLineOnStderr() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        Cli.Run run = Cli.run("analyze", empty.toString());
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().contains("empty.txt").contains("input.empty");
        assertThat(run.exit()).isEqualTo(1);
    }
}
