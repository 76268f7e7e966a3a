package org.parley.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Problem;
import org.parley.model.Stamp;
import org.parley.model.Step;

/** A whole document to one line and back: equal, tokens, steps and each step's problems included. */
class DocumentJsonTest {

    @Test
    void aDocumentReadsBackEqualStepByStep() {
        Document one = AnalysisJsonTest.analysed();
        Document two = one.with(new Step(new Stamp("second", "2.1"), List.of(), List.of(Problem.of("x.y", "fixtures/a.txt",
                "a problem of the second step"))));
        for (Document d : List.of(one, two)) {
            String line = DocumentJson.write(d);
            assertThat(line).doesNotContain("\n").contains("org.parley.model.Tokens");
            Document back = DocumentJson.read(line);
            assertThat(back).isEqualTo(d);
            assertThat(DocumentJson.write(back)).isEqualTo(line);
            assertThat(AnalysisJson.write(back)).isEqualTo(AnalysisJson.write(d));
        }
    }

    @Test
    void whatIsNotADocumentSaysWhy() {
        assertThatThrownBy(() -> DocumentJson.read("{")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> DocumentJson.read("{\"id\": \"x\"}"))
                .hasMessage("not a Parley document: an object with article and steps expected");
        String line = DocumentJson.write(AnalysisJsonTest.analysed());
        assertThatThrownBy(() -> DocumentJson.read(line.replace("org.parley.model.Tokens", "org.parley.model.Nope")))
                .hasMessageContaining("no layer type org.parley.model.Nope");
        assertThatThrownBy(() -> DocumentJson.read(line.replace("\"source\":", "\"sauce\":")))
                .hasMessageStartingWith("document does not fit this Parley's records");
    }
}
