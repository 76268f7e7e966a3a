package org.parley.statements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorLink;
import org.parley.model.ActorLinks;
import org.parley.model.Actors;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Layer;
import org.parley.model.LinkMethod;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.model.Tokens;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;

/**
 * The "actors" component: links names, titles, short names and pronouns to actors of the registry, and makes new
 * actors of people it does not know. Names come from the mentions and from runs of proper nouns the NER missed
 * (typos such as "Zelskyy" are rarely tagged); titles are resolved to their holder on the article's date.
 */
final class ActorsComponent implements Component {

    private static final String NAT = "(russian|russia's|russia’s|ukrainian|ukraine's|ukraine’s|u\\.s\\.|us|american"
            + "|america's|turkish|turkey's|belarusian|belarus's|belarus'|belarus’)";
    private static final List<Title> TITLES = List.of(
            new Title(NAT + "\\s+(?:president|leader|head of state)", "president", null),
            new Title(NAT + "\\s+(?:foreign minister|top diplomat|minister of foreign affairs)",
                    "foreign-minister", null),
            new Title(NAT + "\\s+(?:defen[cs]e minister|minister of defen[cs]e)", "defence-minister", null),
            new Title(NAT + "\\s+(?:foreign ministry|ministry of foreign affairs|mfa)\\s+"
                    + "(?:spokes(?:wo)?man|spokesperson|spokesman|representative)", "ministry-spokesperson", null),
            new Title("(?:the\\s+)?kremlin(?:'s|’s)?\\s+(?:spokes(?:wo)?man|spokesperson|press secretary)",
                    "spokesperson", "parley:kremlin"),
            new Title("(?:the\\s+)?(?:russian\\s+|kremlin\\s+)?presidential press secretary", "spokesperson",
                    "parley:kremlin"),
            new Title("(?:the\\s+)?kremlin(?:'s|’s)?\\s+(?:chief|leader|head)", "president", "Q159"),
            new Title("(?:the\\s+)?(?:us\\s+|u\\.s\\.\\s+|american\\s+)?secretary of state", "secretary-of-state",
                    "Q30"),
            new Title("(?:the\\s+)?(?:un\\s+|u\\.n\\.\\s+)?secretary[- ]general(?:\\s+of the (?:un|united nations))?",
                    "secretary-general", "Q1065"),
            new Title("(?:the\\s+)?nato\\s+secretary[- ]general", "secretary-general", "Q7184"),
            new Title("(?:the\\s+)?head of the " + NAT + "\\s+delegation", "head-of-delegation", null),
            new Title(NAT + "\\s+(?:chief|lead) negotiator", "head-of-delegation", null),
            new Title(NAT + "\\s+(?:presidential\\s+)?chief of staff", "chief-of-staff", null),
            new Title("(?:the\\s+)?head of the (?:ukrainian\\s+)?presidential office", "chief-of-staff", "Q212"),
            new Title("(?:the\\s+)?(?:us|u\\.s\\.|american|white house)\\s+(?:special\\s+)?envoy", "special-envoy",
                    "Q30"));
    private static final Map<String, String> NATIONS = Map.ofEntries(Map.entry("russian", "Q159"),
            Map.entry("russia", "Q159"), Map.entry("ukrainian", "Q212"), Map.entry("ukraine", "Q212"),
            Map.entry("us", "Q30"), Map.entry("u.s.", "Q30"), Map.entry("american", "Q30"),
            Map.entry("america", "Q30"), Map.entry("turkish", "Q43"), Map.entry("turkey", "Q43"),
            Map.entry("belarusian", "Q184"), Map.entry("belarus", "Q184"));
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    /** Role nouns that, after "the", point back at the last person named ("the spokesman said"). */
    private static final Set<String> ROLE_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "diplomat",
            "minister", "official", "envoy", "politician", "senator", "ambassador", "adviser", "advisor",
            "negotiator", "candidate", "nominee");
    /** Words written with a capital that are not names on their own. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "he",
            "she", "it", "they", "we", "i", "this", "that", "mr", "mrs", "ms", "president", "minister", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    record Title(Pattern pattern, String role, String affiliation) {
        Title(String regex, String role, String affiliation) {
            this(Pattern.compile("\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE), role, affiliation);
        }
    }

    private final Registry registry;

    ActorsComponent(Registry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public Set<Class<? extends Layer>> needs() {
        return Set.of(org.parley.model.Tokens.class, org.parley.model.Sentences.class, Mentions.class);
    }

    @Override
    public Set<Class<? extends Layer>> adds() {
        return Set.of(ActorLinks.class, Actors.class);
    }

    @Override
    public Output apply(Document document) {
        String text = document.text();
        List<Token> tokens = document.get(Tokens.class).items();
        List<Mention> mentions = document.get(Mentions.class).items();
        LocalDate day = document.article().published().orElse(LocalDate.now());
        var run = new Run(text, day);
        mentions.stream().filter(m -> m.kind() == EntityKind.LOCATION)
                .forEach(m -> run.places.add(Registry.norm(m.span().of(text))));

        // Candidates for names: the mentions, then proper-noun runs no mention covers.
        List<Candidate> candidates = new ArrayList<>();
        mentions.forEach(m -> candidates.add(new Candidate(m.span(), Optional.of(m.kind()))));
        int i = 0;
        while (i < tokens.size()) {
            if (isProperNoun(tokens.get(i), text)) {
                int j = i;
                while (j < tokens.size() && isProperNoun(tokens.get(j), text)) {
                    j++;
                }
                Span s = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
                if (mentions.stream().noneMatch(m -> m.span().overlaps(s))) {
                    candidates.add(new Candidate(s, Optional.empty()));
                }
                i = j;
            } else {
                i++;
            }
        }
        candidates.sort(Comparator.comparing(Candidate::span));
        for (Candidate c : candidates) {
            run.name(c);
        }
        run.titles();
        run.links.sort(Comparator.comparing(ActorLink::span));
        run.pronouns(tokens);
        run.links.sort(Comparator.comparing(ActorLink::span));
        List<Actor> actors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ActorLink l : run.links) {
            if (seen.add(l.actorId())) {
                actors.add(run.actors.get(l.actorId()));
            }
        }
        return Output.of(new ActorLinks(run.links), new Actors(actors));
    }

    private static boolean isProperNoun(Token t, String text) {
        String w = t.span().of(text);
        return t.pos().startsWith("NNP") && Character.isUpperCase(w.charAt(0))
                && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT));
    }

    record Candidate(Span span, Optional<EntityKind> kind) {
    }

    /** The state of linking one article. */
    private final class Run {
        final String text;
        final LocalDate day;
        final List<ActorLink> links = new ArrayList<>();
        final Map<String, Actor> actors = new LinkedHashMap<>();
        /** New people of this article by the last word of their name, for short names. */
        final Map<String, String> newBySurname = new LinkedHashMap<>();
        final Map<String, Character> genders = new LinkedHashMap<>();
        /** Names the NER calls a place somewhere in this article: no new organization by those names. */
        final Set<String> places = new java.util.HashSet<>();

        Run(String text, LocalDate day) {
            this.text = text;
            this.day = day;
        }

        void name(Candidate c) {
            String surface = c.span().of(text);
            // Longest suffix first: "Foreign Minister Sergei Lavrov" links as "Sergei Lavrov".
            int start = c.span().start();
            while (start < c.span().end()) {
                Span s = trim(new Span(start, c.span().end()));
                if (s.length() == 0) {
                    break;
                }
                String part = s.of(text);
                Optional<Registry.Entry> hit = registry.byName(part);
                if (hit.isPresent()) {
                    boolean canonical = Registry.norm(part).equals(Registry.norm(hit.get().name()));
                    link(s, hit.get(), canonical ? 1.0 : 0.95, canonical ? LinkMethod.EXACT : LinkMethod.ALIAS);
                    return;
                }
                int space = surface.indexOf(' ', start - c.span().start());
                if (space < 0) {
                    break;
                }
                start = c.span().start() + space + 1;
            }
            boolean person = c.kind().map(k -> k == EntityKind.PERSON).orElse(true);
            if (!person && c.kind().get() == EntityKind.LOCATION) {
                return;
            }
            Span s = trim(c.span());
            String[] words = Registry.norm(s.of(text)).split(" ");
            String last = words[words.length - 1];
            if (person && newBySurname.containsKey(last) && words.length == 1) {
                add(s, actors.get(newBySurname.get(last)), 0.85, LinkMethod.SHORT_NAME);
                return;
            }
            if (person || c.kind().get() != EntityKind.LOCATION) {
                // The NER often calls a misspelt name an organization ("Zelskyy"): try the people anyway.
                String lastWord = lastWord(s);
                Optional<Registry.Entry> fuzzy = registry.fuzzyPerson(lastWord);
                if (fuzzy.isPresent()) {
                    link(new Span(s.end() - lastWord.length(), s.end()), fuzzy.get(), 0.7, LinkMethod.FUZZY);
                    return;
                }
            }
            if (c.kind().isEmpty()) {
                return; // a run of capitals the NER did not call a name: only known names and typos count
            }
            if (!person && c.kind().get() == EntityKind.MISC) {
                return;
            }
            if (!person && places.contains(Registry.norm(s.of(text)))) {
                // The NER's kind wavers between mentions ("Dolmabahce Palace" a place, then an organization): a
                // name it also calls a place is a place, and a venue is no party to the talks.
                return;
            }
            ActorKind kind = person ? ActorKind.PERSON : ActorKind.ORG;
            String name = s.of(text).replaceAll("\\s+", " ");
            String id = "parley:new-" + hash(kind + ":" + Registry.norm(name));
            Actor actor = actors.computeIfAbsent(id, k -> new Actor(k, name, kind, List.of()));
            if (person) {
                if (words.length > 1) {
                    newBySurname.put(last, id);
                }
                genders.putIfAbsent(id, guessGender(words));
            }
            add(s, actor, 0.8, LinkMethod.NEW);
        }

        private String lastWord(Span s) {
            String w = s.of(text);
            int sp = w.lastIndexOf(' ');
            return sp < 0 ? w : w.substring(sp + 1);
        }

        /** Drops a trailing possessive and surrounding white space. */
        private Span trim(Span s) {
            String t = s.of(text);
            int end = t.length();
            if (t.endsWith("'s") || t.endsWith("’s")) {
                end -= 2;
            }
            int start = 0;
            while (start < end && Character.isWhitespace(t.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(t.charAt(end - 1))) {
                end--;
            }
            return new Span(s.start() + start, s.start() + end);
        }

        void link(Span s, Registry.Entry e, double score, LinkMethod method) {
            Actor actor = actors.computeIfAbsent(e.id(), k -> new Actor(e.id(), e.name(), e.kind(), e.aliases()));
            if (e.kind() == ActorKind.PERSON) {
                genders.putIfAbsent(e.id(), e.gender());
            }
            add(s, actor, score, method);
        }

        void add(Span s, Actor actor, double score, LinkMethod method) {
            links.add(new ActorLink(s, actor.id(), score, method));
        }

        void titles() {
            List<ActorLink> names = List.copyOf(links);
            for (Title t : TITLES) {
                Matcher m = t.pattern().matcher(text);
                while (m.find()) {
                    Span s = new Span(m.start(), m.end());
                    if (names.stream().anyMatch(l -> l.span().overlaps(s) && isPerson(l)
                            || l.span().start() >= s.end() && text.substring(s.end(), l.span().start()).isBlank()
                                    && isPerson(l))) {
                        continue; // "Foreign Minister Sergei Lavrov": the name says who
                    }
                    if (links.stream().anyMatch(l -> l.method() == LinkMethod.TITLE && l.span().overlaps(s))) {
                        continue;
                    }
                    String affiliation = t.affiliation() != null ? t.affiliation()
                            : NATIONS.get(m.group(1).toLowerCase(Locale.ROOT).replaceAll("('s|’s|'|’)$", ""));
                    if (affiliation == null) {
                        continue;
                    }
                    registry.holder(t.role(), affiliation, day).ifPresent(e -> {
                        // Drop links inside the title ("Russian" is no actor here, the minister is).
                        links.removeIf(l -> s.contains(l.span()));
                        link(s, e, 0.9, LinkMethod.TITLE);
                    });
                }
            }
        }

        private boolean isPerson(ActorLink l) {
            return actors.get(l.actorId()).kind() == ActorKind.PERSON;
        }

        /** He, she and "the spokesman" point at the most recent compatible person before them. */
        void pronouns(List<Token> tokens) {
            List<ActorLink> people = links.stream().filter(this::isPerson).toList();
            int p = 0;
            ActorLink lastMale = null;
            ActorLink lastFemale = null;
            ActorLink lastAny = null;
            List<ActorLink> added = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                while (p < people.size() && people.get(p).span().end() <= t.span().start()) {
                    ActorLink l = people.get(p++);
                    char g = genders.getOrDefault(l.actorId(), '-');
                    if (g != 'F') {
                        lastMale = l;
                    }
                    if (g != 'M') {
                        lastFemale = l;
                    }
                    lastAny = l;
                }
                String w = t.span().of(text).toLowerCase(Locale.ROOT);
                ActorLink target = null;
                Span span = t.span();
                if (MALE.contains(w) && t.pos().startsWith("PRP")) {
                    target = lastMale;
                } else if (FEMALE.contains(w) && t.pos().startsWith("PRP")) {
                    target = lastFemale;
                } else if (ROLE_NOUNS.contains(w) && i > 0
                        && tokens.get(i - 1).span().of(text).equalsIgnoreCase("the")
                        && (i + 1 == tokens.size() || !tokens.get(i + 1).pos().startsWith("NNP"))
                        && links.stream().noneMatch(l -> l.span().contains(t.span()))) {
                    target = lastAny;
                    span = new Span(tokens.get(i - 1).span().start(), t.span().end());
                }
                // Too far back, the reader no longer knows whom "he" means either.
                if (target != null && t.span().start() - target.span().end() < 1500) {
                    added.add(new ActorLink(span, target.actorId(), 0.6, LinkMethod.PRONOUN));
                }
            }
            links.addAll(added);
        }
    }

    /** Russian and Ukrainian women's surnames and most women's first names here end in -a. */
    private static char guessGender(String[] words) {
        String last = words[words.length - 1];
        if (last.matches(".*(ova|eva|ina|aya|ska)")) {
            return 'F';
        }
        if (last.matches(".*(ov|ev|in|ky|kiy|sky|skiy|ko|uk|yk|ich)")) {
            return 'M';
        }
        return '-';
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
