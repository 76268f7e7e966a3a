package org.parley.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorLinks;
import org.parley.model.Actors;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Statement;
import org.parley.model.Statements;
import org.parley.store.ArticleSummary;
import org.parley.store.Store;

/**
 * Who said what across the store, for {@code parley quotes} and {@code parley actors}: the {@code statements},
 * {@code actors} and {@code actorLinks} layers of every article, joined by actor id. The server's quote browser
 * makes the same join from its catalog (server's Voices); this one reads the store directly.
 */
final class Speech {

    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** One statement with its article; {@code date} is its calendar {@code saidOn}, else the publication date. */
    record Quote(String id, String article, Optional<String> date, Optional<String> saidOn, String kind,
            Optional<Speaker> speaker, Optional<String> source, String cue, List<Piece> content) {
        String text() {
            return String.join(" … ", content.stream().map(Piece::text).toList());
        }
    }

    /** A piece of what was said, with its offsets in the article's text. */
    record Piece(int start, int end, String text) {
    }

    /** An actor across the store. */
    record ActorSummary(String id, String name, String kind, List<String> aliases, int articles, int links,
            int statements) {
    }

    private final List<Quote> quotes;
    private final List<ActorSummary> actors;
    private final Map<String, ActorSummary> byId;

    private Speech(List<Quote> quotes, List<ActorSummary> actors) {
        this.quotes = quotes;
        this.actors = actors;
        this.byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
    }

    static Speech of(Store store) {
        Map<String, ArticleSummary> summaries = new HashMap<>();
        store.list((int) Math.min(Integer.MAX_VALUE, store.count()), 0).forEach(s -> summaries.put(s.id(), s));
        Map<String, List<Statement>> statements = new HashMap<>();
        store.eachLayer(Statements.class, (id, layer) -> statements.put(id, layer.items()));
        List<Quote> quotes = new ArrayList<>();
        store.eachArticle(a -> {
            List<Statement> said = statements.get(a.id());
            if (said == null) {
                return;
            }
            Optional<LocalDate> published = Optional.ofNullable(summaries.get(a.id()))
                    .flatMap(ArticleSummary::published).or(a::published);
            for (Statement s : said) {
                quotes.add(quote(a.id(), a.text(), published, s));
            }
        });
        quotes.sort(Comparator.comparing((Quote q) -> q.date().orElse(""), Comparator.reverseOrder())
                .thenComparing(Quote::article).thenComparingInt(q -> q.content().get(0).start())
                .thenComparing(Quote::id));

        // The newest article's name and kind win; aliases add up.
        Map<String, Builder> builders = new LinkedHashMap<>();
        List<String> newestFirst = summaries.values().stream()
                .sorted(Comparator.comparing((ArticleSummary s) -> s.published().map(LocalDate::toString).orElse(""),
                        Comparator.reverseOrder()).thenComparing(ArticleSummary::id))
                .map(ArticleSummary::id).toList();
        Map<String, List<Actor>> actorsOf = new HashMap<>();
        store.eachLayer(Actors.class, (id, layer) -> actorsOf.put(id, layer.items()));
        for (String article : newestFirst) {
            for (Actor a : actorsOf.getOrDefault(article, List.of())) {
                Builder b = builders.computeIfAbsent(a.id(), k -> new Builder(a.id(), a.name(),
                        a.kind().name().toLowerCase(Locale.ROOT)));
                b.aliases.addAll(a.aliases());
                b.articles.add(article);
            }
        }
        store.eachLayer(ActorLinks.class, (id, layer) -> layer.items().forEach(l -> {
            Builder b = builders.get(l.actorId());
            if (b != null) {
                b.links++;
                b.articles.add(id);
            }
        }));
        for (Quote q : quotes) {
            q.speaker().ifPresent(sp -> builders.computeIfAbsent(sp.actorId(),
                    k -> new Builder(k, sp.name(), "unknown")).statements++);
        }
        List<ActorSummary> actors = new ArrayList<>();
        for (Builder b : builders.values()) {
            b.aliases.remove(b.name);
            actors.add(new ActorSummary(b.id, b.name, b.kind, List.copyOf(b.aliases), b.articles.size(), b.links,
                    b.statements));
        }
        actors.sort(Comparator.comparingInt(ActorSummary::statements).reversed()
                .thenComparing(Comparator.comparingInt(ActorSummary::articles).reversed())
                .thenComparing(a -> a.name().toLowerCase(Locale.ROOT)).thenComparing(ActorSummary::id));
        return new Speech(List.copyOf(quotes), List.copyOf(actors));
    }

    private static Quote quote(String article, String text, Optional<LocalDate> published, Statement s) {
        List<Piece> content = s.content().stream().map(p -> piece(text, p)).toList();
        Optional<String> date = s.saidOn().filter(d -> CALENDAR_DATE.matcher(d).matches())
                .or(() -> published.map(LocalDate::toString));
        return new Quote(s.id(), article, date, s.saidOn(), s.kind().name(), s.speaker(),
                s.source().map(x -> x.of(text)), s.cue().of(text), content);
    }

    private static Piece piece(String text, Span span) {
        return new Piece(span.start(), span.end(), span.of(text));
    }

    List<ActorSummary> actors() {
        return actors;
    }

    /**
     * The quotes of the actors {@code speaker} names (an id, or the starts of words of a name or alias, any case),
     * whose date overlaps [{@code from}, {@code to}]; newest first.
     */
    List<Quote> quotes(Optional<String> speaker, Optional<LocalDate> from, Optional<LocalDate> to) {
        return quotes.stream()
                .filter(q -> speaker.map(s -> q.speaker().filter(sp -> names(sp, s)).isPresent()).orElse(true))
                .filter(q -> from.isEmpty() && to.isEmpty() || q.date().filter(d -> overlaps(d, from, to)).isPresent())
                .toList();
    }

    private boolean names(Speaker sp, String query) {
        if (sp.actorId().equals(query) || startsWords(sp.name(), query)) {
            return true;
        }
        ActorSummary a = byId.get(sp.actorId());
        return a != null && a.aliases().stream().anyMatch(al -> startsWords(al, query));
    }

    /** A date of a day, month or year overlaps the range when any of its days lies in it. */
    static boolean overlaps(String date, Optional<LocalDate> from, Optional<LocalDate> to) {
        // A stored value that is no calendar date matches no range.
        return CalendarDates.of(date).map(d -> from.map(f -> !d.last().isBefore(f)).orElse(true)
                && to.map(t -> !d.first().isAfter(t)).orElse(true)).orElse(false);
    }

    /** Whether every word of {@code query} starts a word of {@code name}, ignoring case: "zelensk" names Zelensky. */
    static boolean startsWords(String name, String query) {
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+"));
        return Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                .allMatch(q -> words.stream().anyMatch(w -> w.startsWith(q)));
    }

    private static final class Builder {
        final String id;
        final String name;
        final String kind;
        final TreeSet<String> aliases = new TreeSet<>();
        final TreeSet<String> articles = new TreeSet<>();
        int links;
        int statements;

        Builder(String id, String name, String kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }
    }
}
