package org.parley.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how a {@link Store} keeps its data. Build it with {@link #duckdb(Path)}, {@link #postgres(String)} or
 * {@link #of(String)}; the constructor checks every field, so a bad configuration fails here and not in the middle
 * of a run.
 *
 * <p>The Lucene index is always a local folder. For DuckDB it is {@code <db file name>.lucene} beside the file.
 * For PostgreSQL, whose database may live on another machine, it is the folder given with {@link #withIndexDir},
 * else {@code $XDG_CACHE_HOME/parley/index/<host>_<port>_<database>} (with {@code ~/.cache} when that variable
 * is unset). The index is derived data: it records which database it was built from and is rebuilt when that
 * differs, so deleting the folder only costs a rebuild.
 *
 * @param database          the database: a DuckDB file or a PostgreSQL server's database
 * @param indexDir          the Lucene index folder
 * @param indexCommitEvery  commit the index after this many changed articles (and always on close). The index
 *                          is derived data, so this bounds how much is re-indexed after a crash, not what is lost;
 *                          on PostgreSQL it is also how far readers in other processes lag behind in search
 * @param access            whether the store may write; see {@link Access}
 */
public record StoreConfig(Database database, Path indexDir, int indexCommitEvery, Access access) {

    public static final int DEFAULT_INDEX_COMMIT_EVERY = 1000;

    /** PostgreSQL's port when a URL names none. */
    public static final int DEFAULT_POSTGRES_PORT = 5432;

    /** What the opener intends to do. */
    public enum Access {
        /** Stores articles. One writer per database at a time: a second one gets {@code IN_USE}. */
        READ_WRITE,
        /**
         * Only reads: {@code put} is refused. On PostgreSQL any number of readers work beside the one writer,
         * searching the index as the writer last committed it (or, without a local index, one built in memory
         * from the database). DuckDB lets one process at a time open its file, reader or not.
         */
        READ_ONLY
    }

    /** The database a store keeps its rows in. {@link #toString()} names it for messages, never with a password. */
    public sealed interface Database permits DuckDb, Postgres {
    }

    /** An embedded DuckDB file; created with its folder when absent. */
    public record DuckDb(Path file) implements Database {
        public DuckDb {
            Objects.requireNonNull(file, "file");
            file = file.toAbsolutePath().normalize();
            if (file.getFileName() == null) {
                throw new IllegalArgumentException("database file " + file + " has no file name");
            }
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException("database file " + file + " is a folder");
            }
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    /**
     * A database on a PostgreSQL server. It must exist: Parley creates its tables, not the database.
     *
     * @param query the URL's query (e.g. {@code sslmode=require}), handed to the driver as it is; empty for none
     */
    public record Postgres(String host, int port, String database, String user, Optional<String> password,
            String query) implements Database {
        public Postgres {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(query, "query");
            if (host.isBlank() || database.isBlank() || user.isBlank()) {
                throw new IllegalArgumentException("a PostgreSQL database needs a host, a database and a user");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
            }
        }

        /** {@code host:port/database}: what error messages name. */
        public String address() {
            return host + ":" + port + "/" + database;
        }

        /** The driver's URL, without the credentials (they go as connection properties). */
        String jdbcUrl() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + h + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
        }

        @Override
        public String toString() {
            return "postgresql://" + user + "@" + address();
        }
    }

    public StoreConfig {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(access, "access");
        indexDir = indexDir.toAbsolutePath().normalize();
        if (database instanceof DuckDb duck) {
            Path dbFile = duck.file();
            if (indexDir.equals(dbFile) || dbFile.startsWith(indexDir)) {
                throw new IllegalArgumentException("index folder " + indexDir + " would contain database file "
                        + dbFile);
            }
        }
        if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
            throw new IllegalArgumentException("index folder " + indexDir + " exists and is not a folder");
        }
        if (indexCommitEvery < 1) {
            throw new IllegalArgumentException("indexCommitEvery must be at least 1, got " + indexCommitEvery);
        }
    }

    /** An embedded DuckDB file with its index in {@code <file name>.lucene} beside it. */
    public static StoreConfig duckdb(Path dbFile) {
        Objects.requireNonNull(dbFile, "dbFile");
        var duck = new DuckDb(dbFile);
        return new StoreConfig(duck, duck.file().resolveSibling(duck.file().getFileName() + ".lucene"),
                DEFAULT_INDEX_COMMIT_EVERY, Access.READ_WRITE);
    }

    /**
     * A PostgreSQL database from {@code postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?PARAMS]} ({@code postgres://}
     * too; user and password percent-encoded where they hold {@code @ : /}), with its index in the user's cache.
     *
     * @throws IllegalArgumentException when the URL is malformed; the message never shows the password
     */
    public static StoreConfig postgres(String url) {
        Objects.requireNonNull(url, "url");
        if (!isPostgresUrl(url)) {
            throw new IllegalArgumentException("not a PostgreSQL URL (postgresql://USER[:PASSWORD]@HOST:PORT/DB): "
                    + redact(url));
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed PostgreSQL URL " + redact(url)
                    + " (expected postgresql://USER[:PASSWORD]@HOST:PORT/DB)");
        }
        String userInfo = uri.getRawUserInfo();
        String host = uri.getHost();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (userInfo == null || host == null || !path.matches("/[^/]+")) {
            throw new IllegalArgumentException("PostgreSQL URL " + redact(url) + " needs a user, a host and a "
                    + "database: postgresql://USER[:PASSWORD]@HOST:PORT/DB");
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        Optional<String> password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        var pg = new Postgres(host, uri.getPort() < 0 ? DEFAULT_POSTGRES_PORT : uri.getPort(),
                decode(path.substring(1)), user, password, uri.getRawQuery() == null ? "" : uri.getRawQuery());
        return new StoreConfig(pg, defaultIndexDir(pg), DEFAULT_INDEX_COMMIT_EVERY, Access.READ_WRITE);
    }

    /** A PostgreSQL URL when {@code location} starts with {@code postgresql://} or {@code postgres://}, else a DuckDB file. */
    public static StoreConfig of(String location) {
        Objects.requireNonNull(location, "location");
        return isPostgresUrl(location) ? postgres(location) : duckdb(Path.of(location));
    }

    public static boolean isPostgresUrl(String location) {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    public StoreConfig withIndexDir(Path dir) {
        return new StoreConfig(database, dir, indexCommitEvery, access);
    }

    public StoreConfig withIndexCommitEvery(int n) {
        return new StoreConfig(database, indexDir, n, access);
    }

    public StoreConfig withAccess(Access a) {
        return new StoreConfig(database, indexDir, indexCommitEvery, a);
    }

    /** The URL or path with any password replaced by {@code ***}: safe to print. */
    public static String redact(String location) {
        return location.replaceFirst("^(?i)(postgres(?:ql)?://[^:/@]*):[^@/]*@", "$1:***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Path defaultIndexDir(Postgres pg) {
        String cache = System.getenv("XDG_CACHE_HOME");
        Path home = cache != null && Path.of(cache).isAbsolute() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        String key = (pg.host() + "_" + pg.port() + "_" + pg.database()).replaceAll("[^A-Za-z0-9._-]", "_");
        return home.resolve("parley").resolve("index").resolve(key);
    }
}
