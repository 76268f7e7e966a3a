package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorLink;
import org.parley.model.ActorLinks;
import org.parley.model.Actors;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Event;
import org.parley.model.Events;
import org.parley.model.LinkMethod;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.PublishedFrom;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.model.Statements;
import org.parley.model.Token;
import org.parley.model.Tokens;
import org.parley.pipeline.Output;
import org.parley.time.TimeTagger;

/**
 * Documents for the tests without CoreNLP: a small tokenizer, sentences at full stops, places and actors from
 * fixed lists, and real time expressions from Parley's tagger.
 */
final class Docs {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.,][\\p{L}\\p{N}]+)*|[’']s|\\S");

    /** Places the tests name: LOCATION mentions. */
    static final List<String> PLACES = List.of("Istanbul", "Dolmabahce Palace", "Geneva", "Abu Dhabi", "Gomel",
            "Belovezhskaya Pushcha", "Riyadh", "Turkey", "Belarus");

    /** Actors the tests name, with the names that link to them. */
    static final Map<String, Actor> ACTORS = new LinkedHashMap<>();

    static {
        actor("Q159", "Russia", ActorKind.STATE, "Russia", "Moscow", "Kremlin");
        actor("Q212", "Ukraine", ActorKind.STATE, "Ukraine", "Kyiv");
        actor("Q43", "Turkey", ActorKind.STATE, "Turkey", "Ankara");
        actor("Q184", "Belarus", ActorKind.STATE, "Belarus", "Minsk");
        actor("Q30", "United States", ActorKind.STATE, "Washington");
        actor("Q878", "United Arab Emirates", ActorKind.STATE, "UAE");
        actor("Q7747", "Vladimir Putin", ActorKind.PERSON, "Putin");
        actor("Q3874799", "Volodymyr Zelensky", ActorKind.PERSON, "Zelensky");
        actor("peskov", "Dmitry Peskov", ActorKind.PERSON, "Peskov");
        actor("wire", "Example Wire", ActorKind.ORG, "Example Wire");
    }

    private static void actor(String id, String name, ActorKind kind, String... names) {
        Actor a = new Actor(id, name, kind, List.of(names));
        for (String n : names) {
            ACTORS.put(n, a);
        }
    }

    private Docs() {
    }

    static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    /** The events of {@code text}, published on {@link #DAY}, with these statement contents (quoted substrings). */
    static List<Event> events(String text, String... said) {
        Document d = base(text, said);
        Output out = EventExtraction.component().apply(d);
        return ((Events) out.layers().get(0)).items();
    }

    static Document base(String text, String... said) {
        return base(text, Optional.empty(), said);
    }

    /** As {@link #base(String, String...)}, for an article with a wire agency in its dateline. */
    static Document base(String text, Optional<String> agency, String... said) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            String pos = w.matches("\\d.*") ? "CD" : Character.isUpperCase(w.charAt(0)) ? "NNP"
                    : w.matches("\\p{L}+ed") ? "VBD" : w.matches("\\p{Punct}") ? "." : "NN";
            tokens.add(new Token(new Span(m.start(), m.end()), pos, w.toLowerCase(java.util.Locale.ROOT)));
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().of(text).matches("[.?!]") || i == tokens.size() - 1) {
                sentences.add(new Sentence(new Span(tokens.get(first).span().start(), tokens.get(i).span().end()),
                        first, i + 1));
                first = i + 1;
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (String place : PLACES) {
            for (int at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
                mentions.add(new Mention(new Span(at, at + place.length()), EntityKind.LOCATION));
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        List<ActorLink> links = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (var e : ACTORS.entrySet()) {
            Matcher n = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(text);
            while (n.find()) {
                links.add(new ActorLink(new Span(n.start(), n.end()), e.getValue().id(), 1.0, LinkMethod.EXACT));
                if (!actors.contains(e.getValue())) {
                    actors.add(e.getValue());
                }
            }
        }
        links.sort((a, b) -> a.span().compareTo(b.span()));
        List<Statement> statements = new ArrayList<>();
        for (String content : said) {
            int at = text.indexOf(content);
            if (at < 0) {
                throw new IllegalArgumentException("not in the text: " + content);
            }
            statements.add(new Statement("st-" + at, StatementKind.INDIRECT, List.of(new Span(at,
                    at + content.length())), new Span(0, 1), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        Article a = new Article("t", "t", Optional.empty(), agency, Optional.empty(), Optional.empty(),
                Optional.of(DAY), PublishedFrom.OVERRIDE, Optional.empty(), "en", text, List.of());
        Document d = Document.of(a).with(List.of(new Tokens(tokens), new Sentences(sentences)), List.of());
        Output time = TimeTagger.builder().build().component().apply(d);
        d = d.with(time.layers(), time.problems());
        return d.with(List.of(new Mentions(mentions), new ActorLinks(links), new Actors(actors),
                new Statements(statements)), List.of());
    }
}
