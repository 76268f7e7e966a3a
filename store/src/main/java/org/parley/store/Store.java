package org.parley.store;

import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.Document;

/**
 * Persists analysed documents and searches them: the module's one entry point. A database (an embedded DuckDB
 * file, or a PostgreSQL database) holds articles, their problems and every layer of their analysis (as the JSON of
 * the layer's record); a local Lucene index, derived from the database and rebuilt from it when the two disagree,
 * serves full-text search. Both databases run the same migrations and the same SQL.
 *
 * <p>A store is safe to share between threads (calls are serialised). One writing store per database at a time: a
 * second writer, in this or another process, gets a {@link StoreException} of kind
 * {@link StoreException.Kind#IN_USE}. On PostgreSQL, stores opened {@link StoreConfig.Access#READ_ONLY} work
 * beside the writer; on DuckDB every opener counts as the one.
 */
public interface Store extends AutoCloseable {

    /** Opens (creating when absent) the database and applies pending migrations, then opens the index. */
    static Store open(StoreConfig config) {
        return Stores.open(config, Faults.NONE);
    }

    /**
     * Stores one document in one transaction: the article and all its children, or nothing. A document whose
     * content fingerprint equals the stored one writes nothing.
     */
    PutResult put(Document doc);

    /**
     * Stores documents in few transactions (batches), each all or nothing; a batch that fails is retried one
     * document per transaction, so one bad document costs only itself. Results in input order.
     */
    List<PutResult> putAll(List<Document> docs);

    /** The stored document: the article, every step of its analysis with its layers and problems. */
    Optional<Document> get(String id);

    /**
     * Which components, at which versions, analysed the stored article, in order (empty when it is not stored):
     * enough to tell whether it needs analysing again, without reading its layers.
     */
    List<org.parley.model.Stamp> stamps(String id);

    /** The stored article alone (as ingest delivered it), without reading its layers: cheap to compare with. */
    Optional<Article> article(String id);

    /** Newest published first, undated last, then by id. */
    List<ArticleSummary> list(int limit, int offset);

    /** As {@link #list(int, int)}, only the articles {@code query} selects. */
    List<ArticleSummary> list(ArticleQuery query, int limit, int offset);

    /** How many stored articles {@code query} selects. */
    long count(ArticleQuery query);

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

    /**
     * Calls {@code action} with every stored article (as ingest delivered it, without problems or layers), in id
     * order, in one pass over the database: for cross-article stages.
     */
    void eachArticle(java.util.function.Consumer<Article> action);

    /**
     * Calls {@code action} with the id and the layer of this type of every stored article that has one, in id
     * order, in one pass over the database: for cross-article stages.
     */
    <L extends org.parley.model.Layer> void eachLayer(Class<L> type, java.util.function.BiConsumer<String, L> action);

    /**
     * Replaces the stored cross-article timeline (merged events and the dates they give undated articles) with this
     * one, in one transaction: readers see the old timeline or the new one, never a mix. Derived data: the
     * cross-article stage makes it anew from the stored events.
     */
    void replaceTimeline(org.parley.model.Timeline timeline);

    /**
     * Stored timeline events that {@code query} selects, by date (undated last), then type and id. Fast on a large
     * store: filters and order come from indexed columns.
     */
    List<org.parley.model.TimelineEvent> timeline(TimelineQuery query, int limit, int offset);

    /** How many stored timeline events {@code query} selects. */
    long countTimeline(TimelineQuery query);

    /** One stored timeline event by its id. */
    Optional<org.parley.model.TimelineEvent> timelineEvent(String id);

    /** Up to {@code limit} stored timeline event ids that start with {@code prefix}, sorted. */
    List<String> timelineIdsStartingWith(String prefix, int limit);

    /** The publication-date estimates the stored timeline gives undated articles, by article id. */
    List<org.parley.model.EventDating> eventDatings();

    /** The schema version of the open database. */
    int schemaVersion();

    /** Commits the index and releases the database. Idempotent. */
    @Override
    void close();
}
