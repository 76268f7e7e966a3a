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
import org.parley.json.LayerCodec;
import org.parley.model.Layer;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;
import org.parley.model.Span;
import org.parley.model.Stamp;
import org.parley.model.Step;

/**
 * The store over one JDBC connection and a Lucene index. The SQL is portable (DuckDB and PostgreSQL), so the
 * database-specific parts stay in the code that opens the connection. Calls are serialised on this object.
 */
final class JdbcStore implements Store {

    private static final String ARTICLE_COLUMNS = "id, source, outlet, agency, url, title, published, "
            + "published_from, fetched, language, text, fingerprint, generation, stored_at";

    /** Articles per transaction in {@link #putAll}: one commit per batch instead of per article. */
    static final int BATCH = 64;

    private final String name;
    private final Connection db;
    private final SearchIndex index;
    private final int commitEvery;
    private final Faults faults;
    private final Runnable onClose;
    private final Release release;
    private final int schemaVersion;
    private final StoreConfig.Access access;
    private boolean closed;
    /** How many articles the last catch-up re-indexed; lets tests tell a catch-up from a full rebuild. */
    private int lastReindexed;

    /** Gives back what the opener took on the connection, just before it closes (e.g. PostgreSQL's locks). */
    @FunctionalInterface
    interface Release {
        Release NONE = db -> { };

        void run(Connection db) throws SQLException;
    }

    JdbcStore(String name, Connection db, int schemaVersion, SearchIndex index, int commitEvery, Faults faults,
            StoreConfig.Access access, Release release, Runnable onClose) {
        this.name = name;
        this.release = release;
        this.access = access;
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
        return putAll(List.of(doc)).get(0);
    }

    /**
     * Stores documents in transactions of up to {@link #BATCH}: all of a batch or none of it. When a batch fails,
     * it is rolled back and its documents are stored one per transaction, so one bad document costs only itself
     * and the failure names it.
     */
    @Override
    public synchronized List<PutResult> putAll(List<Document> docs) {
        Objects.requireNonNull(docs, "docs");
        checkOpen();
        if (access == StoreConfig.Access.READ_ONLY) {
            throw new IllegalStateException("store " + name + " was opened read-only");
        }
        var results = new ArrayList<PutResult>(docs.size());
        for (int from = 0; from < docs.size(); from += BATCH) {
            List<Document> batch = docs.subList(from, Math.min(docs.size(), from + BATCH));
            if (batch.size() == 1) {
                results.add(writeBatch(batch).get(0));
                continue;
            }
            try {
                results.addAll(writeBatch(batch));
            } catch (RuntimeException e) {
                for (Document doc : batch) {
                    results.add(writeBatch(List.of(doc)).get(0));
                }
            }
        }
        return results;
    }

