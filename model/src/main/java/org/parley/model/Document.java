package org.parley.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An article with the steps of its analysis: which component (at which version) added which layers and met which
 * problems. Immutable: {@link #with} returns a new document, so a component can never change what an earlier one
 * produced. Layers are looked up by their class; each class appears at most once.
 */
public record Document(Article article, List<Step> steps) {

    /** The stamp of steps added by hand, outside a pipeline (tools and tests). */
    public static final Stamp MANUAL = new Stamp("manual", "0");

    public Document {
        Objects.requireNonNull(article, "article");
        steps = List.copyOf(steps);
        int length = article.text().length();
        Set<Class<? extends Layer>> seen = new HashSet<>();
        for (Step step : steps) {
            for (Layer layer : step.layers()) {
                Class<? extends Layer> type = typeOf(layer);
                if (!seen.add(type)) {
                    throw new IllegalStateException("layer '" + Layer.nameOf(type) + "' added twice");
                }
                layer.spans().filter(s -> s.end() > length).findFirst().ifPresent(s -> {
                    throw new IllegalArgumentException(Layer.nameOf(type) + " span " + s + " exceeds text length "
                            + length + " of article " + article.id());
                });
            }
        }
    }

    public static Document of(Article article) {
        return new Document(article, List.of());
    }

    public String text() {
        return article.text();
    }

    public static Class<? extends Layer> typeOf(Layer layer) {
        return layer.getClass().asSubclass(Layer.class);
    }

    public <L extends Layer> Optional<L> find(Class<L> type) {
        for (Step step : steps) {
            for (Layer layer : step.layers()) {
                if (layer.getClass() == type) {
                    return Optional.of(type.cast(layer));
                }
            }
        }
        return Optional.empty();
    }

    /** A layer the caller declared it needs; absent means the pipeline was wired wrongly, a bug. */
    public <L extends Layer> L get(Class<L> type) {
        return find(type).orElseThrow(() -> new IllegalStateException(
                "layer '" + Layer.nameOf(type) + "' is not on document " + article.id()
                        + "; the component reading it must declare it in needs()"));
    }

    public boolean has(Class<? extends Layer> type) {
        return find(type).isPresent();
    }

    /** Every layer, in the order the steps added them. */
    public Map<Class<? extends Layer>, Layer> layers() {
        var out = new LinkedHashMap<Class<? extends Layer>, Layer>();
        steps.forEach(s -> s.layers().forEach(l -> out.put(typeOf(l), l)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The pipeline's problems, in step order (ingest's are on the article). */
    public List<Problem> problems() {
        return steps.stream().flatMap(s -> s.problems().stream()).toList();
    }

    public List<Stamp> stamps() {
        return steps.stream().map(Step::stamp).toList();
    }

    /** A new document with one more step. */
    public Document with(Step step) {
        var next = new ArrayList<>(steps);
        next.add(step);
        return new Document(article, next);
    }

    /** A new document with these layers and problems added by hand ({@link #MANUAL}), for tools and tests. */
    public Document with(List<? extends Layer> added, List<Problem> moreProblems) {
        return with(new Step(MANUAL, List.copyOf(added), moreProblems));
    }

    /** The same analysis on another reading of the same article (a new source path or fetch time). */
    public Document withArticle(Article other) {
        return new Document(other, steps);
    }

    /** Ingest's problems followed by the pipeline's. */
    public List<Problem> allProblems() {
        var all = new ArrayList<>(article.problems());
        all.addAll(problems());
        return all;
    }
}
