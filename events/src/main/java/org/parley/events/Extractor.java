package org.parley.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorLink;
import org.parley.model.EntityKind;
import org.parley.model.Event;
import org.parley.model.EventDate;
import org.parley.model.EventPlace;
import org.parley.model.EventStatus;
import org.parley.model.EventType;
import org.parley.model.Mention;
import org.parley.model.Quantity;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Statement;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Token;

/** Finds the events of one document, sentence by sentence, then merges the reports of one event. */
final class Extractor {

    private final String text;
    private final List<Sentence> sentences;
    private final List<Mention> mentions;
    private final List<Timex> timexes;
    private final List<ActorLink> links;
    private final Map<String, Actor> actors;
    private final List<Statement> statements;

    Extractor(String text, List<Token> tokens, List<Sentence> sentences, List<Mention> mentions,
            List<Timex> timexes, List<ActorLink> links, List<Actor> actors, List<Statement> statements,
            Set<String> reporters) {
        this.text = text;
        this.sentences = sentences;
        this.mentions = mentions;
        this.timexes = timexes.stream().filter(t -> t.type() == TimexType.DATE && dateValue(t.value()).isPresent())
                .toList();
        this.links = links.stream().filter(l -> !reporters.contains(l.span().of(text))).toList();
        this.actors = actors.stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
        this.statements = statements;
    }

    List<Event> run() {
        List<Draft> drafts = new ArrayList<>();
        for (Sentence sentence : sentences) {
            drafts.addAll(sentence(sentence.span()));
        }
        return merge(drafts).stream().map(Draft::event).sorted(Comparator.<Event, Span>comparing(e -> e.evidence()
                .get(0)).thenComparing(Event::type)).toList();
    }

    /** An event while it is being built. */
    private final class Draft {
        final EventType type;
        EventStatus status;
        Optional<String> detail;
        Optional<EventDate> date;
        Optional<EventPlace> place;
        final Set<String> parties = new LinkedHashSet<>();
        final Set<String> mediators = new LinkedHashSet<>();
        final List<Quantity> quantities = new ArrayList<>();
        final List<Span> evidence = new ArrayList<>();

        Draft(EventType type) {
            this.type = type;
        }

        Event event() {
            evidence.sort(Comparator.naturalOrder());
            String key = type + "|" + evidence.get(0) + "|" + date.map(EventDate::value).orElse("");
            List<String> on = statements.stream().filter(st -> st.content().stream()
                    .anyMatch(c -> evidence.stream().anyMatch(c::overlaps))).map(Statement::id).toList();
            parties.removeAll(mediators);
            place.flatMap(EventPlace::actorId).ifPresent(parties::remove);
            return new Event("ev-" + hash(key), type, status, detail, date, place, List.copyOf(parties),
                    List.copyOf(mediators), quantities, on, evidence);
        }
    }

    // ---- one sentence ---------------------------------------------------------------------------------

    private List<Draft> sentence(Span span) {
        String s = span.of(text);
        List<Triggers.Hit> hits = Triggers.find(s);
        if (hits.isEmpty()) {
            return List.of();
        }
        String lower = Triggers.lower(s);
        // One event per type and sentence, anchored at its first trigger.
        Map<EventType, Triggers.Hit> first = new EnumMap<>(EventType.class);
        hits.forEach(h -> first.putIfAbsent(h.type(), h));
        List<Timex> dates = timexes.stream().filter(t -> span.contains(t.span())).toList();
        List<ActorLink> inSentence = links.stream().filter(l -> span.contains(l.span())).toList();
        Set<String> mediators = mediators(s, span, inSentence);
        List<Draft> out = new ArrayList<>();
        for (Triggers.Hit h : first.values()) {
            Span trigger = new Span(span.start() + h.start(), span.start() + h.end());
            EventStatus status = Status.of(h.type(), lower, h.start(), h.end());
            Optional<String> detail = Status.detail(h.type(), status, lower, h.start(), h.end());
            Optional<EventPlace> place = place(span, trigger, inSentence);
            for (Optional<EventDate> date : dates(s, span, trigger, dates)) {
                Draft d = new Draft(h.type());
                d.status = status;
                d.detail = detail;
                d.date = date;
                d.place = place;
                d.evidence.add(span);
                d.mediators.addAll(mediators);
                inSentence.stream().filter(l -> isParty(l.actorId())).forEach(l -> d.parties.add(l.actorId()));
                out.add(d);
            }
        }
        quantities(s, span, out, hits);
        return out;
    }

