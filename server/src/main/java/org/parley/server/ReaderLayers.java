package org.parley.server;

import static org.parley.server.Html.each;
import static org.parley.server.Html.t;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Events;
import org.parley.model.NarrativeLabel;
import org.parley.model.Narratives;
import org.parley.model.Span;
import org.parley.server.Html.Safe;
import org.parley.server.Pages.Mark;

/**
 * The reader's view of the layers whose items point at text through evidence spans rather than a span of their
 * own: events (each evidence sentence highlighted, so a report on an event's page lands on it) and narratives
 * (label, score and the sentences that support it).
 */
final class ReaderLayers {

    /** The layers whose items are shown by their evidence spans. */
    static final java.util.Set<String> EVIDENCE = java.util.Set.of("events", "narratives");

    private ReaderLayers() {
    }

    static List<Mark> marks(Document doc) {
        List<Mark> marks = new ArrayList<>();
        doc.find(Events.class).ifPresent(l -> l.items().forEach(e -> e.evidence().forEach(s -> marks.add(
                new Mark("events", s.start(), s.end(), describe(e))))));
        doc.find(Narratives.class).ifPresent(l -> l.items().forEach(n -> n.evidence().forEach(s -> marks.add(
                new Mark("narratives", s.start(), s.end(), n.label() + " (" + score(n) + ")")))));
        return marks;
    }

    /** The legend's entries: each layer present with its number of items. */
    static Map<String, Integer> counts(Document doc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        doc.find(Events.class).ifPresent(l -> counts.put("events", l.items().size()));
        doc.find(Narratives.class).ifPresent(l -> counts.put("narratives", l.items().size()));
        return counts;
    }

    static Safe tables(Document doc) {
        String text = doc.text();
        Safe events = doc.find(Events.class).map(l -> t("""
                <section aria-labelledby="layer-events-h" class="layer"><h2 id="layer-events-h">Events</h2>
                <table class="events"><thead><tr><th scope="col">Type</th><th scope="col">Status</th>
                <th scope="col">Date</th><th scope="col">Place</th><th scope="col">Parties</th>
                <th scope="col">Mediators</th><th scope="col">Evidence</th></tr></thead>
                <tbody>{}</tbody></table></section>""", each(l.items(), e -> t(
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                EventPages.typeName(e.type()), EventPages.key(e.status()), e.date().map(d -> d.value()
                        + d.until().map(u -> " – " + u).orElse("")).orElse("—"),
                e.place().map(p -> p.name()).orElse("—"), actors(e.parties()), actors(e.mediators()),
                evidence("events", e.evidence(), text))))).orElse(Html.EMPTY);
        Safe narratives = doc.find(Narratives.class).map(l -> t("""
                <section aria-labelledby="layer-narratives-h" class="layer"><h2 id="layer-narratives-h">Narratives</h2>
                <table class="narratives"><thead><tr><th scope="col">Label</th><th scope="col">Narrative</th>
                <th scope="col">Score</th><th scope="col">Evidence</th></tr></thead>
                <tbody>{}</tbody></table></section>""", each(l.items(), n -> t(
                "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                VoicePages.href("/narratives", java.util.Map.of("label", n.label())), n.label(),
                n.parent().orElse("—"), score(n), n.evidence().isEmpty() ? t("—")
                        : evidence("narratives", n.evidence(), text))))).orElse(Html.EMPTY);
        return Html.join(events, narratives);
    }

    private static String describe(Event e) {
        List<String> parts = new ArrayList<>();
        parts.add(EventPages.typeName(e.type()).toLowerCase(Locale.ROOT));
        parts.add(EventPages.key(e.status()));
        e.date().ifPresent(d -> parts.add(d.value()));
        e.place().ifPresent(p -> parts.add(p.name()));
        return String.join(", ", parts);
    }

    private static String score(NarrativeLabel n) {
        return String.format(Locale.ROOT, "%.2f", n.score());
    }

    private static Safe actors(List<String> ids) {
        return ids.isEmpty() ? t("—") : t("<ul class=\"inline\">{}</ul>", each(ids, id -> t(
                "<li><a href=\"/actors/{}\">{}</a></li>", id, id)));
    }

    private static Safe evidence(String layer, List<Span> spans, String text) {
        return t("<ul class=\"evidence\">{}</ul>", each(spans, s -> t("<li><a href=\"#{}-{}\">{}</a></li>", layer,
                s.start(), text.substring(s.start(), Math.min(s.end(), text.length())))));
    }
}
