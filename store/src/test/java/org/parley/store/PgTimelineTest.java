package org.parley.store;

import java.nio.file.Path;

/** The stored timeline's cases on a real PostgreSQL server (skipped without its binaries, required in CI). */
class PgTimelineTest extends TimelineStoreTest {
    @Override
    Backend backend(Path dir) {
        return Backend.postgres(dir);
    }
}