    private boolean isParty(String actorId) {
        return actors.containsKey(actorId);
    }

    // ---- dates ----------------------------------------------------------------------------------------

    private static final Pattern DATE_VALUE = Pattern.compile("(\\d{4}|XXXX)(-(?:\\d{2}|Q\\d|W\\d{2}|SP|SU|FA|WI))?"
            + "(-\\d{2})?");
    private static final Pattern RANGE = Pattern.compile("\\s*(?:to|until|till|through|-|–|—)\\s*");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?$");
    private static final Pattern AND = Pattern.compile("\\s*(?:,|and|,\\s*and)\\s*");
    private static final Pattern PLURAL = Pattern.compile("(?i).*\\b(?:rounds|exchanges|swaps|meetings)\\b.*");

    /** The date part of a TIMEX3 value ("2025-06-02TMO" gives "2025-06-02"), when it names a day, month or year. */
    static Optional<String> dateValue(String value) {
        Matcher m = DATE_VALUE.matcher(value);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String v = m.group();
        if (v.equals("XXXX")) {
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /**
     * The dates of the event a trigger reports: the nearest date of its sentence (inside what someone said when
     * the trigger is; the date of saying is not the date of the event); a range when "to" or "until" joins two;
     * one event per date when a plural trigger has dates joined by "and" ("rounds on March 3 and March 7").
     */
    private List<Optional<EventDate>> dates(String s, Span sentence, Span trigger, List<Timex> dates) {
        Optional<Span> content = statements.stream().flatMap(st -> st.content().stream())
                .filter(c -> c.contains(trigger)).findFirst();
        List<Timex> candidates = dates.stream().filter(t -> content.map(c -> c.contains(t.span())).orElse(true))
                .toList();
        if (candidates.isEmpty()) {
            return List.of(Optional.empty());
        }
        int clauseStart = sentence.start() + Triggers.clauseStart(s, trigger.start() - sentence.start());
        int clauseEnd = sentence.start() + Triggers.clauseEnd(s, trigger.end() - sentence.start());
        // The trigger's clause first, then the most precise date ("In 2025, ... on June 2"), then the nearest.
        Timex best = candidates.stream().min(Comparator.comparingInt((Timex t) -> t.span().end() < clauseStart
                || t.span().start() > clauseEnd ? 1 : 0).thenComparingInt(t -> -precision(t))
                .thenComparingInt(t -> distance(t.span(), trigger))).get();
        int i = candidates.indexOf(best);
        // Back to the first date of a coordination or range the best one ends.
        while (i > 0 && (joined(candidates.get(i - 1), candidates.get(i), AND)
                || joined(candidates.get(i - 1), candidates.get(i), RANGE))) {
            i--;
        }
        Timex start = candidates.get(i);
        boolean between = BETWEEN.matcher(text.substring(sentence.start(), start.span().start())).find();
        if (i + 1 < candidates.size() && (joined(start, candidates.get(i + 1), RANGE)
                || between && joined(start, candidates.get(i + 1), AND))) {
            return List.of(Optional.of(new EventDate(new Span(start.span().start(), candidates.get(i + 1).span()
                    .end()), dateValue(start.value()).orElseThrow(), dateValue(candidates.get(i + 1).value()))));
        }
        // A year the sentence names completes a day or month without one: "In 2025, ... on June 2".
        Optional<String> year = dates.stream().map(t -> dateValue(t.value()).orElse(""))
                .filter(v -> v.matches("\\d{4}")).findFirst();
        List<Optional<EventDate>> out = new ArrayList<>();
        out.add(Optional.of(date(start, year)));
        if (PLURAL.matcher(trigger.of(text)).matches()) {
            for (int k = i + 1; k < candidates.size() && joined(candidates.get(k - 1), candidates.get(k), AND); k++) {
                out.add(Optional.of(date(candidates.get(k), year)));
            }
        }
        return out;
    }

    private static int precision(Timex t) {
        return dateValue(t.value()).orElse("").length();
    }

    private boolean joined(Timex a, Timex b, Pattern between) {
        return a.span().end() <= b.span().start()
                && between.matcher(text.substring(a.span().end(), b.span().start())).matches();
    }

    private static EventDate date(Timex t, Optional<String> year) {
        String v = dateValue(t.value()).orElseThrow();
        if (v.startsWith("XXXX-") && year.isPresent()) {
            v = year.get() + v.substring(4);
        }
        return new EventDate(t.span(), v, Optional.empty());
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : a.start() >= b.end() ? a.start() - b.end() : 0;
    }

    // ---- places ---------------------------------------------------------------------------------------

    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)(?:\\bin|\\bat|\\bnear|\\bhosted\\s+by)\\s+(?:the\\s+)?$");
    private static final Pattern PLACE_IN = Pattern.compile("^(?:'s)?\\s*(?:,|in|of)\\s+(?:the\\s+)?");
    private static final Pattern SUFFIX = Pattern.compile("(?i)(?:'s|’s|\\s+region|\\s+oblast|\\s+province)$");
    private static final Map<String, String> VENUES = Map.of("dolmabahce", "Istanbul", "dolmabahçe", "Istanbul",
            "ciragan", "Istanbul", "çırağan", "Istanbul", "gomel", "Gomel", "belovezhskaya", "Belovezhskaya Pushcha",
            "viskuli", "Belovezhskaya Pushcha");

    /** A place named after "in" or "at" in the sentence, nearest to the trigger: a location or a state. */
    private Optional<EventPlace> place(Span sentence, Span trigger, List<ActorLink> inSentence) {
        List<Span> candidates = new ArrayList<>();
        mentions.stream().filter(m -> m.kind() == EntityKind.LOCATION && sentence.contains(m.span()))
                .forEach(m -> candidates.add(m.span()));
        inSentence.stream().filter(l -> kind(l.actorId()) == ActorKind.STATE)
                .filter(l -> candidates.stream().noneMatch(c -> c.overlaps(l.span())))
                .forEach(l -> candidates.add(l.span()));
        return candidates.stream()
                .filter(c -> PLACE_BEFORE.matcher(text.substring(Math.max(sentence.start(), c.start() - 12),
                        c.start())).find())
                .filter(c -> distance(c, trigger) <= 120)
                .min(Comparator.comparingInt(c -> distance(c, trigger)))
                .map(c -> named(c, candidates));
    }

    private EventPlace named(Span c, List<Span> candidates) {
        // "Dolmabahce Palace in Istanbul": the city is the key to merge by.
        Span named = c;
        for (Span other : candidates) {
            if (other.start() > c.end() && other.start() - c.end() < 12
                    && PLACE_IN.matcher(text.substring(c.end(), other.start())).find()) {
                named = other;
                break;
            }
        }
        String name = SUFFIX.matcher(named.of(text).strip()).replaceAll("");
        String first = name.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        name = VENUES.getOrDefault(first, name);
        Span at = named;
        Optional<String> actorId = links.stream().filter(l -> l.span().overlaps(at) && kind(l.actorId())
                == ActorKind.STATE).map(ActorLink::actorId).findFirst();
        String canonical = actorId.map(id -> actors.get(id).name()).orElse(name);
        return new EventPlace(c, canonical, actorId);
    }

    private ActorKind kind(String actorId) {
        Actor a = actors.get(actorId);
        return a == null ? null : a.kind();
    }

    // ---- mediators ------------------------------------------------------------------------------------

    private static final Pattern MEDIATION = Pattern.compile("(?i)\\b(?:mediat\\w*|host|hosted|hosting|hosts|brokered"
            + "|broker\\w*|facilitated|good\\s+offices|auspices)\\b");

    /** Actors next to "mediation", "hosted by", "brokered": "Turkey's mediation", "mediated by the UAE". */
    private Set<String> mediators(String s, Span sentence, List<ActorLink> inSentence) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = MEDIATION.matcher(s);
        while (m.find()) {
            Span cue = new Span(sentence.start() + m.start(), sentence.start() + m.end());
            inSentence.stream().filter(l -> kind(l.actorId()) != null && kind(l.actorId()) != ActorKind.DELEGATION)
                    .filter(l -> distance(l.span(), cue) <= 25)
                    .min(Comparator.comparingInt(l -> distance(l.span(), cue)))
                    .ifPresent(l -> out.add(l.actorId()));
        }
        return out;
    }

