package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parley.server.Catalog.LayerItem;
import org.parley.server.Catalog.Page;
import org.parley.store.ArticleSummary;

/**
 * Who is named and who said what, across the store: the {@code actors}, {@code actorLinks} and {@code statements}
 * layers of every article joined into one index of actors and one of quotes. Built from one snapshot of the
 * catalog, so it is immutable and shared by concurrent requests until the store changes.
 */
final class Voices {

    private static final Pattern CALENDAR_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** A stretch of an article's text. */
    record Text(int start, int end, String text) {
    }

    /** The actor a statement is attributed to. */
    record Speaker(String actorId, String name) {
    }

    /** An actor across the store: in how many articles it is named, how many statements it made. */
    record ActorSummary(String id, String name, Optional<String> kind, List<String> aliases, int articles,
            int statements) {
    }

    /** One article naming an actor: how often it is linked there and how many of its statements it reports. */
    record ActorArticle(String id, Optional<String> title, Optional<String> outlet, Optional<LocalDate> published,
            int links, int statements) {
    }

    /**
     * One statement with its article. {@code date} is when it was said as far as the article tells: its
     * {@code saidOn} when that is a calendar date, else the article's publication date.
     */
    record Quote(String id, String kind, Optional<Speaker> speaker, Optional<Text> source, Text cue,
            List<Text> content, String text, Optional<String> saidOn, Optional<String> date, String article,
            Optional<String> title, Optional<String> outlet, Optional<LocalDate> published) {

        /** Where the reader shows it: the anchor of its first piece of content. */
        int anchor() {
            return content.get(0).start();
        }
    }

    /** What the quotes are filtered by; every field is data, compared, never interpreted. */
    record QuoteFilter(Optional<String> speaker, Optional<LocalDate> from, Optional<LocalDate> to,
            Optional<String> q) {
        static final QuoteFilter NONE = new QuoteFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());