    private List<PutResult> writeBatch(List<Document> batch) {
        var results = new ArrayList<PutResult>(batch.size());
        var indexed = new ArrayList<Document>();
        long generation = -1;
        String what = batch.size() == 1 ? "storing article " + batch.get(0).article().id()
                : "storing " + batch.size() + " articles";
        try {
            db.setAutoCommit(false);
            try {
                for (Document doc : batch) {
                    Article a = doc.article();
                    String fingerprint = Fingerprint.of(doc);
                    Optional<String> stored = storedFingerprint(a.id());
                    if (stored.isPresent() && stored.get().equals(fingerprint)) {
                        results.add(PutResult.UNCHANGED); // nothing written, not even stored_at
                        continue;
                    }
                    if (generation < 0) {
                        generation = nextGeneration();
                    }
                    if (stored.isPresent()) {
                        deleteChildren(a.id());
                        updateArticle(doc, fingerprint, generation);
                        results.add(PutResult.UPDATED);
                    } else {
                        insertArticle(doc, fingerprint, generation);
                        results.add(PutResult.NEW);
                    }
                    insertProblems(a.id(), a.problems(), doc.steps());
                    insertSteps(a.id(), doc.steps());
                    indexed.add(doc);
                }
                if (indexed.isEmpty()) {
                    db.rollback(); // read only
                } else {
                    faults.at("commit");
                    db.commit();
                }
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed(what, e);
        }
        // After the commit: a failure here leaves the index behind the database, and the generation check
        // re-indexes the missing articles before the next search.
        try {
            for (Document doc : indexed) {
                faults.at("index:put");
                Article a = doc.article();
                index.put(a.id(), a.title().orElse(""), a.text(), generation);
            }
            if (index.uncommitted() >= commitEvery) {
                index.commit();
            }
        } catch (IOException | RuntimeException e) {
            // Deliberately swallowed: the articles are stored; the index is derived and will catch up.
        }
        return results;
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
        try (PreparedStatement ps = db.prepareStatement("UPDATE articles SET source = ?, outlet = ?, agency = ?, "
                + "url = ?, title = ?, published = ?, published_from = ?, fetched = ?, language = ?, text = ?, "
                + "fingerprint = ?, generation = ?, stored_at = ? WHERE id = ?")) {
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
        ps.setString(i++, a.agency().orElse(null));
        ps.setString(i++, a.url().orElse(null));
        ps.setString(i++, a.title().orElse(null));
        if (a.published().isPresent()) {
            ps.setObject(i++, a.published().get());
        } else {
            ps.setNull(i++, java.sql.Types.DATE);
        }
        ps.setString(i++, a.publishedFrom().name());
        if (a.fetched().isPresent()) {
            ps.setObject(i++, LocalDateTime.ofInstant(a.fetched().get(), ZoneOffset.UTC));
        } else {
            ps.setNull(i++, java.sql.Types.TIMESTAMP);
        }
        ps.setString(i++, a.language());
        ps.setString(i++, a.text());
        ps.setString(i++, fingerprint);
        ps.setLong(i++, generation);
        ps.setObject(i, LocalDateTime.now(ZoneOffset.UTC));
    }

    private void deleteChildren(String id) throws SQLException {
        for (String table : List.of("problems", "steps", "layers")) {
            try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    private void insertProblems(String id, List<Problem> ingest, List<Step> steps) throws SQLException {
        faults.at("insert:problems");
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO problems (article_id, seq, origin, step, code, "
                + "message, input, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Problem p : ingest) {
                bindProblem(ps, id, seq++, null, p);
            }
            for (int step = 0; step < steps.size(); step++) {
                for (Problem p : steps.get(step).problems()) {
                    bindProblem(ps, id, seq++, step, p);
                }
            }
            if (seq > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void bindProblem(PreparedStatement ps, String id, int seq, Integer step, Problem p)
            throws SQLException {
        ps.setString(1, id);
        ps.setInt(2, seq);
        ps.setString(3, step == null ? "ingest" : "pipeline");
        if (step == null) {
            ps.setNull(4, java.sql.Types.INTEGER);
        } else {
            ps.setInt(4, step);
        }
        ps.setString(5, p.code());
        ps.setString(6, p.message());
        ps.setString(7, p.input());
        if (p.span().isPresent()) {
            ps.setInt(8, p.span().get().start());
            ps.setInt(9, p.span().get().end());
        } else {
            ps.setNull(8, java.sql.Types.INTEGER);
            ps.setNull(9, java.sql.Types.INTEGER);
        }
        ps.addBatch();
    }

    /** The steps and their layers, each layer as the JSON of its record: one table serves every layer. */
    private void insertSteps(String id, List<Step> steps) throws SQLException {
        faults.at("insert:steps");
        if (steps.isEmpty()) {
            return;
        }
        try (PreparedStatement st = db.prepareStatement(
                "INSERT INTO steps (article_id, seq, component, version) VALUES (?, ?, ?, ?)");
                PreparedStatement ly = db.prepareStatement("INSERT INTO layers (article_id, name, step, seq, type, "
                        + "items, data) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int layers = 0;
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                st.setString(1, id);
                st.setInt(2, i);
                st.setString(3, step.stamp().component());
                st.setString(4, step.stamp().version());
                st.addBatch();
                for (Layer layer : step.layers()) {
                    faults.at("insert:layer:" + Layer.nameOf(Document.typeOf(layer)));
                    ly.setString(1, id);
                    ly.setString(2, Layer.nameOf(Document.typeOf(layer)));
                    ly.setInt(3, i);
                    ly.setInt(4, layers++);
                    ly.setString(5, layer.getClass().getName());
                    ly.setInt(6, LayerCodec.size(layer));
                    ly.setString(7, LayerCodec.encode(layer));
                    ly.addBatch();
                }
            }
            st.executeBatch();
            if (layers > 0) {
                ly.executeBatch();
            }
        }
    }

    /** A read of several queries. */
    @FunctionalInterface
    private interface Read<T> {
        T run() throws SQLException;
    }

    /**
     * Runs a read of several queries in one transaction, so a writer in another process (PostgreSQL) committing
     * between them cannot mix two versions of an article; the connection's isolation makes it one snapshot.
     */
    private <T> T snapshot(Read<T> read) throws SQLException {
        db.setAutoCommit(false);
        try {
            return read.run();
        } finally {
            try {
                db.rollback(); // nothing was written
            } finally {
                db.setAutoCommit(true);
            }
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
            return snapshot(() -> read(id, true));
        } catch (SQLException e) {
            throw failed("reading article " + id, e);
        }
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        Objects.requireNonNull(id, "id");
        checkOpen();
        try {
            return snapshot(() -> read(id, false)).map(Document::article);
        } catch (SQLException e) {
            throw failed("reading article " + id, e);
        }
    }

    @Override
    public synchronized List<Stamp> stamps(String id) {
        Objects.requireNonNull(id, "id");
        checkOpen();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT component, version FROM steps WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            var out = new ArrayList<Stamp>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stamp(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed("reading the analysis steps of article " + id, e);
        }
    }

    /** The stored document; without {@code withSteps} only the article (and ingest's problems) is read. */
    private Optional<Document> read(String id, boolean withSteps) throws SQLException {
        Article article;
        try (PreparedStatement ps = db.prepareStatement("SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                article = article(rs);
            }
        }
        var ingest = new ArrayList<Problem>();
        var byStep = new java.util.HashMap<Integer, List<Problem>>();
        try (PreparedStatement ps = db.prepareStatement("SELECT origin, step, code, message, input, span_start, "
                + "span_end FROM problems WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int step = rs.getInt("step");
                    boolean fromIngest = rs.wasNull();
                    int start = rs.getInt("span_start");
                    Optional<Span> span = rs.wasNull() ? Optional.empty()
                            : Optional.of(new Span(start, rs.getInt("span_end")));
                    var p = new Problem(rs.getString("code"), rs.getString("message"), rs.getString("input"), span);
                    (fromIngest ? ingest : byStep.computeIfAbsent(step, k -> new ArrayList<>())).add(p);
                }
            }
        }
        article = article.withProblems(ingest);
        if (!withSteps) {
            return Optional.of(Document.of(article));
        }
        var layers = new java.util.HashMap<Integer, List<Layer>>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT step, name, type, data FROM layers WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    layers.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(layer(id, rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        var steps = new ArrayList<Step>();
        List<Stamp> stamps = stamps(id);
        for (int i = 0; i < stamps.size(); i++) {
            steps.add(new Step(stamps.get(i), layers.getOrDefault(i, List.of()), byStep.getOrDefault(i, List.of())));
        }
        return Optional.of(new Document(article, steps));
    }

    /** The article of a row of {@link #ARTICLE_COLUMNS}, without problems. */
    private Article article(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        LocalDateTime fetched = rs.getObject("fetched", LocalDateTime.class);
        return new Article(id, rs.getString("source"), Optional.ofNullable(rs.getString("outlet")),
                Optional.ofNullable(rs.getString("agency")), Optional.ofNullable(rs.getString("url")),
                Optional.ofNullable(rs.getString("title")),
                Optional.ofNullable(rs.getObject("published", LocalDate.class)),
                enumValue(PublishedFrom.class, rs.getString("published_from"), id),
                Optional.ofNullable(fetched).map(f -> f.toInstant(ZoneOffset.UTC)), rs.getString("language"),
                rs.getString("text"), List.of());
    }

    private Layer layer(String id, String layerName, String type, String data) {
        try {
            return LayerCodec.decode(LayerCodec.type(type), data);
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.FAILED, "database " + name + ": layer '" + layerName
                    + "' of article " + id + " cannot be read by this Parley (" + e.getMessage()
                    + "); run ingest with --reanalyse to analyse it again", e);
        }
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String value, String id) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Kind.FAILED, "database " + name + " holds unknown "
                    + type.getSimpleName() + " '" + value + "' for article " + id, e);
        }
    }

    /** Summary columns; the problem count is a sub-select so one query serves the list and a single article. */
    private static final String SUMMARY_SELECT = "SELECT a.id, a.published, a.outlet, a.agency, a.title, a.language, "
            + "a.source, (SELECT COUNT(*) FROM problems p WHERE p.article_id = a.id) "
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
            return snapshot(() -> summaries(ps));
        } catch (SQLException e) {
            throw failed("listing articles", e);
        }
    }

    @Override
    public synchronized List<ArticleSummary> list(ArticleQuery query, int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        checkOpen();
        Where where = Where.of(query);
        String sql = SUMMARY_SELECT + where.sql()
                + "ORDER BY CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published DESC, a.id "
                + "LIMIT ? OFFSET ?";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            int next = where.bind(ps);
            ps.setInt(next, limit);
            ps.setInt(next + 1, offset);
            return snapshot(() -> summaries(ps));
        } catch (SQLException e) {
            throw failed("listing articles by " + query, e);
        }
    }