    // ---- quantities -----------------------------------------------------------------------------------

    private static final Pattern QUANTITY = Pattern.compile("(?i)\\b(?:(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s+(thousand"
            + "|million))?|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
            + "|forty|fifty|a\\s+hundred|hundred|a\\s+thousand))((?:\\s+[\\p{L}-]+){0,3}?)\\s+(prisoners?|pows?"
            + "|captives|detainees|servicemen|soldiers|bodies|civilians|people|defenders|fighters|children|remains"
            + "|troops|persons)\\b(?!\\s+(?:exchange|swap))");
    private static final Pattern FOR = Pattern.compile("\\b(\\d{1,3}(?:,\\d{3})+|\\d+)-for-(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\b");
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** Numbers of prisoners and bodies, given to the nearest exchange or repatriation of the sentence. */
    private void quantities(String s, Span sentence, List<Draft> drafts, List<Triggers.Hit> hits) {
        if (drafts.stream().noneMatch(d -> counts(d.type))) {
            return;
        }
        Matcher m = QUANTITY.matcher(s);
        while (m.find()) {
            long value = m.group(1) != null ? Long.parseLong(m.group(1).replace(",", "")) : word(m.group(3));
            if (m.group(2) != null) {
                value *= m.group(2).equalsIgnoreCase("thousand") ? 1_000 : 1_000_000;
            }
            if (value <= 0 || m.group(1) != null && m.group(1).matches("(19|20)\\d\\d") && m.group(2) == null) {
                continue;
            }
            give(sentence, drafts, hits, m.start(), m.end(), m.group(5).toLowerCase(java.util.Locale.ROOT), value);
        }
        Matcher f = FOR.matcher(s);
        while (f.find()) {
            give(sentence, drafts, hits, f.start(), f.end(), "prisoners", Long.parseLong(f.group(1).replace(",", "")));
        }
    }

