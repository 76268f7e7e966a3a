package org.parley.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.model.Timex;
import org.parley.model.Timexes;
import org.parley.model.Tokens;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;
import org.parley.time.Grammar.Match;
import org.parley.time.Resolver.Context;
import org.parley.time.Resolver.Point;
import org.parley.time.Resolver.Value;

/** The "time" component: per sentence, recognize with {@link Grammar}, then resolve in text order. */
final class TimeComponent implements Component {

    private static final Set<Class<? extends Layer>> NEEDS = Set.of(Tokens.class, Sentences.class);
    private static final Set<Class<? extends Layer>> ADDS = Set.of(Timexes.class);
    private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till", "through", "and", "-", "–", "—");

    private final boolean narrative;

    TimeComponent(boolean narrative) {
        this.narrative = narrative;
    }

    @Override
    public String name() {
        return "time";
    }

    /** Bump with every change of the rules that changes output. */
    @Override
    public String version() {
        return narrative ? "1" : "1-no-narrative";
    }

    @Override
    public Set<Class<? extends Layer>> needs() {
        return NEEDS;
    }

    @Override
    public Set<Class<? extends Layer>> adds() {
        return ADDS;
    }

    @Override
    public Output apply(Document document) {
        return Output.of(new Timexes(tag(document.text(), document.get(Tokens.class),
                document.get(Sentences.class), document.article().published())));
    }

    List<Timex> tag(String text, Tokens tokens, Sentences sentences, Optional<LocalDate> dct) {
        List<Timex> out = new ArrayList<>();
        Optional<Point> story = Optional.empty();
        for (Sentence s : sentences.items()) {
            List<Word> words = Word.of(text, tokens.items(), s.firstToken(), s.endToken());
            List<Match> matches = Grammar.matches(words);
            if (matches.isEmpty()) {
                continue;
            }
            completeRanges(words, matches);
            int sentenceYear = -1;
            for (Match m : matches) {
                Tense tense = Tense.around(words, m.start(), m.end());
                Value v = Resolver.resolve(m.expr(), new Context(dct, narrative ? story : Optional.empty(), tense,
                        sentenceYear));
                out.add(new Timex(new Span(words.get(m.start()).start, words.get(m.end() - 1).end), v.type(),
                        v.value(), v.mod()));
                // a date counted back from the story's date ("a year earlier") does not move the story: the
                // next "the third quarter" or "a year earlier" is still about the period the story reports
                boolean counted = m.expr().kind == Expr.Kind.SHIFT && m.expr().anchor == Expr.Anchor.NARRATIVE
                        && m.expr().unit != Lexicon.Unit.DAY;
                if (v.point().isPresent() && !counted) {
                    story = v.point();
                }
                if (m.expr().explicitYear()) {
                    sentenceYear = m.expr().year;
                }
            }
        }
        return out;
    }

    /**
     * "from February 28 to March 7, 2022": the first date takes the year written with the second (the year
     * before, when its month comes later); "March 7 to 10" is left as two matches the resolver handles alike.
     */
    private static void completeRanges(List<Word> words, List<Match> matches) {
        for (int k = 0; k + 1 < matches.size(); k++) {
            Match a = matches.get(k);
            Match b = matches.get(k + 1);
            int gap = b.start() - a.end();
            boolean linked = gap == 0 ? words.get(b.start()).joined
                    : gap == 1 && RANGE_WORDS.contains(words.get(a.end()).lower);
            Expr x = a.expr();
            Expr y = b.expr();
            if (linked && x.kind == Expr.Kind.POINT && x.month > 0 && x.year < 0 && x.yearAnchor == null
                    && y.kind == Expr.Kind.POINT && y.month > 0 && (y.year >= 0 || y.yearAnchor != null)) {
                x.year = y.year >= 0 && x.month > y.month ? y.year - 1 : y.year;
                x.yearAnchor = y.yearAnchor;
                x.yearShift = y.yearShift - (y.yearAnchor != null && x.month > y.month ? 1 : 0);
            }
        }
    }

    @Override
    public String toString() {
        return "time (Parley rules" + (narrative ? "" : ", anchored to the document date only") + ")";
    }

}