    @Override
    public synchronized long count(ArticleQuery query) {
        checkOpen();
        Where where = Where.of(query);
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM articles a " + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("counting articles by " + query, e);
        }
    }

    /** The WHERE clause of a query over {@code articles a}, with its values bound as parameters. */
    private record Where(String sql, List<Object> values) {
        static Where of(ArticleQuery q) {
            List<String> terms = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            q.outlet().ifPresent(v -> {
                terms.add("a.outlet = ?");
                values.add(v);
            });
            q.language().ifPresent(v -> {
                terms.add("a.language = ?");
                values.add(v);
            });
            q.from().ifPresent(v -> {
                terms.add("a.published >= ?");
                values.add(v);
            });
            q.to().ifPresent(v -> {
                terms.add("a.published <= ?");
                values.add(v);
            });
            return new Where(terms.isEmpty() ? "" : "WHERE " + String.join(" AND ", terms) + " ", values);
        }

        /** Binds the values from parameter 1; returns the index of the next parameter. */
        int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            return i;
        }
    }

    @Override
    public synchronized Optional<ArticleSummary> summary(String id) {
        checkOpen();
        try (PreparedStatement ps = db.prepareStatement(SUMMARY_SELECT + "WHERE a.id = ?")) {
            ps.setString(1, id);
            return snapshot(() -> summaries(ps)).stream().findFirst();
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

    /** The summaries a query selects, each with its layers' item counts (one more query for all of them). */
    private List<ArticleSummary> summaries(PreparedStatement ps) throws SQLException {
        var rows = new java.util.LinkedHashMap<String, Object[]>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getString(1), new Object[] {rs.getObject(2, LocalDate.class), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)});
            }
        }
        var counts = new java.util.HashMap<String, java.util.Map<String, Integer>>();
        if (!rows.isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(rows.size(), "?"));
            try (PreparedStatement q = db.prepareStatement("SELECT article_id, name, items FROM layers "
                    + "WHERE article_id IN (" + marks + ") ORDER BY article_id, seq")) {
                int i = 1;
                for (String id : rows.keySet()) {
                    q.setString(i++, id);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        counts.computeIfAbsent(rs.getString(1), k -> new java.util.LinkedHashMap<>())
                                .put(rs.getString(2), rs.getInt(3));
                    }
                }
            }
        }
        var out = new ArrayList<ArticleSummary>(rows.size());
        rows.forEach((id, r) -> out.add(new ArticleSummary(id, Optional.ofNullable((LocalDate) r[0]),
                Optional.ofNullable((String) r[1]), Optional.ofNullable((String) r[2]),
                Optional.ofNullable((String) r[3]), (String) r[4], counts.getOrDefault(id, java.util.Map.of()),
                (Integer) r[6], (String) r[5])));
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

    // ---- bulk reading, for cross-article stages ----

    @Override
    public synchronized void eachArticle(java.util.function.Consumer<Article> action) {
        checkOpen();
        try {
            snapshot(() -> {
                try (Statement s = db.createStatement();
                        ResultSet rs = s.executeQuery("SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY id")) {
                    while (rs.next()) {
                        action.accept(article(rs));
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw failed("reading every article", e);
        }
    }

    @Override
    public synchronized <L extends Layer> void eachLayer(Class<L> type, java.util.function.BiConsumer<String, L> action) {
        checkOpen();
        String layerName = Layer.nameOf(type);
        try {
            snapshot(() -> {
                try (PreparedStatement ps = db.prepareStatement(
                        "SELECT article_id, type, data FROM layers WHERE name = ? ORDER BY article_id")) {
                    ps.setString(1, layerName);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Layer l = layer(rs.getString(1), layerName, rs.getString(2), rs.getString(3));
                            if (type.isInstance(l)) {
                                action.accept(rs.getString(1), type.cast(l));
                            }
                        }
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw failed("reading every article's " + layerName, e);
        }
    }

    // ---- the cross-article timeline ----

    @Override
    public synchronized void replaceTimeline(org.parley.model.Timeline timeline) {
        Objects.requireNonNull(timeline, "timeline");
        checkOpen();
        if (access == StoreConfig.Access.READ_ONLY) {
            throw new IllegalStateException("store " + name + " was opened read-only");
        }
        try {
            db.setAutoCommit(false);
            try {
                TimelineTable.replace(db, timeline);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("replacing the timeline (" + timeline.events().size() + " events)", e);
        }
    }

    @Override
    public synchronized List<org.parley.model.TimelineEvent> timeline(TimelineQuery query, int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        checkOpen();
        try {
            return snapshot(() -> TimelineTable.list(db, query, limit, offset));
        } catch (SQLException e) {
            throw failed("reading the timeline by " + query, e);
        }
    }

    @Override
    public synchronized long countTimeline(TimelineQuery query) {
        checkOpen();
        try {
            return TimelineTable.count(db, query);
        } catch (SQLException e) {
            throw failed("counting the timeline by " + query, e);
        }
    }

    @Override
    public synchronized Optional<org.parley.model.TimelineEvent> timelineEvent(String id) {
        Objects.requireNonNull(id, "id");
        checkOpen();
        try {
            return TimelineTable.one(db, id);
        } catch (SQLException e) {
            throw failed("reading timeline event " + id, e);
        }
    }

    @Override
    public synchronized List<String> timelineIdsStartingWith(String prefix, int limit) {
        checkOpen();
        try {
            return TimelineTable.idsStartingWith(db, prefix, limit);
        } catch (SQLException e) {
            throw failed("looking up timeline ids starting with " + prefix, e);
        }
    }

    @Override
    public synchronized List<org.parley.model.EventDating> eventDatings() {
        checkOpen();
        try {
            return TimelineTable.datings(db);
        } catch (SQLException e) {
            throw failed("reading the dates events give undated articles", e);
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
            if (index.writable()) { // a reader of another process's index searches what it committed
                catchUp();
            }
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
            try {
                release.run(db);
            } finally {
                db.close();
            }
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
