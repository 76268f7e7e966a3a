package org.parley.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates {@code ../shared} (seeds and corpora) for tests. Tests that need it skip with a message where it is
 * absent, so a user's fresh clone still passes. Maven passes the location as {@code parley.shared}.
 */
public final class Shared {

    private Shared() {
    }

    /** The shared folder, or the test is skipped with a message saying what is missing. */
    public static Path root() {
        String configured = System.getProperty("parley.shared", "../shared");
        Path root = Path.of(configured).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root.resolve("seeds")),
                "skipped: ../shared is absent (looked in " + root + "); seed and corpus tests need it");
        return root;
    }

    /** The five seed articles, sorted by name. */
    public static List<Path> seeds() {
        return list(root().resolve("seeds"));
    }

    public static Path seed(String prefix) {
        return seeds().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed starting with " + prefix));
    }

    /** A corpus folder under {@code corpora/}, or the test is skipped. */
    public static Path corpus(String name) {
        Path dir = root().resolve("corpora").resolve(name);
        assumeTrue(Files.isDirectory(dir), "skipped: corpus " + dir + " is absent");
        return dir;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
