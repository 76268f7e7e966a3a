package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the store. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "parley.duckdb",
            description = "DuckDB file of the embedded store (default: ${DEFAULT-VALUE}).")
    Path db;

    /** Opens the store, creating it: used by commands that write. */
    Store create() {
        return Store.open(StoreConfig.duckdb(db));
    }

    /** Opens an existing store: reading commands must not leave an empty database behind a typo. */
    Store existing() {
        if (!Files.exists(db)) {
            throw new Errors.UserError("no store at " + db.toAbsolutePath()
                    + "; run 'parley ingest PATH' first, or pass --db");
        }
        return create();
    }
}
