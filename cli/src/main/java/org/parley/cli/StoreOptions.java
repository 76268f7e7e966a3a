package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --db} option shared by every command that reads or writes the store. */
final class StoreOptions {

    /** The environment variable that names the store when {@code --db} does not. */
    static final String ENV = "PARLEY_DB";

    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = "${env:" + ENV + ":-parley.duckdb}",
            converter = LocationConverter.class,
            description = "The store: a DuckDB file, or postgresql://USER[:PASSWORD]@HOST:PORT/DB "
                    + "(default: $" + ENV + ", else parley.duckdb).")
    Location db;

    /**
     * What {@code --db} names. Commands print it, so its {@link #toString()} is the file as given, or the URL
     * without its password.
     */
    record Location(StoreConfig config, String shown) {
        boolean isFile() {
            return config.database() instanceof StoreConfig.DuckDb;
        }

        @Override
        public String toString() {
            return shown;
        }
    }

    /** Checks the value at parse time; a bad URL's message never repeats its password. */
    static final class LocationConverter implements ITypeConverter<Location> {
        @Override
        public Location convert(String value) {
            try {
                StoreConfig config = StoreConfig.of(value);
                return new Location(config, config.database() instanceof StoreConfig.DuckDb
                        ? Path.of(value).toString() : config.database().toString());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Opens the store for writing, creating a DuckDB file: used by commands that write. */
    Store create() {
        return Store.open(db.config());
    }

    /**
     * Opens an existing store to read it: a typo must not leave an empty DuckDB file behind, and on PostgreSQL a
     * reader works while an {@code ingest} writes.
     */
    Store existing() {
        return Store.open(existingConfig());
    }

    /** The read-only configuration of an existing store; see {@link #existing()}. */
    StoreConfig existingConfig() {
        if (db.isFile() && !Files.exists(((StoreConfig.DuckDb) db.config().database()).file())) {
            throw new Errors.UserError("no store at " + Path.of(db.shown()).toAbsolutePath()
                    + "; run 'parley ingest PATH' first, or pass --db");
        }
        return db.config().withAccess(StoreConfig.Access.READ_ONLY);
    }
}
