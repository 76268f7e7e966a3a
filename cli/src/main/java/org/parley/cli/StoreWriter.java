package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.parley.model.Document;
import org.parley.model.Problem;
import org.parley.store.PutResult;
import org.parley.store.Store;
import org.parley.store.StoreException;

/**
 * Writes documents to the store in batches, one transaction each, and counts what each became in a {@link Tally}.
 * A batch the store refuses is written again one document at a time, so one bad document is rejected alone and the
 * rest are kept. For {@code parley ingest} and {@code parley load}.
 */
final class StoreWriter {

    private final Store db;
    private final Tally tally;
    private final int batch;
    private final Consumer<Problem> reject;
    private final BiConsumer<Document, PutResult> written;
    private final List<Document> pending = new ArrayList<>();

    /**
     * @param reject  told of a document the store refused
     * @param written told of every document once its batch is done, with what it became (null when refused)
     */
    StoreWriter(Store db, Tally tally, int batch, Consumer<Problem> reject, BiConsumer<Document, PutResult> written) {
        if (batch < 1) {
            throw new IllegalArgumentException("a batch holds at least 1 document, not " + batch);
        }
        this.db = db;
        this.tally = tally;
        this.batch = batch;
        this.reject = reject;
        this.written = written;
    }

    void add(Document doc) {
        pending.add(doc);
        if (pending.size() >= batch) {
            flush();
        }
    }

    /** Stores the pending documents. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<PutResult> results;
        try {
            results = db.putAll(pending);
        } catch (StoreException e) {
            results = new ArrayList<>();
            for (Document doc : pending) {
                results.add(putOne(doc));
            }
        }
        for (int i = 0; i < pending.size(); i++) {
            count(pending.get(i), results.get(i));
        }
        pending.clear();
    }

    private PutResult putOne(Document doc) {
        try {
            return db.put(doc);
        } catch (StoreException e) {
            // Its transaction rolled back; the batch goes on.
            reject.accept(Problem.of("store.failed", doc.article().source(), e.getMessage()));
            return null;
        }
    }

    private void count(Document doc, PutResult result) {
        if (result != null) {
            switch (result) {
                case NEW -> tally.created++;
                case UPDATED -> tally.updated++;
                default -> tally.unchanged++;
            }
            if (!doc.article().isEnglish()) {
                tally.flagged++;
            }
        }
        written.accept(doc, result);
    }
}
