package org.parley.spark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.parley.analysis.Analysis;
import org.parley.pipeline.Pipeline;
import scala.Tuple2;

/**
 * Parley's ingest and analysis pipeline run by Apache Spark over many inputs, for when one machine is not enough:
 * the same components as {@code parley analyze}, one analysis JSON line per article (docs/analysis-json.md), loaded
 * once per executor JVM and shared by its tasks. The module's one entry point.
 *
 * <pre>{@code
 * try (JavaSparkContext sc = new JavaSparkContext(conf)) {
 *     SparkJob.Summary s = SparkJob.builder().partitions(16).build().run(sc, List.of("hdfs:///cc-news"), "hdfs:///out");
 * }
 * }</pre>
 *
 * <p>Inputs are local files or directories every executor can read at the same path (a local disk in local mode, a
 * shared mount), URIs of a Hadoop file system ({@code hdfs://...}, {@code file:/...}), or web addresses; a directory's
 * files are spread over the tasks. The output directory holds
 * {@code analyses/part-*} (articles by id, each id once: the same article from two files is one line),
 * {@code documents/part-*} (the same articles as whole documents, {@link org.parley.json.DocumentJson}, which
 * {@code parley load} stores without analysing them again) and {@code problems/part-*} (one line per rejected input
 * or record, as {@code parley analyze} prints them). It is
 * written beside the target and moved into place when the job has succeeded, so a failed job leaves the old output
 * as it was, and the same inputs give the same files again.
 */
public final class SparkJob {

    /** What a run did: articles written, duplicates dropped (same id), inputs or records rejected. */
    public record Summary(long articles, long duplicates, long rejected, String out) {
    }

    private final Settings settings;
    private final int partitions;

