package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.parley.ingest.Ingest;
import org.parley.ingest.IngestResult;
import org.parley.model.Problem;

/**
 * Where the job reads and writes: local paths as {@code parley analyze} takes them, or URIs of a Hadoop file system
 * ({@code hdfs://}, {@code file:}, and any other whose connector is on the class path), so a cluster's executors
 * need not share a disk. http(s) URLs stay with ingest, which fetches them.
 */
final class Storage {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private Storage() {
    }

    /** Whether the input names a file of a Hadoop file system rather than a local path or a web page. */
    static boolean distributed(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return SCHEME.matcher(lower).matches() && !lower.startsWith("http://") && !lower.startsWith("https://")
                && (lower.contains("://") || lower.startsWith("file:"));
    }

    /**
     * The files one input stands for, each read on its own: a local directory's files ({@link Ingest#expand}), a
     * distributed directory's files (recursively, sorted, names starting with . or _ skipped, as Hadoop's own
     * writers name their markers), else the input itself, so reading it reports what is wrong.
     */
    static List<String> expand(String input, Configuration conf) {
        if (!distributed(input)) {
            return Ingest.expand(input);
        }
        Path dir = new Path(input.strip());
        try {
            FileSystem fs = dir.getFileSystem(conf);
            if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
                return List.of(input);
            }
            String root = fs.getFileStatus(dir).getPath().toUri().getPath();
            var files = new ArrayList<String>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
            while (it.hasNext()) {
                Path p = it.next().getPath();
                String relative = p.toUri().getPath().substring(root.length());
                if (!hidden(relative)) {
                    files.add(p.toString());
                }
            }
            files.sort(null);
            return files.isEmpty() ? List.of(input) : files;
        } catch (IOException | RuntimeException e) {
            return List.of(input);
        }
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads one input as ingest does; a distributed file from a local copy under its own name (its name tells its
     * format), removed when the stream is closed, or one rejection saying why it could not be read.
     */
    static Stream<IngestResult> read(Ingest ingest, String input, Configuration conf) {
        if (!distributed(input)) {
            return ingest.read(input);
        }
        java.nio.file.Path copy;
        try {
            copy = copy(input, conf);
        } catch (IOException e) {
            return Stream.of(new IngestResult.Rejected(Problem.of("input.unreadable", input, "cannot read: "
                    + e.getMessage())));
        }
        return ingest.read(copy, input).onClose(() -> delete(copy.getParent()));
    }

    /** A local copy of a distributed file in a fresh temporary folder, which the caller deletes. */
    private static java.nio.file.Path copy(String input, Configuration conf) throws IOException {
        Path p = new Path(input.strip());
        FileSystem fs = p.getFileSystem(conf);
        java.nio.file.Path dir = Files.createTempDirectory("parley-spark-");
        java.nio.file.Path local = dir.resolve(p.getName().isEmpty() ? "input" : p.getName());
        try (InputStream in = fs.open(p)) {
            Files.copy(in, local);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        return local;
    }

    private static void delete(java.nio.file.Path dir) {
        try (var walk = Files.walk(dir)) {
            for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary copy left behind is the system's to clean; the job's output is not affected.
        }
    }

    /** The output folder: a local path made absolute, or a distributed URI as given. */
    static Path output(String out) {
        // Without a trailing slash: the folder's parent holds the staging folder beside it.
        return distributed(out) ? new Path(out.strip().replaceAll("(?<=[^/])/+$", ""))
                : new Path("file", null, java.nio.file.Path.of(out).toAbsolutePath().normalize().toString());
    }

    /** The staging folder beside {@code target}. */
    static Path staging(Path target) {
        return new Path(target.getParent(), "." + target.getName() + ".parley-tmp");
    }

    /** Moves the staged output into place; the old output is removed only once the new one is in place. */
    static void replace(Path staging, Path target, Configuration conf) {
        try {
            FileSystem fs = target.getFileSystem(conf);
            Path old = new Path(target.getParent(), "." + target.getName() + ".parley-old");
            fs.delete(old, true);
            if (fs.exists(target) && !fs.rename(target, old)) {
                throw new IOException("cannot move the old output aside");
            }
            if (!fs.rename(staging, target)) {
                throw new IOException("cannot move the new output into place");
            }
            fs.delete(old, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + target + ": " + e.getMessage(), e);
        }
    }

    /** An empty staging folder, made anew. */
    static void prepare(Path staging, Configuration conf) {
        try {
            FileSystem fs = staging.getFileSystem(conf);
            fs.delete(staging, true);
            if (!fs.mkdirs(staging)) {
                throw new IOException("cannot create " + staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output beside " + staging.getParent() + ": "
                    + e.getMessage(), e);
        }
    }

    static void remove(Path dir, Configuration conf) {
        try {
            dir.getFileSystem(conf).delete(dir, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir + ": " + e.getMessage(), e);
        }
    }

    /** For a summary: the output as the user gave it, a local folder as its path. */
    static String show(Path p) {
        URI u = p.toUri();
        return "file".equals(u.getScheme()) ? u.getPath() : p.toString();
    }
}
