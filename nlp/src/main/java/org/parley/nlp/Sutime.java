package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expression;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * One SUTime extractor that forgets each document after use. SUTime's rules tag shared values while they run
 * (e.g. "Friday" gets "resolveTo past" after a past-tense verb) and never untag them, so the next document's
 * "Friday" could resolve to the past for no reason of its own (CoreNLP issue 1061), and two threads sharing one
 * extractor see each other's tags. Parley therefore gives each worker its own extractor (from a pool in
 * {@link Engine}) and removes, after every document, each tag its rule values did not have when loaded.
 *
 * <p>The rule variables sit in private fields of CoreNLP's extractor; reading them by reflection is confined here
 * and checked when the extractor is built, so a CoreNLP upgrade that moves them fails at load, not silently.
 */
final class Sutime {

    private final TimeExpressionExtractor extractor;
    private final Map<String, Object> variables;
    private final Map<String, Set<String>> tagsAtLoad = new HashMap<>();

    private Sutime(TimeExpressionExtractor extractor, Map<String, Object> variables) {
        this.extractor = extractor;
        this.variables = variables;
        variables.forEach((name, value) -> tags(value).ifPresent(t -> tagsAtLoad.put(name, Set.copyOf(t.getTags()))));
    }

    static Sutime load(Properties properties) {
        TimeExpressionExtractor extractor = TimeExpressionExtractorFactory.createExtractor("sutime", properties);
        return new Sutime(extractor, ruleVariables(extractor));
    }

    /**
     * The TIMEX3 expressions of each sentence of an annotated document, resolved against {@code documentDate}
     * (unset: SUTime leaves the year open, e.g. XXXX-03-29). Sentences longer than {@code maxTokens} are skipped:
     * SUTime's patterns are slow on run-on "sentences".
     */
    List<CoreMap> extract(Annotation annotation, Optional<LocalDate> documentDate, int maxTokens) {
        String date = documentDate.map(LocalDate::toString).orElse(null);
        List<CoreMap> found = new ArrayList<>();
        try {
            for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                int tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
                if (tokens <= maxTokens) {
                    found.addAll(extractor.extractTimeExpressionCoreMaps(sentence, date));
                }
            }
        } finally {
            forget();
        }
        return found;
    }

    /** Removes every tag the rules added to their shared values while reading the last document. */
    void forget() {
        variables.forEach((name, value) -> tags(value).ifPresent(t -> {
            Set<String> keep = tagsAtLoad.getOrDefault(name, Set.of());
            for (String tag : new HashSet<>(t.getTags())) {
                if (!keep.contains(tag)) {
                    t.removeTag(tag);
                }
            }
        }));
    }

    /** How many rule values carry a tag they did not have at load; zero after {@link #forget()}. For tests. */
    int addedTags() {
        int[] n = {0};
        variables.forEach((name, value) -> tags(value).ifPresent(t -> t.getTags().stream()
                .filter(tag -> !tagsAtLoad.getOrDefault(name, Set.of()).contains(tag)).forEach(tag -> n[0]++)));
        return n[0];
    }

    private static Optional<Tags> tags(Object value) {
        return value instanceof Expression e ? Optional.ofNullable(e.getTags()) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ruleVariables(TimeExpressionExtractor extractor) {
        try {
            Object patterns = field(extractor.getClass(), "timexPatterns").get(extractor);
            Env env = (Env) field(patterns.getClass(), "env").get(patterns);
            Map<String, Object> vars = env.getVariables();
            if (vars == null || !vars.containsKey("FRIDAY")) {
                throw new IllegalStateException("SUTime's rule environment has no FRIDAY variable");
            }
            return vars;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("this CoreNLP's SUTime keeps its rule variables elsewhere; Parley resets "
                    + "them after each document (see Sutime.java) and needs updating for this version", e);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