    private SparkJob(Settings settings, int partitions) {
        this.settings = settings;
        this.partitions = partitions;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs the job over {@code inputs} (local paths, URLs, or URIs of a Hadoop file system) into {@code out} (a
     * local folder or such a URI), replaced as a whole when the job succeeds.
     */
    public Summary run(JavaSparkContext sc, List<String> inputs, String out) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs");
        }
        Configuration conf = sc.hadoopConfiguration();
        List<String> files = inputs.stream().flatMap(i -> Storage.expand(i, conf).stream()).toList();
        Path target = Storage.output(out);
        Path staging = Storage.staging(target);
        // Before any analysis: an output that cannot be written fails the job at once.
        Storage.prepare(staging, conf);
        JavaPairRDD<String, Tuple2<String, String>> results = sc.parallelize(files,
                Math.max(1, Math.min(files.size(), partitions))).mapPartitionsToPair(new Worker(settings)).cache();
        try {
            JavaPairRDD<String, Tuple2<String, String>> articles = results
                    .filter(r -> r._1().startsWith(Worker.ARTICLE));
            long read = articles.count();
            // One article per id; of two different analyses of one id (a page changed between two crawls), the one
            // with the smaller analysis line, so the choice does not depend on which task ran first.
            JavaPairRDD<String, Tuple2<String, String>> unique = articles
                    .reduceByKey((a, b) -> a._1().compareTo(b._1()) <= 0 ? a : b)
                    .sortByKey(true, Math.max(1, partitions)).cache();
            long written = unique.count();
            unique.map(a -> a._2()._1()).saveAsTextFile(new Path(staging, "analyses").toString());
            unique.map(a -> a._2()._2()).saveAsTextFile(new Path(staging, "documents").toString());
            unique.unpersist();
            JavaPairRDD<String, Tuple2<String, String>> problems = results
                    .filter(r -> r._1().startsWith(Worker.PROBLEM));
            long rejected = problems.count();
            problems.sortByKey(true, 1).map(p -> p._2()._1())
                    .saveAsTextFile(new Path(staging, "problems").toString());
            Storage.replace(staging, target, conf);
            return new Summary(written, read - written, rejected, Storage.show(target));
        } finally {
            results.unpersist();
            Storage.remove(staging, conf);
        }
    }

    /**
     * {@code parley-spark --out DIR [--master M] [--partitions N] [--max-chars N] [--max-seconds N] INPUT...}: a
     * wrong argument is one line and exit code 2; otherwise the summary, with the exit codes of {@code parley analyze}.
     */
    public static void main(String[] args) {
        System.exit(main(args, System.out, System.err));
    }

    static int main(String[] args, PrintStream out, PrintStream err) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("parley-spark: " + e.getMessage());
            err.println("usage: " + Arguments.USAGE);
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("parley");
        if (!conf.contains("spark.master")) {
            conf.setMaster(a.master());
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            Summary s = builder().partitions(a.partitions()).maxChars(a.maxChars())
                    .maxSeconds(a.maxSeconds()).build().run(sc, a.inputs(), a.out());
            out.printf(Locale.ROOT, "%d articles written to %s/analyses and /documents (%d duplicates dropped), %d"
                    + " rejected%s%n", s.articles(), s.out(), s.duplicates(), s.rejected(),
                    s.rejected() > 0 ? " (see " + s.out() + "/problems)" : "");
            // As parley analyze: 0 when every input went through, 3 when some were rejected, 1 when none was read.
            return s.rejected() == 0 ? 0 : s.articles() > 0 ? 3 : 1;
        } catch (Exception e) {
            // The job failed as a whole (an output it cannot write, executors lost): one line. The output is moved
            // into place last, so a job that failed before that left the old one as it was.
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String why = String.valueOf(root.getMessage()).lines().findFirst().orElse(root.getClass().getSimpleName());
            err.println("parley-spark: the job failed: " + why);
            return 1;
        }
    }

    /** Options, checked as they are set. */
    public static final class Builder {
        private int partitions = 2;
        private int maxChars = Pipeline.DEFAULT_MAX_CHARS;
        private Duration limit = Analysis.DEFAULT_TIME_LIMIT;

        private Builder() {
        }

        /** Tasks the inputs are spread over, and files each output is written in. */
        public Builder partitions(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("partitions must be at least 1, not " + n);
            }
            this.partitions = n;
            return this;
        }

        /** Longer texts are written unanalysed, with a problem saying so, as {@code parley analyze} does. */
        public Builder maxChars(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("max chars must be at least 1, not " + n);
            }
            this.maxChars = n;
            return this;
        }

        /** An article still being analysed after this is given up, and the task goes on. */
        public Builder maxSeconds(int seconds) {
            if (seconds < 1) {
                throw new IllegalArgumentException("max seconds must be at least 1, not " + seconds);
            }
            this.limit = Duration.ofSeconds(seconds);
            return this;
        }

        public SparkJob build() {
            return new SparkJob(new Settings(maxChars, limit.toSeconds()), partitions);
        }
    }

    /** The command line, read by hand: the module has no use for a CLI framework beyond this. */
    record Arguments(List<String> inputs, String out, String master, int partitions, int maxChars, int maxSeconds) {
        static final String USAGE = "parley-spark --out DIR [--master local[*]] [--partitions N] [--max-chars N]"
                + " [--max-seconds N] INPUT...";

        static Arguments parse(String[] args) {
            var inputs = new ArrayList<String>();
            String out = null;
            String master = "local[*]";
            int partitions = 2 * Runtime.getRuntime().availableProcessors();
            int maxChars = Pipeline.DEFAULT_MAX_CHARS;
            int maxSeconds = (int) Analysis.DEFAULT_TIME_LIMIT.toSeconds();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    inputs.add(arg);
                    continue;
                }
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                switch (arg) {
                    case "--out" -> out = value;
                    case "--master" -> master = value;
                    case "--partitions" -> partitions = number(arg, value);
                    case "--max-chars" -> maxChars = number(arg, value);
                    case "--max-seconds" -> maxSeconds = number(arg, value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out DIR is required");
            }
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no inputs");
            }
            return new Arguments(List.copyOf(inputs), out, master, partitions, maxChars, maxSeconds);
        }

        private static int number(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException(option + " must be a whole number from 1, not '" + value + "'");
        }
    }
}
