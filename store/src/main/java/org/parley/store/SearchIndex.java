package org.parley.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index over title and text. Derived data: it holds only ids and postings, records in its commit
 * data the store generation it has caught up with, and is rebuilt from the database whenever that disagrees.
 * Not thread-safe; the store serialises calls.
 */
final class SearchIndex implements Closeable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TEXT = "text";
    private static final String GENERATION = "parley.generation";

    /** One scored article id. */
    record Match(String id, float score) {
    }

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private DirectoryReader reader;
    /** Highest generation g such that every write up to g is in the index (committed or not). */
    private long generation;
    private int uncommitted;

    private SearchIndex(Path dir, FSDirectory directory, IndexWriter writer, long generation) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.generation = generation;
    }

    /**
     * Opens or creates the index. An index that cannot be read (corrupt, written by another Lucene) is wiped and
     * recreated empty, which is safe because it is derived data.
     */
    static SearchIndex open(Path dir, String dbName) throws IOException {
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
        long generation = -1;
        var data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(GENERATION)) {
                    generation = Long.parseLong(e.getValue());
                }
            }
        }
        return new SearchIndex(dir, directory, writer, generation);
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
        writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation)).entrySet());
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
        DirectoryReader current = reader == null ? DirectoryReader.open(writer) : DirectoryReader.openIfChanged(reader,
                writer);
        if (current != null) {
            if (reader != null) {
                reader.close();
            }
            reader = current;
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
        writer.rollback();
        directory.close();
    }

    @Override
    public void close() throws IOException {
        try {
            closeReader();
            commit();
            writer.close();
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
