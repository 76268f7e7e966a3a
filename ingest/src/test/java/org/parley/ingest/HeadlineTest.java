package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.ingest.Fixtures.BODY;
import static org.parley.ingest.Fixtures.TITLE;
import static org.parley.ingest.Fixtures.one;
import static org.parley.ingest.Fixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Problem;
import org.parley.model.Span;

/** The headline leads the analysed text once, in every format, and the body keeps what ingest found in it. */
class HeadlineTest {

    private static final Ingest INGEST = Ingest.builder().build();

    @TempDir
    Path dir;

    @Test
    void copiesOfTheTitleLeaveTheBodyWithWhiteSpaceFolded() {
        String wrapped = "Russian and Ukrainian delegations\nmeet  in Istanbul\n\n" + BODY;
        assertThat(Headline.stripCopies(wrapped, TITLE)).isEqualTo(BODY);
        assertThat(Headline.stripCopies(TITLE + "\n\n" + TITLE + "\n\n" + BODY, TITLE)).isEqualTo(BODY);
        // a sentence that begins with the title's words is body text, and so is a body that merely mentions it
        String sentence = TITLE + " for the first time since 2022.\n\n" + BODY;
        assertThat(Headline.stripCopies(sentence, TITLE)).isEqualTo(sentence);
        assertThat(Headline.stripCopies(BODY, TITLE)).isEqualTo(BODY);
        assertThat(Headline.copyEnd("Russian and Ukrainian", TITLE)).isEqualTo(-1);
    }

    @Test
    void composingPutsTheTitleInFrontAndMovesProblemSpans() {
        Problem placed = Problem.at("test.placed", "x", new Span(0, 5), "at the body's first word");
        Problem unplaced = Problem.of("test.unplaced", "x", "nowhere in particular");
        Headline.Composed c = Headline.compose(Optional.of("Envoys meet"), "Talks went on.",
                List.of(placed, unplaced));
        assertThat(c.text()).isEqualTo("Envoys meet\n\nTalks went on.");
        assertThat(c.problems().get(0).span().orElseThrow().of(c.text())).isEqualTo("Talks");
        assertThat(c.problems().get(1)).isEqualTo(unplaced);
        assertThat(Headline.compose(Optional.empty(), "Talks went on.", List.of(placed)).text())
                .isEqualTo("Talks went on.");
    }

    @Test
    void aHeadlineTheBodyRepeatsWrappedIsNotDoubled() {
        // a feed export whose title field is the headline and whose text begins with it, wrapped over two lines
        String body = "Russian and Ukrainian delegations\nmeet in Istanbul\n\n" + BODY;
        Path jsonl = write(dir, "wrapped.jsonl", "{\"title\":\"" + TITLE + "\",\"text\":\""
                + body.replace("\n", "\\n") + "\"}\n");
        Article a = one(INGEST, jsonl.toString());
        assertThat(a.title()).contains(TITLE);
        assertThat(a.text()).isEqualTo(TITLE + "\n\n" + BODY);
        assertThat(a.headline()).contains(new Span(0, TITLE.length()));
        assertThat(a.bodyText()).isEqualTo(BODY);
    }

    @Test
    void theSameArticleReadTwiceOrInAnotherFormatHasTheSameIdAndText() {
        Path text = write(dir, "a.txt", TITLE + "\n\n" + BODY + "\n");
        Path again = write(dir, "b.txt", TITLE + "\n" + "\n\n" + BODY.replace("\n\n", "\n\n\n") + "\n\n");
        Path jsonl = write(dir, "c.jsonl", "{\"title\":\"" + TITLE + "\",\"text\":\"" + BODY.replace("\n", "\\n")
                + "\"}\n");
        Article first = one(INGEST, text.toString());
        Article second = one(INGEST, text.toString());
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.sameContent(first)).isTrue();
        for (Path other : List.of(again, jsonl)) {
            Article o = one(INGEST, other.toString());
            assertThat(o.id()).as(other.toString()).isEqualTo(first.id());
            assertThat(o.text()).as(other.toString()).isEqualTo(first.text());
            assertThat(o.headline()).as(other.toString()).isEqualTo(first.headline());
        }
    }

    @Test
    void anArticleWithoutATitleIsItsBody() {
        Article a = one(INGEST, write(dir, "plain.txt", BODY).toString());
        assertThat(a.title()).isEmpty();
        assertThat(a.headline()).isEmpty();
        assertThat(a.text()).isEqualTo(BODY);
        assertThat(a.body()).isEqualTo(new Span(0, BODY.length()));
    }
}
