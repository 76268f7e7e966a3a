package org.parley.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.Set;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Mentions;
import org.parley.model.Sentences;
import org.parley.model.Timexes;
import org.parley.model.Tokens;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;

/** The "corenlp" pipeline component: annotates the article text and converts the result at once. */
final class CoreNlpComponent implements Component {

    private static final Set<Class<? extends Layer>> ADDS =
            Set.of(Tokens.class, Sentences.class, Mentions.class, Timexes.class);
    private static final Set<Class<? extends Layer>> ADDS_WITHOUT_SUTIME =
            Set.of(Tokens.class, Sentences.class, Mentions.class);

    private final Engine engine;
    private final String version;

    CoreNlpComponent(Engine engine, String version) {
        this.engine = engine;
        this.version = version;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public Set<Class<? extends Layer>> needs() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends Layer>> adds() {
        return engine.runsSutime() ? ADDS : ADDS_WITHOUT_SUTIME;
    }

    @Override
    public Output apply(Document document) {
        Article article = document.article();
        Annotation annotation = engine.annotate(article.text(), article.published());
        return Converter.convert(annotation, article, engine.maxSentenceLength(), engine.runsSutime());
    }

    @Override
    public String toString() {
        return "corenlp (" + Engine.version() + ")";
    }
}
