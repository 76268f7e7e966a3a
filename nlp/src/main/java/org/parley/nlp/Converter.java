package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.model.Article;
import org.parley.model.EntityKind;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;
import org.parley.model.Token;
import org.parley.model.Tokens;
import org.parley.pipeline.Output;

/**
 * Reads a CoreNLP {@link Annotation} once and returns Parley layers. The untyped CoreMap keys are read here and
 * nowhere else; a key that should be present and is not is a wiring bug and fails loudly.
 */
final class Converter {

    /** CoreNLP NER tags that name entities; numeric and time tags are not mentions (times become timexes). */
    private static final Map<String, EntityKind> KINDS = Map.ofEntries(
            Map.entry("PERSON", EntityKind.PERSON),
            Map.entry("ORGANIZATION", EntityKind.ORG),
            Map.entry("LOCATION", EntityKind.LOCATION),
            // fine-grained classes, when that option is on
            Map.entry("CITY", EntityKind.LOCATION),
            Map.entry("COUNTRY", EntityKind.LOCATION),
            Map.entry("STATE_OR_PROVINCE", EntityKind.LOCATION),
            Map.entry("MISC", EntityKind.MISC),
            Map.entry("NATIONALITY", EntityKind.MISC));

    private Converter() {
    }

    static Output convert(Annotation annotation, Article article, int maxSentenceLength, boolean timexes) {
        String text = article.text();
        List<Problem> problems = new ArrayList<>();

        List<CoreLabel> labels = orEmpty(annotation.get(CoreAnnotations.TokensAnnotation.class));
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            Span span = span(label, text);
            // A sentence over maxSentenceLength is tagged "X" by CoreNLP; lemma then still exists.
            String pos = label.tag() == null ? "X" : label.tag();
            String lemma = label.lemma() == null ? span.of(text) : label.lemma();
            tokens.add(new Token(span, pos, lemma));
        }

        List<Sentence> sentences = new ArrayList<>();
        List<Span> skipped = new ArrayList<>();
        for (CoreMap s : orEmpty(annotation.get(CoreAnnotations.SentencesAnnotation.class))) {
            Span span = span(s, text);
            int first = required(s, CoreAnnotations.TokenBeginAnnotation.class);
            int end = required(s, CoreAnnotations.TokenEndAnnotation.class);
            sentences.add(new Sentence(span, first, end));
            if (end - first > maxSentenceLength) {
                skipped.add(span);
                problems.add(Problem.at("nlp.sentence-too-long", article.source(), span,
                        "a sentence of " + (end - first) + " tokens exceeds the limit of " + maxSentenceLength
                                + ": no part-of-speech, entities or time expressions were found in it"));
            }
        }

        // Sorted by span; the same span twice (which CoreNLP should not produce) is kept once.
        var mentions = new TreeMap<Span, Mention>();
        var found = new TreeMap<Span, Timex>();
        for (CoreMap m : orEmpty(annotation.get(CoreAnnotations.MentionsAnnotation.class))) {
            String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            Span span = span(m, text);
            if (skipped.stream().anyMatch(span::overlaps)) {
                continue; // only the gazetteer ran there; keep "nothing in a skipped sentence" simple
            }
            EntityKind kind = tag == null ? null : KINDS.get(tag);
            if (kind != null && !pronominal(m)) {
                mentions.putIfAbsent(span, new Mention(span, kind));
            }
        }
        // SUTime's expressions (Engine runs it after the pipeline); too-long sentences were not given to it.
        for (CoreMap t : orEmpty(annotation.get(TimeAnnotations.TimexAnnotations.class))) {
            Span span = span(t, text);
            timex(t).ifPresent(v -> found.putIfAbsent(span, new Timex(span, v.type, v.value)));
        }

        List<org.parley.model.Layer> layers = new ArrayList<>(List.of(new Tokens(tokens), new Sentences(sentences),
                new Mentions(new ArrayList<>(mentions.values()))));
        if (timexes) {
            layers.add(new Timexes(new ArrayList<>(found.values())));
        }
        return new Output(layers, problems);
    }

    /**
     * CoreNLP's entity-mention builder also adds "he", "him", "his" as PERSON mentions (for its coreference
     * and KBP code); their tokens carry no NER tag. Parley's mentions are names, so those are left out.
     */
    private static boolean pronominal(CoreMap mention) {
        List<CoreLabel> toks = mention.get(CoreAnnotations.TokensAnnotation.class);
        return toks != null && toks.stream().allMatch(t -> t.ner() == null || "O".equals(t.ner()));
    }

    private record TimexValue(TimexType type, String value) {
    }

    /**
     * The TIMEX3 of a SUTime expression: its value, else its altVal (SUTime puts e.g. "THIS P1D INTERSECT ..."
     * there when it cannot resolve a value). An expression with neither has nothing to store and is left out.
     */
    private static Optional<TimexValue> timex(CoreMap expression) {
        edu.stanford.nlp.time.Timex t = expression.get(TimeAnnotations.TimexAnnotation.class);
        if (t == null || t.timexType() == null) {
            return Optional.empty();
        }
        TimexType type;
        try {
            type = TimexType.valueOf(t.timexType());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a TIMEX3 type; SUTime emits only the four
        }
        String value = notBlank(t.value()).or(() -> notBlank(t.altVal())).orElse(null);
        return value == null ? Optional.empty() : Optional.of(new TimexValue(type, value));
    }

    private static Optional<String> notBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    /** CoreNLP's character offsets are UTF-16 offsets into the original string (tested with emoji and CRLF). */
    private static Span span(CoreMap m, String text) {
        int begin = required(m, CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = required(m, CoreAnnotations.CharacterOffsetEndAnnotation.class);
        if (begin < 0 || end < begin || end > text.length()) {
            throw new IllegalStateException("CoreNLP offsets [" + begin + ", " + end + ") do not fit a text of "
                    + text.length() + " chars");
        }
        return new Span(begin, end);
    }

    private static int required(CoreMap m, Class<? extends edu.stanford.nlp.ling.CoreAnnotation<Integer>> key) {
        Integer v = m.get(key);
        if (v == null) {
            throw new IllegalStateException("CoreNLP left " + key.getSimpleName() + " unset");
        }
        return v;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