    private void give(Span sentence, List<Draft> drafts, List<Triggers.Hit> hits, int start, int end, String noun,
            long value) {
        Optional<Triggers.Hit> nearest = hits.stream().filter(h -> counts(h.type()))
                .min(Comparator.comparingInt(h -> distance(new Span(h.start(), h.end()), new Span(start, end))));
        if (nearest.isEmpty()) {
            return;
        }
        EventType type = nearest.get().type();
        String what = type == EventType.REPATRIATION ? "bodies"
                : noun.startsWith("civilian") || noun.startsWith("child") ? noun : "prisoners";
        if (type == EventType.REPATRIATION && !noun.matches("bodies|remains|soldiers|servicemen|troops|fighters"
                + "|defenders|people|persons")) {
            return;
        }
        Quantity q = new Quantity(new Span(sentence.start() + start, sentence.start() + end), what, value);
        drafts.stream().filter(d -> d.type == type).forEach(d -> d.quantities.add(q));
    }

    private static long word(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT).replace("a ", "");
        int i = WORDS.indexOf(l);
        if (i >= 0) {
            return i;
        }
        return switch (l) {
            case "fifteen" -> 15;
            case "twenty" -> 20;
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "hundred" -> 100;
            case "thousand" -> 1000;
            default -> 0;
        };
    }

    private static boolean counts(EventType type) {
        return type == EventType.PRISONER_EXCHANGE || type == EventType.REPATRIATION;
    }

    // ---- merging --------------------------------------------------------------------------------------

    /** Reports of one event in one article (same type, date and place) become one event with their evidence. */
    private List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Optional<Draft> same = out.stream().filter(o -> o.type == d.type && d.date.isPresent()
                    && o.date.isPresent() && o.date.get().value().equals(d.date.get().value())
                    && o.date.get().until().equals(d.date.get().until())
                    && (o.place.isEmpty() || d.place.isEmpty()
                        || o.place.get().name().equals(d.place.get().name()))).findFirst();
            if (same.isEmpty()) {
                out.add(d);
                continue;
            }
            Draft o = same.get();
            d.evidence.stream().filter(e -> !o.evidence.contains(e)).forEach(o.evidence::add);
            if (o.place.isEmpty()) {
                o.place = d.place;
            }
            if (o.status != EventStatus.HAPPENED && d.status == EventStatus.HAPPENED) {
                o.status = d.status;
                o.detail = d.detail;
            }
            o.parties.addAll(d.parties);
            o.mediators.addAll(d.mediators);
            d.quantities.stream().filter(q -> !o.quantities.contains(q)).forEach(o.quantities::add);
        }
        return out;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
