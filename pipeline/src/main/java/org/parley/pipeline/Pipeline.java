package org.parley.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Problem;
import org.parley.model.Stamp;
import org.parley.model.Step;

/**
 * An ordered list of components, checked when it is built: every layer a component needs must be added by an
 * earlier one, and no layer is added twice. A wiring mistake therefore fails at start-up with a message naming
 * the component and the layer, not as a null deep inside a run.
 *
 * <p>Running is per article and thread-safe. A component that throws on one article marks that article with a
 * {@code pipeline.component-failed} problem; components that need its layers are skipped, and the batch goes on.
 */
public final class Pipeline {

    /** Default longest text analysed, in chars: about 50,000 words, far beyond any news article. */
    public static final int DEFAULT_MAX_CHARS = 300_000;

    private final List<Component> components;
    private final Set<String> languages;
    private final int maxChars;

    private Pipeline(List<Component> components, Set<String> languages, int maxChars) {
        this.components = List.copyOf(components);
        this.languages = Set.copyOf(languages);
        this.maxChars = maxChars;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Component> components() {
        return components;
    }

    /** Every layer a document gets from a full run. */
    public Set<Class<? extends Layer>> produces() {
        return components.stream().flatMap(c -> c.adds().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The stamp of the pipeline's own step on articles in a language it does not analyse. */
    static final Stamp LANGUAGE_GATE = new Stamp("language-gate", "1");
    /** The stamp of the step that records why an article was not analysed: too long, or over the time limit. */
    static final Stamp LIMITS = new Stamp("limits", "1");

    /** Analyses one article. Articles in a language this pipeline does not analyse come back with a problem only. */
    public Document run(Article article) {
        return update(Document.of(article));
    }

    /**
     * Brings a stored analysis up to date: keeps the leading steps whose component and version this pipeline still
     * has, in the same order, and runs the components from the first difference on. A document analysed by this
     * very pipeline comes back unchanged, without running anything.
     */
    public Document update(Document stored) {
        Article article = stored.article();
        if (!languages.contains(article.language())) {
            Step gate = new Step(LANGUAGE_GATE, List.of(), List.of(Problem.of("analysis.language-skipped",
                    article.source(), "not analysed: language '" + article.language() + "' is not one of "
                            + sorted(languages))));
            return new Document(article, List.of(gate));
        }
        if (article.text().length() > maxChars) {
            return skipped(article, "analysis.too-long", "not analysed: the text has " + article.text().length()
                    + " chars, over the limit of " + maxChars);
        }
        int kept = upToDate(stored.stamps());
        Document doc = new Document(article, stored.steps().subList(0, kept));
        for (Component c : components.subList(kept, components.size())) {
            doc = doc.with(step(c, doc));
        }
        return doc;
    }

    /**
     * The article without analysis, with one problem saying why: for limits enforced around the pipeline, such as the
     * time allowed per article. Stored like this, the article is analysed again on the next run.
     */
    public static Document skipped(Article article, String code, String message) {
        return new Document(article, List.of(new Step(LIMITS, List.of(), List.of(Problem.of(code, article.source(),
                message)))));
    }

    /** How many leading stamps match this pipeline's components; all of them means nothing to run. */
    public int upToDate(List<Stamp> stamps) {
        int n = 0;
        while (n < stamps.size() && n < components.size() && stamps.get(n).equals(stampOf(components.get(n)))) {
            n++;
        }
        return n;
    }

    /** Whether this article, stored with these stamps, is analysed as this pipeline would analyse it now. */
    public boolean isCurrent(List<Stamp> stamps, Article article) {
        if (!languages.contains(article.language())) {
            return stamps.equals(List.of(LANGUAGE_GATE));
        }
        if (article.text().length() > maxChars) {
            return stamps.equals(List.of(LIMITS));
        }
        return stamps.equals(stamps());
    }

    /** The stamps a full run gives an analysed article, in order. */
    public List<Stamp> stamps() {
        return components.stream().map(Pipeline::stampOf).toList();
    }

    private static Stamp stampOf(Component c) {
        return new Stamp(c.name(), c.version());
    }

    private static Step step(Component c, Document doc) {
        String source = doc.article().source();
        var missing = c.needs().stream().filter(l -> !doc.has(l)).map(Layer::nameOf).sorted().toList();
        if (!missing.isEmpty()) {
            return new Step(stampOf(c), List.of(), List.of(Problem.of("pipeline.component-skipped", source,
                    "component '" + c.name() + "' skipped: layers " + missing + " are missing")));
        }
        Output out;
        try {
            out = c.apply(doc);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A library that overflows its stack or its memory on one odd article fails that article, not the batch.
            return new Step(stampOf(c), List.of(), List.of(Problem.of("pipeline.component-failed", source,
                    "component '" + c.name() + "' failed: " + e)));
        }
        Set<Class<? extends Layer>> returned = out.layers().stream()
                .map(Document::typeOf).collect(Collectors.toSet());
        if (!returned.equals(c.adds())) {
            // A contract breach is a bug in the component, not a property of the article.
            throw new IllegalStateException("component '" + c.name() + "' declared adds " + names(c.adds())
                    + " but returned " + names(returned));
        }
        return new Step(stampOf(c), out.layers(), out.problems());
    }

    /** A table of the components in order: what each needs and adds. */
    public String explain() {
        var rows = new ArrayList<String[]>();
        rows.add(new String[] {"#", "component", "version", "needs", "adds"});
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            rows.add(new String[] {String.valueOf(i + 1), c.name(), c.version(), String.join(", ", names(c.needs())),
                String.join(", ", names(c.adds()))});
        }
        int[] width = new int[5];
        rows.forEach(r -> {
            for (int i = 0; i < 5; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        });
        var sb = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < 5; i++) {
                sb.append(String.format("%-" + (width[i] + 2) + "s", r[i]));
            }
            sb.setLength(sb.length() - 2);
            sb.append(System.lineSeparator());
        }
        sb.append("languages analysed: ").append(String.join(", ", sorted(languages))).append(System.lineSeparator());
        return sb.toString();
    }

    private static List<String> names(Set<Class<? extends Layer>> layers) {
        return layers.stream().map(Layer::nameOf).sorted().toList();
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    /** Collects components in order; {@link #build()} checks the wiring. */
    public static final class Builder {
        private final Map<String, Component> components = new LinkedHashMap<>();
        private Set<String> languages = Set.of("en");
        private int maxChars = DEFAULT_MAX_CHARS;

        private Builder() {
        }

        public Builder add(Component component) {
            Objects.requireNonNull(component, "component");
            String name = component.name();
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a component needs a name: " + component.getClass().getName());
            }
            if (components.putIfAbsent(name, component) != null) {
                throw new IllegalArgumentException("two components are named '" + name + "'");
            }
            return this;
        }

        /** ISO 639-1 codes of the languages to analyse; others are stored and flagged. Default: English only. */
        public Builder languages(Set<String> codes) {
            if (codes.isEmpty()) {
                throw new IllegalArgumentException("a pipeline must analyse at least one language");
            }
            this.languages = Set.copyOf(codes);
            return this;
        }

        /** Longer texts are not analysed; they get an {@code analysis.too-long} problem. */
        public Builder maxChars(int chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxChars must be at least 1, was " + chars);
            }
            this.maxChars = chars;
            return this;
        }

        public Pipeline build() {
            Set<Class<? extends Layer>> available = new HashSet<>();
            Map<Class<? extends Layer>, String> addedBy = new LinkedHashMap<>();
            for (Component c : components.values()) {
                for (Class<? extends Layer> need : c.needs()) {
                    if (!available.contains(need)) {
                        throw new IllegalStateException("component '" + c.name() + "' needs layer '"
                                + Layer.nameOf(need) + "', which no earlier component adds"
                                + (addedBy.isEmpty() ? "" : " (available: " + names(available) + ")"));
                    }
                }
                if (c.version() == null || c.version().isBlank()) {
                    throw new IllegalStateException("component '" + c.name() + "' has no version");
                }
                if (c.adds().isEmpty()) {
                    throw new IllegalStateException("component '" + c.name() + "' adds no layer");
                }
                for (Class<? extends Layer> add : c.adds()) {
                    String earlier = addedBy.putIfAbsent(add, c.name());
                    if (earlier != null) {
                        throw new IllegalStateException("layer '" + Layer.nameOf(add) + "' is added by both '"
                                + earlier + "' and '" + c.name() + "'");
                    }
                }
                available.addAll(c.adds());
            }
            return new Pipeline(new ArrayList<>(components.values()), languages, maxChars);
        }
    }
}
