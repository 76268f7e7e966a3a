package org.parley.narratives;

import java.util.Set;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Narratives;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;

/** The "narratives" component: embeds the article's sentences and classifies them with one model. */
final class NarrativesComponent implements Component {

    private final NarrativeClassifier classifier;
    private final String version;

    NarrativesComponent(NarrativeClassifier classifier) {
        this.classifier = classifier;
        // A retrained model changes the output, so its fingerprint is part of the version; 2: Parley's own passes
        // over the embedding model (sentences packed into windows, a cap on tokens) instead of langchain4j's.
        this.version = "2+" + classifier.fingerprint();
    }

    @Override
    public String name() {
        return "narratives";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<Class<? extends Layer>> needs() {
        return Set.of(Sentences.class);
    }

    @Override
    public Set<Class<? extends Layer>> adds() {
        return Set.of(Narratives.class);
    }

    @Override
    public Output apply(Document document) {
        var sentences = document.get(Sentences.class).items().stream().map(Sentence::span).toList();
        var features = classifier.reader().features(document.text(), sentences);
        return Output.of(new Narratives(classifier.classify(features)));
    }
}
