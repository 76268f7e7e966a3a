package org.parley.store;

import java.nio.file.Path;

/** The stored timeline's cases on an embedded DuckDB file. */
class DuckDbTimelineTest extends TimelineStoreTest {
    @Override
    Backend backend(Path dir) {
        return Backend.duckdb(dir);
    }
}
