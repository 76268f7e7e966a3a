package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.analysis.Analysis;
import org.parley.analysis.Analyzer;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.json.AnalysisJson;
import org.parley.json.DocumentJson;
import org.parley.model.Document;

/**
 * The job in Spark's local mode (two cores, two tasks) over the bundled example corpus (text, HTML, feeds, JSONL and
 * a WARC archive) and two bad files: the same analysis JSON as the pipeline run directly on the same inputs, whole
 * documents that give it again, the bad files as problems while the rest goes on, and the same files again on a
 * second run.
 */
class SparkJobTest {

    static JavaSparkContext sc;
    static Path corpus = Path.of(System.getProperty("parley.root", "..")).resolve("examples/corpus").toAbsolutePath()
            .normalize();

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("parley-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
        sc.setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    /** The pipeline run directly, one thread, on the same inputs: article id to its analysis JSON line. */
    static Map<String, String> direct(List<String> inputs) {
        Map<String, String> out = new TreeMap<>();
        Ingest ingest = Ingest.builder().build();
        try (Analyzer analyzer = Analysis.analyzer(Analysis.pipeline(), 1)) {
            for (String input : inputs) {
                try (Stream<IngestResult> results = ingest.read(input)) {
                    results.forEachOrdered(r -> {
                        if (r instanceof IngestResult.Accepted a) {
                            analyzer.submit(Document.of(a.article()), d -> out.merge(d.article().id(),
                                    AnalysisJson.write(d), (x, y) -> x.compareTo(y) <= 0 ? x : y));
                        }
                    });
                }
            }
            analyzer.finish(d -> out.merge(d.article().id(), AnalysisJson.write(d),
                    (x, y) -> x.compareTo(y) <= 0 ? x : y));
        }
        return out;
    }

    static List<String> lines(Path folder) throws IOException {
        var out = new ArrayList<String>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static Map<Path, byte[]> files(Path folder) throws IOException {
        Map<Path, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".crc"))
                    .toList()) {
                out.put(folder.relativize(p), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void theSameAnalysesAsThePipelineRunDirectlyTheBadFilesAsProblemsAndTheSameFilesTwice() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.html"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 9, 0, 0});
        List<String> inputs = List.of(corpus.toString(), bad.toString(), dir.resolve("missing.warc").toString());
        Path out = dir.resolve("out");

        SparkJob.Summary s = SparkJob.builder().partitions(3).build().run(sc, inputs, out.toString());

        Map<String, String> expected = direct(inputs);
        assertThat(expected).hasSizeGreaterThan(20);
        List<String> analyses = lines(out.resolve("analyses"));
        assertThat(analyses).as("each article once, by id").hasSize(expected.size())
                .containsExactlyElementsOf(expected.values());
        assertThat(s.articles()).isEqualTo(expected.size());
        // The whole documents beside them, line for line: each gives its analysis line again.
        List<String> documents = lines(out.resolve("documents"));
        assertThat(documents).hasSameSizeAs(analyses);
        for (int i = 0; i < documents.size(); i++) {
            assertThat(AnalysisJson.write(DocumentJson.read(documents.get(i)))).isEqualTo(analyses.get(i));
        }
        List<String> problems = lines(out.resolve("problems"));
        assertThat(problems).hasSize(3).isSorted().allSatisfy(p -> assertThat(p).startsWith("rejected "));
        assertThat(String.join("\n", problems)).contains("empty.txt", "binary.html", "missing.warc");
        assertThat(s.rejected()).isEqualTo(3);

        Map<Path, byte[]> first = files(out);
        SparkJob.builder().partitions(3).build().run(sc, inputs, out.toString());
        Map<Path, byte[]> second = files(out);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        second.forEach((p, bytes) -> assertThat(bytes).as(p.toString()).isEqualTo(first.get(p)));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing staged is left behind")
                    .noneMatch(n -> n.contains(".parley-"));
        }
    }

    /**
     * Inputs and output as URIs of a Hadoop file system (here the local one, {@code file:}): each file read from a
     * copy under its own name, Hadoop's markers (_SUCCESS, hidden files) skipped, the same articles as from the paths.
     */
    @Test
    void aHadoopFileSystemIsReadAndWrittenThroughItsUris() throws Exception {
        Path in = Files.createDirectories(dir.resolve("hdfs-like/in/jsonl"));
        try (Stream<Path> files = Files.list(corpus.resolve("jsonl"))) {
            for (Path f : files.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Files.copy(corpus.resolve("archives").resolve(Files.list(corpus.resolve("archives")).findFirst().orElseThrow()
                .getFileName()), in.getParent().resolve("news.warc.gz"));
        Files.writeString(in.resolve("_SUCCESS"), "");
        Files.writeString(in.resolve(".part.crc"), "x");
        String root = in.getParent().toUri().toString();
        String out = dir.resolve("hdfs-like/out").toUri().toString();

        SparkJob.Summary s = SparkJob.builder().partitions(2).build().run(sc, List.of(root, root + "missing.warc"), out);

        Map<String, String> expected = direct(List.of(in.getParent().toString()));
        Path written = dir.resolve("hdfs-like/out");
        List<String> analyses = lines(written.resolve("analyses"));
        var ids = new ArrayList<String>();
        for (String line : analyses) {
            // The contract's first two fields: {"id":"…","source":"…"
            assertThat(line).startsWith("{\"id\":\"").contains("\",\"source\":\"file:");
            ids.add(line.substring(7, 7 + 16));
        }
        assertThat(ids).containsExactlyElementsOf(expected.keySet());
        assertThat(s.articles()).isEqualTo(expected.size());
        assertThat(lines(written.resolve("problems"))).singleElement()
                .satisfies(p -> assertThat(p).contains("missing.warc"));
        assertThat(s.out()).isEqualTo(written.toString());
    }

    @Test
    void aWrongCommandLineIsOneLineAndExitCode2() {
        var err = new ByteArrayOutputStream();
        int code = SparkJob.main(new String[] {"--partitions", "none", "--out", "x", "in"}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(
                "parley-spark: --partitions must be a whole number from 1, not 'none'\nusage: parley-spark --out DIR");
        assertThat(SparkJob.main(new String[] {"in"}, System.out, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).isEqualTo(2);
    }
}
