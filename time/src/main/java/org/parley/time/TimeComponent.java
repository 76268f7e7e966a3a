package org.parley.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Problem;
import org.parley.model.PublishedEstimate;
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
    private static final Set<Class<? extends Layer>> ADDS = Set.of(Timexes.class, PublishedEstimate.class);
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
        return narrative ? "2" : "2-no-narrative";
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
        Article a = document.article();
        Tokens tokens = document.get(Tokens.class);
        Sentences sentences = document.get(Sentences.class);
        Tagged tagged = tag(a.text(), tokens, sentences, a.published());
        if (a.published().isPresent()) {
            LocalDate d = a.published().get();
            return Output.of(new Timexes(tagged.timexes()), new PublishedEstimate(Optional.of(d), Optional.of(d),
                    "the publication date", List.of()));
        }
        PublishedEstimate estimate = estimate(tagged.pastDate(), a.fetched().map(f -> f.atOffset(ZoneOffset.UTC)
                .toLocalDate()), a.text());
        if (estimate.day().isPresent()) {
            // Only a single possible day is a sound anchor for "on Friday" or "last week".
            Tagged anchored = tag(a.text(), tokens, sentences, estimate.day());
            return new Output(List.of(new Timexes(anchored.timexes()), estimate), List.of(Problem.of(
                    "date.estimated", a.source(), "no publication date; " + estimate.basis() + ", which leaves one"
                            + " day, " + estimate.day().get() + ": relative time expressions were normalized"
                            + " against it")));
        }
        List<Problem> problems = estimate.earliest().isPresent() || estimate.latest().isPresent()
                ? List.of(Problem.of("date.estimated", a.source(), "no publication date; " + estimate.basis()
                        + "; relative time expressions were left unnormalized"))
                : List.of();
        return new Output(List.of(new Timexes(tagged.timexes()), estimate), problems);
    }

    /** The time expressions, and the latest date with a written year that the text reports as past. */
    record Tagged(List<Timex> timexes, Optional<Dated> pastDate) {
    }

    record Dated(LocalDate day, Span span) {
    }

    static PublishedEstimate estimate(Optional<Dated> past, Optional<LocalDate> fetched, String text) {
        List<String> basis = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        past.ifPresent(p -> {
            basis.add("not before " + p.day() + ", the latest past date the text gives with its year ('"
                    + p.span().of(text) + "')");
            evidence.add(p.span());
        });
        fetched.ifPresent(f -> basis.add("not after " + f + ", when it was fetched"));
        Optional<LocalDate> earliest = past.map(Dated::day);
        if (earliest.isPresent() && fetched.isPresent() && earliest.get().isAfter(fetched.get())) {
            basis.add("the two disagree, so neither bound is kept");
            return new PublishedEstimate(Optional.empty(), Optional.empty(), String.join("; ", basis), evidence);
        }
        if (basis.isEmpty()) {
            basis.add("the text gives no past date with its year and the fetch time is unknown");
        }
        return new PublishedEstimate(earliest, fetched, String.join("; ", basis), evidence);
    }

    Tagged tag(String text, Tokens tokens, Sentences sentences, Optional<LocalDate> dct) {
        List<Timex> out = new ArrayList<>();
        Optional<Dated> pastDate = Optional.empty();
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
                Span span = new Span(words.get(m.start()).start, words.get(m.end() - 1).end);
                out.add(new Timex(span, v.type(), v.value(), v.mod()));
                if (tense == Tense.PAST && m.expr().explicitYear()) {
                    Optional<LocalDate> first = firstDay(v.value());
                    if (first.isPresent() && pastDate.map(p -> first.get().isAfter(p.day())).orElse(true)) {
                        pastDate = Optional.of(new Dated(first.get(), span));
                    }
                }
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
        return new Tagged(out, pastDate);
    }

    /** The first day of a DATE value with a written year: 2023-06-10, 2023-06 (June 1), 2023 (January 1). */
    static Optional<LocalDate> firstDay(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(value));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return Optional.of(LocalDate.parse(value + "-01"));
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
            }
        } catch (java.time.DateTimeException e) {
            // not a calendar date: no bound
        }
        return Optional.empty();
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