        boolean accepts(Quote quote) {
            return speaker.map(s -> quote.speaker().filter(sp -> sp.actorId().equals(s)).isPresent()).orElse(true)
                    && (from.isEmpty() && to.isEmpty() || quote.date().filter(d -> Catalog.overlaps(d, from, to))
                            .isPresent())
                    && q.map(words -> containsAll(quote.text(), words)).orElse(true);
        }
    }

    /** An actor with everything the store says of it. */
    record ActorDetail(ActorSummary actor, List<ActorArticle> articles, List<Quote> statements) {
    }

    private final List<ActorSummary> actors;
    private final Map<String, ActorSummary> byId;
    private final Map<String, List<ActorArticle>> articlesOf;
    private final List<Quote> quotes;
    private final int unattributed;

    private Voices(List<ActorSummary> actors, Map<String, List<ActorArticle>> articlesOf, List<Quote> quotes) {
        this.actors = actors;
        this.byId = new HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        this.articlesOf = articlesOf;
        this.quotes = quotes;
        this.unattributed = (int) quotes.stream().filter(q -> q.speaker().isEmpty()).count();
    }

    /** Joins the layers of the articles in {@code all} (newest first) from {@code layers}, by layer name. */
    static Voices of(List<ArticleSummary> all, Map<String, List<LayerItem>> layers) {
        Map<String, ArticleSummary> summaries = new HashMap<>();
        all.forEach(s -> summaries.put(s.id(), s));

        // Quotes, newest first as the articles are, each article's in text order.
        List<Quote> quotes = new ArrayList<>();
        for (LayerItem i : layers.getOrDefault("statements", List.of())) {
            ArticleSummary s = summaries.get(i.article());
            quote(i.item(), s).ifPresent(quotes::add);
        }
        quotes.sort(Comparator.comparing((Quote q) -> q.date().orElse(""), Comparator.reverseOrder())
                .thenComparing(Quote::article).thenComparingInt(Quote::anchor));

        // Actors as each article lists them; the newest article's name and kind win, aliases add up.
        Map<String, Builder> builders = new LinkedHashMap<>();
        for (LayerItem i : layers.getOrDefault("actors", List.of())) {
            String id = str(i.item(), "id").orElse(null);
            if (id == null) {
                continue;
            }
            Builder b = builders.computeIfAbsent(id, k -> new Builder(k, str(i.item(), "name").orElse(k),
                    str(i.item(), "kind")));
            i.item().path("aliases").forEach(a -> b.aliases.add(a.asText()));
            b.article(i.article());
        }
        for (LayerItem i : layers.getOrDefault("actorLinks", List.of())) {
            str(i.item(), "actorId").map(builders::get).ifPresent(b -> b.link(i.article()));
        }
        for (Quote q : quotes) {
            q.speaker().ifPresent(sp -> builders.computeIfAbsent(sp.actorId(), k -> new Builder(k, sp.name(),
                    Optional.empty())).said(q.article()));
        }
        List<ActorSummary> actors = new ArrayList<>();
        Map<String, List<ActorArticle>> articlesOf = new HashMap<>();
        for (Builder b : builders.values()) {
            b.aliases.remove(b.name);
            actors.add(new ActorSummary(b.id, b.name, b.kind, List.copyOf(b.aliases), b.perArticle.size(),
                    b.perArticle.values().stream().mapToInt(c -> c[1]).sum()));
            List<ActorArticle> articles = new ArrayList<>();
            b.perArticle.forEach((id, counts) -> {
                ArticleSummary s = summaries.get(id);
                articles.add(new ActorArticle(id, s == null ? Optional.empty() : s.title(),
                        s == null ? Optional.empty() : s.outlet(), s == null ? Optional.empty() : s.published(),
                        counts[0], counts[1]));
            });
            articles.sort(Comparator.comparing((ActorArticle a) -> a.published().map(LocalDate::toString).orElse(""),
                    Comparator.reverseOrder()).thenComparing(ActorArticle::id));
            articlesOf.put(b.id, List.copyOf(articles));
        }
        actors.sort(Comparator.comparingInt(ActorSummary::statements).reversed()
                .thenComparing(Comparator.comparingInt(ActorSummary::articles).reversed())
                .thenComparing(a -> a.name().toLowerCase(Locale.ROOT)).thenComparing(ActorSummary::id));
        return new Voices(List.copyOf(actors), articlesOf, List.copyOf(quotes));
    }

    /** Actors whose name or an alias contains {@code q} (any case), of {@code kind}; most quoted first. */
    Page<ActorSummary> actors(Optional<String> q, Optional<String> kind, int limit, int offset) {
        List<ActorSummary> kept = actors.stream()
                .filter(a -> q.map(v -> containsAll(a.name(), v) || a.aliases().stream()
                        .anyMatch(al -> containsAll(al, v))).orElse(true))
                .filter(a -> kind.map(k -> a.kind().filter(k::equalsIgnoreCase).isPresent()).orElse(true))
                .toList();
        return Catalog.page(kept, limit, offset);
    }

    /** The actors that made at least one statement, most quoted first. */
    List<ActorSummary> speakers() {
        return actors.stream().filter(a -> a.statements() > 0).toList();
    }

    /** Statements the analysis could not attribute to an actor. */
    int unattributed() {
        return unattributed;
    }

    Optional<ActorSummary> actor(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<ActorDetail> detail(String id) {
        return actor(id).map(a -> new ActorDetail(a, articlesOf.getOrDefault(id, List.of()),
                quotes.stream().filter(q -> q.speaker().filter(s -> s.actorId().equals(id)).isPresent()).toList()));
    }

    Page<Quote> quotes(QuoteFilter f, int limit, int offset) {
        return Catalog.page(quotes.stream().filter(f::accepts).toList(), limit, offset);
    }

    private static Optional<Quote> quote(JsonNode item, ArticleSummary s) {
        List<Text> content = new ArrayList<>();
        item.path("content").forEach(c -> text(c).ifPresent(content::add));
        Optional<Text> cue = text(item.path("cue"));
        if (content.isEmpty() || cue.isEmpty() || s == null) {
            return Optional.empty(); // not a statement as docs/analysis-json.md defines it
        }
        Optional<Speaker> speaker = str(item.path("speaker"), "actorId")
                .map(id -> new Speaker(id, str(item.path("speaker"), "name").orElse(id)));
        Optional<String> saidOn = str(item, "saidOn");
        Optional<String> date = saidOn.filter(d -> CALENDAR_DATE.matcher(d).matches())
                .or(() -> s.published().map(LocalDate::toString));
        String joined = String.join(" … ", content.stream().map(Text::text).toList());
        return Optional.of(new Quote(str(item, "id").orElse(s.id() + "-" + content.get(0).start()),
                str(item, "kind").orElse("DIRECT"), speaker, text(item.path("source")), cue.get(), List.copyOf(content),
                joined, saidOn, date, s.id(), s.title(), s.outlet(), s.published()));
    }

    private static Optional<Text> text(JsonNode span) {
        if (!span.path("start").isInt() || !span.path("end").isInt()) {
            return Optional.empty();
        }
        return Optional.of(new Text(span.get("start").asInt(), span.get("end").asInt(), span.path("text").asText("")));
    }

    private static Optional<String> str(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? Optional.empty() : Optional.of(v.asText());
    }

    /** Whether {@code haystack} contains every whitespace-separated word of {@code words}, ignoring case. */
    static boolean containsAll(String haystack, String words) {
        String h = haystack.toLowerCase(Locale.ROOT);
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty() && !h.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final class Builder {
        final String id;
        final String name;
        final Optional<String> kind;
        final TreeSet<String> aliases = new TreeSet<>();
        /** Per article id: links, statements. In the order met: newest article first. */
        final Map<String, int[]> perArticle = new LinkedHashMap<>();

        Builder(String id, String name, Optional<String> kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        void article(String article) {
            perArticle.computeIfAbsent(article, k -> new int[2]);
        }

        void link(String article) {
            perArticle.computeIfAbsent(article, k -> new int[2])[0]++;
        }

        void said(String article) {
            perArticle.computeIfAbsent(article, k -> new int[2])[1]++;
        }
    }
}
