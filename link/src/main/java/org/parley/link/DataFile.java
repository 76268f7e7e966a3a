package org.parley.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The module's own tables (outlets, places): tab-separated rows, blank lines and {@code #} comments skipped. */
final class DataFile {

    private DataFile() {
    }

    /** The rows of a resource beside this class, each split on tabs with empty trailing cells kept. */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        InputStream found = DataFile.class.getResourceAsStream(name);
        if (found == null) {
            throw new IllegalStateException(name + " is missing from this jar");
        }
        try (InputStream in = found;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is part of this jar", e);
        }
        return rows;
    }
}
