package org.parley.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Mentions;
import org.parley.model.Timexes;

/**
 * Persists analysed documents and searches them: the module's one entry point. An embedded DuckDB file holds
 * articles, their problems and the kept layers; a Lucene index beside it, derived from the database and rebuilt
 * from it when the two disagree, serves full-text search.
 *
 * <p>A store is safe to share between threads (calls are serialised). One store per database at a time: a
 * second opener, in this or another process, gets a {@link StoreException} of kind
 * {@link StoreException.Kind#IN_USE}.
 */
public interface Store extends AutoCloseable {

    /** The layers a store keeps; tokens and sentences are re-derivable and are not stored. */
    Set<Class<? extends Layer>> KEPT_LAYERS = Set.of(Mentions.class, Timexes.class);

    /** Opens (creating when absent) the database and applies pending migrations, then opens the index. */
    static Store open(StoreConfig config) {
        return DuckDbStores.open(config, Faults.NONE);
    }

    /**
     * Stores one document in one transaction: the article and all its children, or nothing. A document whose
     * content fingerprint equals the stored one writes nothing.
     */
    PutResult put(Document doc);

    /** The stored article with its kept layers (only those the document had) and its problems, by origin. */
    Optional<Document> get(String id);

    /** The stored article alone (as ingest delivered it), without reading its layers: cheap to compare with. */
    Optional<Article> article(String id);

    /** Newest published first, undated last, then by id. */
    List<ArticleSummary> list(int limit, int offset);

    /** The summary of one stored article. */
    Optional<ArticleSummary> summary(String id);

    /** Up to {@code limit} stored ids that start with {@code prefix}, sorted: lets users type a short id. */
    List<String> idsStartingWith(String prefix, int limit);

    long count();

    /**
     * Full-text search over title and text in Lucene's standard query syntax ({@code "peace talks" AND
     * Istanbul}, {@code title:ceasefire}, {@code negotiat*}).
     *
     * @throws InvalidQueryException when the query does not parse
     */
    List<SearchHit> search(String query, int limit);

    /** The schema version of the open database. */
    int schemaVersion();

    /** Commits the index and releases the database. Idempotent. */
    @Override
    void close();
}
