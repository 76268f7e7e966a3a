package org.parley.narratives;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (quantized) sentence embeddings on ONNX Runtime, in process. The model is loaded once per JVM, on
 * first use, and shared by every thread (an ONNX session allows concurrent runs).
 */
final class Embedder {

    /** Names the embedding model in the model file, so a classifier is never used over other vectors. */
    static final String NAME = "all-minilm-l6-v2-q";
    static final int DIMENSION = 384;

    private Embedder() {
    }

    private static final class Holder {
        // A direct executor: the caller's worker thread runs its own article, so the pool of workers sets the
        // parallelism and no hidden threads are started.
        static final EmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    /** One unit-length vector per text. */
    static float[][] embed(List<String> texts) {
        if (texts.isEmpty()) {
            return new float[0][];
        }
        List<Embedding> out = Holder.MODEL.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        float[][] vectors = new float[out.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = out.get(i).vector();
        }
        return vectors;
    }
}
