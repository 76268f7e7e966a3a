package org.parley.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index over title and text. Derived data: it holds only ids and postings, records in its commit
 * data the store generation it has caught up with and which database it was built from, and is rebuilt from
 * the database whenever either disagrees. Not thread-safe; the store serialises calls.
 *
 * <p>Three modes: a writer owns the folder (Lucene's write lock); a reader searches what a writer in another
 * process last committed there and never writes; a private in-memory index serves a reader that finds no usable
 * index in the folder. Only the writer and the in-memory index are {@link #writable()}.
 */
final class SearchIndex implements Closeable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    private static final String GENERATION = "parley.generation";
    private static final String DATABASE = "parley.database";

    /** One scored article id. */
    record Match(String id, float score) {
    }

    private final Path dir;
    private final Directory directory;
    /** Absent for a reader of another process's index. */
    private final IndexWriter writer;
    /** Which database the index belongs to (empty: not checked); written into each commit. */
    private final String database;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private DirectoryReader reader;
    /** Highest generation g such that every write up to g is in the index (committed or not). */
    private long generation;
    private int uncommitted;

    private SearchIndex(Path dir, Directory directory, IndexWriter writer, String database, long generation) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.database = database;
        this.generation = generation;
    }

    /**
     * Opens or creates the index as its one writer. An index that cannot be read (corrupt, written by another
     * Lucene) is wiped and recreated empty, and one built from another database starts from generation -1 (a full
     * rebuild), which is safe because it is derived data.
     *
     * @param database identifies the database (empty: not checked)
     */
    static SearchIndex open(Path dir, String dbName, String database) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new StoreException(StoreException.Kind.IN_USE, "search index " + dir + " of database " + dbName
                    + " is in use by another process", e);
        } catch (IOException | IllegalArgumentException e) {
            // Unreadable index: start over, the database has everything.
            writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        }
        long generation = generationOf(writer.getLiveCommitData(), database);
        return new SearchIndex(dir, directory, writer, database, generation);
    }

    /**
     * Opens the folder's committed index to search it without ever writing, or empty when there is none usable
     * (absent, unreadable, or built from another database).
     */
    static Optional<SearchIndex> openCommitted(Path dir, String database) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        FSDirectory directory = FSDirectory.open(dir);
        try {
            if (DirectoryReader.indexExists(directory)) {
                DirectoryReader reader = DirectoryReader.open(directory);
                long generation = generationOf(reader.getIndexCommit().getUserData().entrySet(), database);
                if (generation >= 0) {
                    var index = new SearchIndex(dir, directory, null, database, generation);
                    index.reader = reader;
                    return Optional.of(index);
                }
                reader.close();
            }
        } catch (IOException | RuntimeException e) {
            // Unreadable or half-written: the caller falls back to an index of its own.
        }
        directory.close();
        return Optional.empty();
    }

    /** A private, empty index in memory: for a reader that finds no usable index on disk. */
    static SearchIndex inMemory(Path dir, String database) throws IOException {
        var directory = new ByteBuffersDirectory();
        var writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        return new SearchIndex(dir, directory, writer, database, -1);
    }

    private static long generationOf(Iterable<Map.Entry<String, String>> data, String database) {
        if (data == null) {
            return -1;
        }
        long generation = -1;
        String builtFrom = "";
        for (Map.Entry<String, String> e : data) {
            if (e.getKey().equals(GENERATION)) {
                generation = Long.parseLong(e.getValue());
            } else if (e.getKey().equals(DATABASE)) {
                builtFrom = e.getValue();
            }
        }
        return database.isEmpty() || database.equals(builtFrom) ? generation : -1;
    }

    /** Whether this index takes writes: false for a reader of another process's committed index. */
    boolean writable() {
        return writer != null;
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(mode).setCommitOnClose(false);
    }

    Path dir() {
        return dir;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The generation the index has caught up with, -1 for a new or unreadable index. */
    long generation() {
        return generation;
    }

    /** Adds or replaces one article; advances the generation only when no earlier write is missing. */
    void put(String id, String title, String text, long writtenAt) throws IOException {
        var doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new TextField(TITLE, title, Field.Store.NO));
        doc.add(new TextField(TEXT, text, Field.Store.NO));
        writer.updateDocument(new Term(ID, id), doc);
        uncommitted++;
        if (generation == writtenAt - 1) {
            generation = writtenAt;
        }
    }

    /** Drops everything; the caller re-adds articles and then calls {@link #caughtUp}. */
    void clear() throws IOException {
        writer.deleteAll();
        generation = -1;
    }

    /** Declares the index current with the database at this generation, after a catch-up or rebuild. */
    void caughtUp(long dbGeneration) {
        generation = dbGeneration;
        uncommitted++;
    }

    int uncommitted() {
        return uncommitted;
    }

    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation), DATABASE, database).entrySet());
        writer.commit();
        uncommitted = 0;
    }

    Query parse(String query) {
        var parser = new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer, Map.of(TITLE, 2f, TEXT, 1f));
        parser.setDefaultOperator(MultiFieldQueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new InvalidQueryException(query, firstLine(e.getMessage()), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(query, "it expands to too many terms", e);
        }
    }

    List<Match> search(Query query, String text, int limit) throws IOException {
        DirectoryReader current;
        if (writer == null) { // sees the other process's newer commits
            current = DirectoryReader.openIfChanged(reader);
        } else {
            current = reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader, writer);
        }
        if (current != null) {
            if (reader != null) {
                reader.close();
            }
            reader = current;
            if (writer == null) {
                generation = generationOf(current.getIndexCommit().getUserData().entrySet(), database);
            }
        }
        var searcher = new IndexSearcher(reader);
        TopDocs top;
        try {
            top = searcher.search(query, limit);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(text, "it expands to too many terms", e);
        }
        var out = new ArrayList<Match>();
        var fields = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            out.add(new Match(fields.document(sd.doc).get(ID), sd.score));
        }
        return out;
    }

    /** Simulates a crash: uncommitted changes are lost, the write lock is released. */
    void abandon() throws IOException {
        closeReader();
        if (writer != null) {
            writer.rollback();
        }
        directory.close();
    }

    @Override
    public void close() throws IOException {
        try {
            closeReader();
            if (writer != null) {
                commit();
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    private void closeReader() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it does not parse";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        // "Cannot parse 'x': Encountered ..." -> keep the part after the repeated query.
        int cut = line.indexOf("': ");
        return cut >= 0 && line.startsWith("Cannot parse '") ? line.substring(cut + 3) : line;
    }
}
