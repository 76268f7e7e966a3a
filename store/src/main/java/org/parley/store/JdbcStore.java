package org.parley.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Layer;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;

/**
 * The store over one JDBC connection and a Lucene index. The SQL is portable (DuckDB and PostgreSQL), so the
 * database-specific parts stay in the code that opens the connection. Calls are serialised on this object.
 */
final class JdbcStore implements Store {

    private static final String ARTICLE_COLUMNS = "id, source, outlet, url, title, published, published_from, "
            + "language, text, has_mentions, has_timexes, fingerprint, generation, stored_at";

    private final String name;
    private final Connection db;
    private final SearchIndex index;
    private final int commitEvery;
    private final Faults faults;
    private final Runnable onClose;
    private final int schemaVersion;
    private boolean closed;
    /** How many articles the last catch-up re-indexed; lets tests tell a catch-up from a full rebuild. */
    private int lastReindexed;

    JdbcStore(String name, Connection db, int schemaVersion, SearchIndex index, int commitEvery, Faults faults,
            Runnable onClose) {
        this.name = name;
        this.db = db;
        this.schemaVersion = schemaVersion;
        this.index = index;
        this.commitEvery = commitEvery;
        this.faults = faults;
        this.onClose = onClose;
    }

    // ---- writing ----

    @Override
    public synchronized PutResult put(Document doc) {
        Objects.requireNonNull(doc, "doc");
        checkOpen();
        Article a = doc.article();
        String fingerprint = Fingerprint.of(doc);
        PutResult result;
        long generation;
        try {
            db.setAutoCommit(false);
            try {
                Optional<String> stored = storedFingerprint(a.id());
                if (stored.isPresent() && stored.get().equals(fingerprint)) {
                    db.rollback(); // read only: nothing to keep, not even stored_at
                    return PutResult.UNCHANGED;
                }
                generation = nextGeneration();
                if (stored.isPresent()) {
                    deleteChildren(a.id());
                    updateArticle(doc, fingerprint, generation);
                    result = PutResult.UPDATED;
                } else {
                    insertArticle(doc, fingerprint, generation);
                    result = PutResult.NEW;
                }
                insertProblems(a.id(), a.problems(), doc.problems());
                insertMentions(a.id(), doc.find(Mentions.class));
                insertTimexes(a.id(), doc.find(Timexes.class));
                db.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("storing article " + a.id(), e);
        }
        // After the commit: a failure here leaves the index behind the database, and the generation check
        // re-indexes the missing articles before the next search.
        try {
            faults.at("index:put");
            index.put(a.id(), a.title().orElse(""), a.text(), generation);
            if (index.uncommitted() >= commitEvery) {
                index.commit();
            }
        } catch (IOException | RuntimeException e) {
            // Deliberately swallowed: the article is stored; the index is derived and will catch up.
        }
        return result;
    }

    private Optional<String> storedFingerprint(String id) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT fingerprint FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private long nextGeneration() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE store_meta SET value = value + 1 WHERE name = 'generation'");
        }
        return dbGeneration();
    }

    private long dbGeneration() throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT value FROM store_meta WHERE name = 'generation'")) {
            if (!rs.next()) {
                throw new SQLException("store_meta has no generation row");
            }
            return rs.getLong(1);
        }
    }

    private void insertArticle(Document doc, String fingerprint, long generation) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles (" + ARTICLE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, doc.article().id());
            bindArticle(ps, 2, doc, fingerprint, generation);
            ps.executeUpdate();
        }
    }

    private void updateArticle(Document doc, String fingerprint, long generation) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("UPDATE articles SET source = ?, outlet = ?, url = ?, "
                + "title = ?, published = ?, published_from = ?, language = ?, text = ?, has_mentions = ?, "
                + "has_timexes = ?, fingerprint = ?, generation = ?, stored_at = ? WHERE id = ?")) {
            bindArticle(ps, 1, doc, fingerprint, generation);
            ps.setString(14, doc.article().id());
            ps.executeUpdate();
        }
    }

    /** Binds every article column but the id, in {@link #ARTICLE_COLUMNS} order, from parameter {@code i}. */
    private static void bindArticle(PreparedStatement ps, int i, Document doc, String fingerprint, long generation)
            throws SQLException {
        Article a = doc.article();
        ps.setString(i++, a.source());
        ps.setString(i++, a.outlet().orElse(null));
        ps.setString(i++, a.url().orElse(null));
        ps.setString(i++, a.title().orElse(null));
        if (a.published().isPresent()) {
            ps.setObject(i++, a.published().get());
        } else {
            ps.setNull(i++, java.sql.Types.DATE);
        }
        ps.setString(i++, a.publishedFrom().name());
        ps.setString(i++, a.language());
        ps.setString(i++, a.text());
        ps.setBoolean(i++, doc.has(Mentions.class));
        ps.setBoolean(i++, doc.has(Timexes.class));
        ps.setString(i++, fingerprint);
        ps.setLong(i++, generation);
        ps.setObject(i, LocalDateTime.now(ZoneOffset.UTC));
    }

    private void deleteChildren(String id) throws SQLException {
        for (String table : List.of("problems", "mentions", "timexes")) {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    private void insertProblems(String id, List<Problem> ingest, List<Problem> pipeline) throws SQLException {
        faults.at("insert:problems");
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO problems (article_id, seq, origin, code, "
                + "message, input, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (List<Problem> list : List.of(ingest, pipeline)) {
                String origin = list == ingest ? "ingest" : "pipeline";
                for (Problem p : list) {
                    ps.setString(1, id);
                    ps.setInt(2, seq++);
                    ps.setString(3, origin);
                    ps.setString(4, p.code());
                    ps.setString(5, p.message());
                    ps.setString(6, p.input());
                    if (p.span().isPresent()) {
                        ps.setInt(7, p.span().get().start());
                        ps.setInt(8, p.span().get().end());
                    } else {
                        ps.setNull(7, java.sql.Types.INTEGER);
                        ps.setNull(8, java.sql.Types.INTEGER);
                    }
                    ps.addBatch();
                }
            }
            if (seq > 0) {
                ps.executeBatch();
            }
        }
    }

    private void insertMentions(String id, Optional<Mentions> layer) throws SQLException {
        faults.at("insert:mentions");
        List<Mention> items = layer.map(Mentions::items).orElse(List.of());
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO mentions (article_id, seq, span_start, span_end, kind) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
                Mention m = items.get(i);
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setInt(3, m.span().start());
                ps.setInt(4, m.span().end());
                ps.setString(5, m.kind().name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertTimexes(String id, Optional<Timexes> layer) throws SQLException {
        faults.at("insert:timexes");
        List<Timex> items = layer.map(Timexes::items).orElse(List.of());
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO timexes (article_id, seq, span_start, "
                + "span_end, type, value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < items.size(); i++) {
                Timex t = items.get(i);
                ps.setString(1, id);
                ps.setInt(2, i);
                ps.setInt(3, t.span().start());
                ps.setInt(4, t.span().end());
                ps.setString(5, t.type().name());
                ps.setString(6, t.value());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            db.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    // ---- reading ----

    @Override
    public synchronized Optional<Document> get(String id) {
        Objects.requireNonNull(id, "id");
        checkOpen();
        try {
            return read(id, true);
        } catch (SQLException e) {
            throw failed("reading article " + id, e);
        }
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        Objects.requireNonNull(id, "id");
        checkOpen();
        try {
            return read(id, false).map(Document::article);
        } catch (SQLException e) {
            throw failed("reading article " + id, e);
        }
    }

    /** The stored document; without {@code layers} the mentions and timexes are not read (nor returned). */
    private Optional<Document> read(String id, boolean layers) throws SQLException {
        String source;
        Optional<String> outlet;
        Optional<String> url;
        Optional<String> title;
        Optional<LocalDate> published;
        PublishedFrom from;
        String language;
        String text;
        boolean hasMentions;
        boolean hasTimexes;
        try (PreparedStatement ps = db.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                source = rs.getString("source");
                outlet = Optional.ofNullable(rs.getString("outlet"));
                url = Optional.ofNullable(rs.getString("url"));
                title = Optional.ofNullable(rs.getString("title"));
                published = Optional.ofNullable(rs.getObject("published", LocalDate.class));
                from = enumValue(PublishedFrom.class, rs.getString("published_from"), id);
                language = rs.getString("language");
                text = rs.getString("text");
                hasMentions = rs.getBoolean("has_mentions");
                hasTimexes = rs.getBoolean("has_timexes");
            }
        }
        var ingest = new ArrayList<Problem>();
        var pipeline = new ArrayList<Problem>();
        try (PreparedStatement ps = db.prepareStatement("SELECT origin, code, message, input, span_start, span_end "
                + "FROM problems WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int start = rs.getInt("span_start");
                    Optional<Span> span = rs.wasNull() ? Optional.empty()
                            : Optional.of(new Span(start, rs.getInt("span_end")));
                    var p = new Problem(rs.getString("code"), rs.getString("message"), rs.getString("input"), span);
                    ("ingest".equals(rs.getString("origin")) ? ingest : pipeline).add(p);
                }
            }
        }
        var kept = new ArrayList<Layer>();
        if (layers && hasMentions) {
            var items = new ArrayList<Mention>();
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT span_start, span_end, kind FROM mentions WHERE article_id = ? ORDER BY seq")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Mention(new Span(rs.getInt(1), rs.getInt(2)),
                                enumValue(EntityKind.class, rs.getString(3), id)));
                    }
                }
            }
            kept.add(new Mentions(items));
        }
        if (layers && hasTimexes) {
            var items = new ArrayList<Timex>();
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT span_start, span_end, type, value FROM timexes WHERE article_id = ? ORDER BY seq")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Timex(new Span(rs.getInt(1), rs.getInt(2)),
                                enumValue(TimexType.class, rs.getString(3), id), rs.getString(4)));
                    }
                }
            }
            kept.add(new Timexes(items));
        }
        var article = new Article(id, source, outlet, Optional.empty(), url, title, published, from, Optional.empty(), language, text, ingest);
        return Optional.of(Document.of(article).with(kept, pipeline));
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String id) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.FAILED, "database " + name + " holds unknown "
                    + type.getSimpleName() + " '" + value + "' for article " + id, e);
        }
    }

    /** Summary columns; the counts are sub-selects so one query serves the list and a single article. */
    private static final String SUMMARY_SELECT = "SELECT a.id, a.published, a.outlet, a.title, a.language, a.source, "
            + "(SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id), "
            + "(SELECT COUNT(*) FROM timexes t WHERE t.article_id = a.id), "
            + "(SELECT COUNT(*) FROM problems p WHERE p.article_id = a.id) "
            + "FROM articles a ";

    @Override
    public synchronized List<ArticleSummary> list(int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        checkOpen();
        // CASE instead of NULLS LAST keeps the ordering portable and explicit.
        String sql = SUMMARY_SELECT
                + "ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published DESC, a.id "
                + "LIMIT ? OFFSET ?";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            return summaries(ps);
        } catch (SQLException e) {
            throw failed("listing articles", e);
        }
    }

    @Override
    public synchronized Optional<ArticleSummary> summary(String id) {
        checkOpen();
        try (PreparedStatement ps = db.prepareStatement(SUMMARY_SELECT + "WHERE a.id = ?")) {
            ps.setString(1, id);
            return summaries(ps).stream().findFirst();
        } catch (SQLException e) {
            throw failed("reading the summary of article " + id, e);
        }
    }

    @Override
    public synchronized List<String> idsStartingWith(String prefix, int limit) {
        checkOpen();
        // Ids are lower-case hex, so a prefix with anything else matches nothing and needs no LIKE escaping.
        if (!prefix.matches("[0-9a-f]*")) {
            return List.of();
        }
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id FROM articles WHERE id LIKE ? ORDER BY id LIMIT ?")) {
            ps.setString(1, prefix + "%");
            ps.setInt(2, limit);
            var out = new ArrayList<String>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("looking up ids starting with " + prefix, e);
        }
    }

    private static List<ArticleSummary> summaries(PreparedStatement ps) throws SQLException {
        var out = new ArrayList<ArticleSummary>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ArticleSummary(rs.getString(1), Optional.ofNullable(rs.getObject(2, LocalDate.class)),
                        Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                        rs.getString(5), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getString(6)));
            }
        }
        return out;
    }

    @Override
    public synchronized long count() {
        checkOpen();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failed("counting articles", e);
        }
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    // ---- search ----

    @Override
    public synchronized List<SearchHit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        checkOpen();
        Query parsed = index.parse(query);
        try {
            catchUp();
            var snippets = Snippets.of(parsed, index.analyzer());
            var out = new ArrayList<SearchHit>();
            for (SearchIndex.Match m : index.search(parsed, query, limit)) {
                try (PreparedStatement ps = db.prepareStatement(
                        "SELECT title, published, text FROM articles WHERE id = ?")) {
                    ps.setString(1, m.id());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) { // always, since the index was just checked against the database
                            out.add(new SearchHit(m.id(), m.score(), Optional.ofNullable(rs.getString(1)),
                                    Optional.ofNullable(rs.getObject(2, LocalDate.class)),
                                    snippets.snippet(rs.getString(3))));
                        }
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("searching", e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "search index " + index.dir() + " of database "
                    + name + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Brings the index level with the database: re-indexes the articles written after the generation the index
     * holds, or everything when the index is new, unreadable or ahead of the database (a restored backup).
     */
    void catchUp() throws SQLException, IOException {
        long dbGen = dbGeneration();
        long indexGen = index.generation();
        if (indexGen == dbGen) {
            lastReindexed = 0;
            return;
        }
        boolean full = indexGen < 0 || indexGen > dbGen;
        if (full) {
            index.clear();
        }
        int n = 0;
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id, title, text, generation FROM articles WHERE generation > ? ORDER BY generation")) {
            ps.setLong(1, full ? -1 : indexGen);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String title = rs.getString(2);
                    index.put(rs.getString(1), title == null ? "" : title, rs.getString(3), rs.getLong(4));
                    n++;
                }
            }
        }
        index.caughtUp(dbGen);
        index.commit();
        lastReindexed = n;
    }

    int lastReindexed() {
        return lastReindexed;
    }

    long indexGeneration() {
        return index.generation();
    }

    // ---- lifecycle ----

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        StoreException failure = null;
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            failure = new StoreException(StoreException.Kind.FAILED, "closing search index " + index.dir()
                    + " of database " + name + " failed: " + e.getMessage(), e);
        }
        try {
            db.close();
        } catch (SQLException e) {
            if (failure == null) {
                failure = failed("closing", e);
            } else {
                failure.addSuppressed(e);
            }
        } finally {
            onClose.run();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Test hook: stops as a killed process would, after the database commits and before the index commits. */
    synchronized void crash() throws IOException, SQLException {
        closed = true;
        try {
            index.abandon();
            db.close();
        } finally {
            onClose.run();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("store " + name + " is closed");
        }
    }

    private StoreException failed(String what, SQLException e) {
        return new StoreException(StoreException.Kind.FAILED, "database " + name + ": " + what + " failed: "
                + e.getMessage(), e);
    }
}
