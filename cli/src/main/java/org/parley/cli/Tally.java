package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.model.Problem;

/** Counts for the closing summary of a run. */
final class Tally {
    int read;
    int created;
    int updated;
    int unchanged;
    int flagged;
    int duplicates;
    final List<Problem> rejected = new ArrayList<>();

    /** Rejection counts by problem code, sorted for a stable summary. */
    Map<String, Integer> rejectedByCode() {
        Map<String, Integer> m = new TreeMap<>();
        rejected.forEach(p -> m.merge(p.code(), 1, Integer::sum));
        return m;
    }

    String summary() {
        return String.format("read %d, new %d, updated %d, unchanged %d, rejected %d%s%s", read, created, updated,
                unchanged, rejected.size(), duplicates == 0 ? "" : ", duplicates skipped " + duplicates,
                flagged == 0 ? "" : " (" + flagged + " stored but not analysed)");
    }
}
