package org.parley.cli;

import org.parley.nlp.CoreNlp;
import org.parley.pipeline.Pipeline;

/**
 * Builds Parley's analysis pipeline, the same for the CLI and the benchmarks. CoreNLP models load once per JVM
 * inside {@link CoreNlp}; building again after that is cheap.
 */
public final class Analysis {

    private Analysis() {
    }

    public static Pipeline pipeline() {
        return Pipeline.builder()
                .add(CoreNlp.builder().build().component())
                .build();
    }
}
