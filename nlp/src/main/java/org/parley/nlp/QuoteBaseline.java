package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.parley.model.Span;

/**
 * CoreNLP's quote annotator as a baseline for Parley's statements: its own pipeline, loaded once per JVM per
 * mode. Without attribution it needs only tokenize and ssplit; with attribution it adds pos, lemma, ner, depparse
 * and coref, which CoreNLP requires for its speaker sieves.
 */
final class QuoteBaseline {

    private static final QuoteBaseline PLAIN = new QuoteBaseline(false);
    private static final QuoteBaseline ATTRIBUTED = new QuoteBaseline(true);

    private final boolean attribute;
    private volatile StanfordCoreNLP pipeline;

    private QuoteBaseline(boolean attribute) {
        this.attribute = attribute;
    }

    static QuoteBaseline of(boolean attribute) {
        return attribute ? ATTRIBUTED : PLAIN;
    }

    private StanfordCoreNLP pipeline() {
        if (pipeline == null) {
            synchronized (this) {
                if (pipeline == null) {
                    Properties base = Engine.baseProperties();
                    Properties p = new Properties();
                    // The same tokenizer and sentence splitter as Parley's pipeline, so offsets and quotes line up.
                    p.setProperty("tokenize.language", base.getProperty("tokenize.language"));
                    p.setProperty("tokenize.options", base.getProperty("tokenize.options"));
                    p.setProperty("ssplit.newlineIsSentenceBreak", base.getProperty("ssplit.newlineIsSentenceBreak"));
                    p.setProperty("annotators", attribute
                            ? "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote" : "tokenize,ssplit,quote");
                    p.setProperty("quote.attributeQuotes", Boolean.toString(attribute));
                    if (attribute) {
                        p.setProperty("ner.useSUTime", "false");
                        p.setProperty("ner.applyFineGrained", "false");
                        p.setProperty("coref.algorithm", "statistical");
                    }
                    Engine.quietLogging();
                    pipeline = new StanfordCoreNLP(p);
                }
            }
        }
        return pipeline;
    }

    List<CoreNlp.Quotation> quotations(String text) {
        Annotation a = new Annotation(text);
        pipeline().annotate(a);
        List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreNlp.Quotation> out = new ArrayList<>();
        List<CoreMap> quotes = a.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        // Top-level quotations only: a quote inside a quote is part of what the outer speaker said.
        for (CoreMap q : quotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Optional<Span> speaker = Optional.empty();
            Optional<String> name = Optional.ofNullable(q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class));
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            if (mb != null && me != null && mb >= 0 && me < tokens.size() && mb <= me) {
                speaker = Optional.of(new Span(
                        tokens.get(mb).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        tokens.get(me).get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
            }
            if (begin < end && end <= text.length()) {
                out.add(new CoreNlp.Quotation(new Span(begin, end), speaker, name));
            }
        }
        return out;
    }
}
