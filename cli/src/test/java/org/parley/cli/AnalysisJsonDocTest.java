package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in docs/analysis-json.md is what {@code parley analyze} really prints for its input. */
class AnalysisJsonDocTest {

    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleIsRealOutput() throws IOException {
        String doc = Files.readString(Cli.root().resolve("docs/analysis-json.md"));
        String example = doc.substring(doc.indexOf("## Example"));
        String input = block(example, "text");
        JsonNode documented = Cli.JSON.readTree(block(example, "json"));

        Path file = dir.resolve("istanbul.txt");
        Files.writeString(file, input);
        Cli.Run run = Cli.run("analyze", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode actual = run.documents().get(0);
        assertThat(actual.get("source").asText()).isEqualTo(file.toString());
        ((ObjectNode) actual).put("source", "istanbul.txt");
        assertThat(actual).isEqualTo(documented);
    }

    private static String block(String markdown, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(m.find()).as("a ```" + language + " block in the example").isTrue();
        return m.group(1);
    }
}
