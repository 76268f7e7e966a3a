package org.parley.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with the layers the pipeline added and the problems it met. Immutable: {@link #with} returns a
 * new document, so a component can never change what an earlier one produced.
 */
public record Document(Article article, Map<Class<? extends Layer>, Layer> layers, List<Problem> problems) {

    public Document {
        Objects.requireNonNull(article, "article");
        layers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        problems = List.copyOf(problems);
        int length = article.text().length();
        layers.forEach((type, layer) -> {
            if (!type.isInstance(layer)) {
                throw new IllegalArgumentException("layer keyed " + Layer.nameOf(type) + " holds " + layer.getClass());
            }
            layer.spans().filter(s -> s.end() > length).findFirst().ifPresent(s -> {
                throw new IllegalArgumentException(Layer.nameOf(type) + " span " + s + " exceeds text length "
                        + length + " of article " + article.id());
            });
        });
    }

    public static Document of(Article article) {
        return new Document(article, Map.of(), List.of());
    }

    public String text() {
        return article.text();
    }

    public <L extends Layer> Optional<L> find(Class<L> type) {
        return Optional.ofNullable(layers.get(type)).map(type::cast);
    }

    /** A layer the caller declared it needs; absent means the pipeline was wired wrongly, a bug. */
    public <L extends Layer> L get(Class<L> type) {
        return find(type).orElseThrow(() -> new IllegalStateException(
                "layer '" + Layer.nameOf(type) + "' is not on document " + article.id()
                        + "; the component reading it must declare it in needs()"));
    }

    public boolean has(Class<? extends Layer> type) {
        return layers.containsKey(type);
    }

    /** A new document with these layers added (none may be present already) and these problems appended. */
    public Document with(List<? extends Layer> added, List<Problem> moreProblems) {
        var next = new LinkedHashMap<>(layers);
        for (Layer layer : added) {
            @SuppressWarnings("unchecked")
            Class<? extends Layer> type = (Class<? extends Layer>) layer.getClass();
            if (next.putIfAbsent(type, layer) != null) {
                throw new IllegalStateException("layer '" + Layer.nameOf(type) + "' added twice");
            }
        }
        var allProblems = new ArrayList<>(problems);
        allProblems.addAll(moreProblems);
        return new Document(article, next, allProblems);
    }

    /** Ingest's problems followed by the pipeline's. */
    public List<Problem> allProblems() {
        var all = new ArrayList<>(article.problems());
        all.addAll(problems);
        return all;
    }
}
