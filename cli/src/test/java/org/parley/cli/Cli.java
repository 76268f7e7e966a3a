package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.parley.analysis.Analysis;
import org.parley.json.AnalysisJson;
import picocli.CommandLine;

/** Runs {@code parley} commands in this JVM (one loaded CoreNLP for all CLI tests) and captures what they print. */
final class Cli {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(AnalysisJson.schema(Analysis.layers()));

    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        /** Each stdout line parsed as an analysis object, checked against the schema. */
        List<JsonNode> documents() {
            return out.lines().map(Cli::parseValid).toList();
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The project's root folder (Maven passes it), for the bundled example corpus. */
    static Path root() {
        return Path.of(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();
    }

    static JsonNode parseValid(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            var errors = SCHEMA.validate(node);
            if (!errors.isEmpty()) {
                throw new AssertionError("output does not match the schema: " + errors + "\n" + line);
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }
}
