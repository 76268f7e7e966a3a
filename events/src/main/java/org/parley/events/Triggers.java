package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.EventType;

/**
 * The words that report an event, per type, as patterns over one sentence. Generic words ("talks", "agreement")
 * count only beside a word that makes them an occurrence ("held", "signed"): "ready for talks" reports nothing.
 */
final class Triggers {

    /** A trigger found in a sentence: offsets into the sentence's text. */
    record Hit(EventType type, int start, int end) {
    }

    /** Patterns over the lower-cased sentence: much faster than case-insensitive matching. */
    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    static final String TALKS = "(?:peace\\s+|direct\\s+|face-to-face\\s+|bilateral\\s+|trilateral\\s+"
            + "|high-level\\s+|ceasefire\\s+)?(?:talks|negotiations|consultations|negotiat(?:ion|ing)\\s+process|peace\\s+process"
            + "|dialogue|contacts|negotiating\\s+table)";

    /** "the second round of talks", "the next round", "three rounds". */
    static final Pattern ROUND = p("\\b(?:(?:first|second|third|fourth|fifth|sixth|next|new|last|latest|previous"
            + "|another|final|two|three|four|several)\\s+)?(?:and\\s+\\w+\\s+)?rounds?\\b(?:\\s+of\\s+(?:\\S+\\s+){0,3}?"
            + "(?:talks|negotiations|consultations))?");

    /** "talks" with a word saying they took place (or will): "talks were held in Istanbul". */
    static final Pattern TALKS_NOUN = p("\\b" + TALKS + "\\b");
    static final Pattern HELD = p("\\b(?:held|hold|holding|holds|took\\s+place|take\\s+place|takes\\s+place|taking\\s+place"
            + "|began|begin|begins|started|start|opened|resumed|resume|concluded|ended|convened|were\\s+conducted"
            + "|was\\s+conducted|continued\\s+in|continues?|continuing|sat\\s+down|gathered|ongoing|underway|under\\s+way"
            + "|(?:is|are|was|were)\\s+negotiating)\\b");
    /** Words that make a bare "talks" an occurrence: a date or place right after it, a preposition of time before. */
    static final Pattern TALKS_AFTER = Pattern.compile("^\\s+(?:in|on|at)\\s+(?:the\\s+)?(?:\\p{Lu}|\\d)");
    static final Pattern TALKS_BEFORE = p("(?:\\b(?:despite|after|during|since|before|following|ahead\\s+of|amid)\\s+(?:the\\s+)?"
            + "(?:[\\w'-]+\\s+){0,3}|\\b(?:january|february|march|april|may|june|july|august|september|october|november"
            + "|december|(?:19|20)\\d\\d)\\b[^.;,]{0,25}|\\b(?:call(?:ed|s|ing)?\\s+for|urg\\w*|propos\\w*|push\\w*\\s+for"
            + "|come\\s+to|came\\s+to|return\\w*\\s+to|back\\s+to|sit\\s+down\\s+at|involved\\s+in)\\s+(?:the\\s+)?"
            + "(?:[\\w'-]+\\s+){0,2})$");
    static final Pattern FIRST_TALKS = p("\\b(?:first|second|third|last|latest|previous|next)\\s+(?:face-to-face\\s+"
            + "|direct\\s+|peace\\s+)?(?:talks|negotiations|meeting)\\b");
    static final Pattern NEGOTIATING = p("\\b(?:is|are|was|were|been)\\s+negotiating\\b");
    static final Pattern DELEGATIONS_MET = p("\\bdelegations?\\b[^.;]{0,40}?\\b(?:met|meet|meets|will\\s+meet)\\b"
            + "|\\b(?:met|meet)\\b[^.;]{0,30}?\\bdelegations?\\b");

    static final Pattern MEETING = p("(?<!\\b(?:be|been|being|was|were|is|are)\\s)\\b(?:met|meet|meets|meeting|meetings"
            + "|summit|forum|talked\\s+by\\s+phone|spoke\\s+by\\s+(?:tele)?phone|(?:tele)?phone\\s+(?:call|conversation|talks)"
            + "|(?:official|state)\\s+visit)\\b");
    /** On the original text: a visit to someone or somewhere named. */
    static final Pattern MEETING_NAMED = Pattern.compile("\\b(?:[Vv]isit(?:ed|s)?\\s+(?:to\\s+)?(?:the\\s+)?|came\\s+to\\s+)(?=\\p{Lu})");
    static final Pattern RECEIVED = Pattern.compile("\\breceived\\s+(?=\\p{Lu})");

    static final Pattern PROPOSAL = p("\\b(?:proposed|proposes|propose|proposal|proposals|offered|offers\\s+to"
            + "|put\\s+forward|demands?|demanded|demanding|ultimatum|(?:peace|settlement|\\d+-point)\\s+(?:plan|formula"
            + "|program|programme)|initiatives?|insists?\\s+on|insisted\\s+on|called\\s+(?:on|for)|calls?\\s+(?:on|for)"
            + "|calling\\s+(?:on|for)|(?:dismiss|reject|accept|back|endors)\\w*\\s+(?:the|his|its|their|this)\\s+plan"
            + "|(?:an?|the|its|his|her|their|our|significant|new)\\s+(?:\\w+\\s+)?offer|seek\\w*\\s+the\\s+release)\\b");

    /** What lies between a proposal word and the event it proposes: "proposed to hold the next", "call for a". */
    static final Pattern ABOUT = p("\\s*(?:to|for|of|on)\\b[^,.;]*|\\s*(?:an?|the)?\\s*");

    static final Pattern MEMORANDUM = p("\\b(?:memorand(?:um|a|ums)|draft\\s+(?:peace\\s+)?(?:agreement|treaty"
            + "|document|accord|settlement)|communiqu[eé]|road\\s*map|framework\\s+for)\\b");

    static final Pattern CEASEFIRE = p("\\b(?:cease-?fire|cease\\s+fire|truce|armistice|cessation\\s+of\\s+hostilities"
            + "|halt\\s+to\\s+(?:the\\s+)?(?:fighting|hostilities|strikes)|moratorium\\s+on\\s+strikes)\\b");

    static final Pattern AGREEMENT_NOUN = p("\\b(?:agreements?|accords?|deal|treaty|settlement)\\b");
    static final Pattern AGREEMENT_VERB = p("\\b(?:sign(?:ed|s|ing)?|conclud(?:ed|e)|reached|struck|reject(?:ed|s)?"
            + "|renounc(?:ed|e)|tore\\s+up|withdr[ae]w\\s+from|implement(?:ed|s|ing|ation)?|fulfil+(?:ed|ment)?"
            + "|violat(?:ed|ion|ing)|comply|complied)\\b");
    static final Pattern AGREED = p("\\b(?:agreed|agree)\\s+(?:to|on|that)\\b|\\breached\\s+(?:an?\\s+)?(?:agreement|deal"
            + "|accord)|\\bsigned\\b(?!\\s+up)|\\bsign\\s+(?:anything|an?\\s|the\\s)");
    /** On the original text: an agreement with a name ("the Minsk agreements"). */
    static final Pattern NAMED_AGREEMENT = Pattern.compile("\\b\\p{Lu}\\w{2,40}\\s+((?i:agreements?|accords?|protocol))\\b");

    static final Pattern EXCHANGE = p("\\b(?:prisoners?|pows?|captives?|detainees?)(?:\\s+of\\s+war)?\\s+(?:exchanges?"
            + "|swaps?)\\b|\\b(?:exchange[ds]?|exchanging|swap(?:ped|s)?|released?|freed|returned|return"
            + "|handed\\s+over|transferred)\\b(?:\\s+\\S+){0,6}?\\s+(?:prisoners?|pows?|captives|detainees|servicemen"
            + "|soldiers|civilians|defenders|fighters)\\b|\\bfrom\\s+captivity\\b|\\b\\d[\\d,]*-for-\\d[\\d,]*\\b"
            + "|\\bexchange\\s+of\\s+(?:prisoners|pows|captives)|\\bexchanged\\s+for\\b|\\bin\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?"
            + "(?:swap|exchange)\\b|\\b(?:swap|exchange)s?\\b(?=[^.;]{0,25}\\b(?:take\\s+place|took\\s+place|carried\\s+out))");

    static final Pattern BODIES = p("\\b(?:bodies|remains)\\b");
    static final Pattern HANDOVER = p("\\b(?:repatriat\\w*|exchang\\w*|transfer\\w*|return\\w*|hand(?:ed|ing)?\\s+over"
            + "|handover|swap\\w*|receiv\\w*|pick\\s+them\\s+up|trailers?|refrigerated)\\b");

    static final Pattern BREAK_VERB = p("\\b(?:suspend(?:ed|s)?|suspension\\s+of|halt(?:ed|s)?|froze|frozen|freez\\w*"
            + "|broke\\s+off|break\\s+off|broken\\s+off|interrupted|stopped|collapsed|stalled|derailed|blocked"
            + "|walked\\s+out\\s+of|pulled\\s+out\\s+of|withdr[ae]w\\s+from|abandon(?:ed)?|cancel+(?:ed)?|postponed"
            + "|refus(?:ed|es|e|al)(?:\\s+to)?|reject(?:ed|s)?|renounced|banned|ban(?:s)?\\s+on|impossibility\\s+of"
            + "|end(?:ed)?\\s+(?:the\\s+)?|no\\s+longer|terminated|failed|break\\s*down|breakdown|rejection\\s+of)\\b");
    private static final Pattern CEASEFIRE_TOPIC = p("\\s+(?:talks|negotiations)\\b");
    private static final Pattern END_WAR = p("\\b(?:ended|end)\\s+(?:the\\s+)?(?:war|conflict|fighting)");
    private static final Pattern JOIN = p("\\b(?:and|with|to|who|that)\\b");
    static final Pattern REFUSE_TO_NEGOTIATE = p("\\brefus(?:ed|es|e|ing)\\s+to\\s+(?:negotiate|talk|hold\\s+talks)\\b");

    private Triggers() {
    }

    /** Every trigger in {@code s}, one sentence of the text. */
    static List<Hit> find(String original) {
        String s = lower(original);
        if (!mayHold(s)) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        List<int[]> breakdowns = breakdowns(s);
        breakdowns.forEach(b -> hits.add(new Hit(EventType.BREAKDOWN, b[0], b[1])));
        talks(s, original, breakdowns, hits);
        add(hits, EventType.MEMORANDUM, MEMORANDUM.matcher(s));
        Matcher c = CEASEFIRE.matcher(s);
        while (c.find()) {
            // "ceasefire talks" are talks.
            if (!CEASEFIRE_TOPIC.matcher(s).region(c.end(), s.length()).lookingAt()) {
                hits.add(new Hit(EventType.CEASEFIRE, c.start(), c.end()));
            }
        }
        add(hits, EventType.PRISONER_EXCHANGE, EXCHANGE.matcher(s));
        repatriation(s, hits);
        agreement(s, original, hits);
        meeting(s, original, hits);
        proposal(s, hits);
        hits.removeIf(h -> h.type() == EventType.PRISONER_EXCHANGE && bodiesWithin(s, h));
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    private static void add(List<Hit> hits, EventType type, Matcher m) {
        while (m.find()) {
            hits.add(new Hit(type, m.start(), m.end()));
        }
    }

    /** "suspended the talks", "negotiations were interrupted", "refused to negotiate", "rejected peace talks". */
    private static List<int[]> breakdowns(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher r = REFUSE_TO_NEGOTIATE.matcher(s);
        while (r.find()) {
            out.add(new int[] {r.start(), r.end()});
        }
        Matcher n = TALKS_NOUN.matcher(s);
        while (n.find()) {
            if (out.stream().anyMatch(o -> o[0] <= n.start() && n.start() < o[1] + 20)) {
                continue;
            }
            // The verb before the noun ("suspended the talks") or after it ("talks were suspended").
            int from = Math.max(clauseStart(s, n.start()), n.start() - 45);
            Matcher v = BREAK_VERB.matcher(s).region(from, n.start());
            int[] found = null;
            while (v.find()) {
                found = new int[] {v.start(), n.end()};
            }
            if (found == null) {
                int to = Math.min(clauseEnd(s, n.end()), n.end() + 35);
                Matcher after = BREAK_VERB.matcher(s).region(n.end(), to);
                if (after.find() && !JOIN.matcher(s).region(n.end(), after.start()).find()) {
                    found = new int[] {n.start(), after.end()};
                }
            }
            if (found != null && !END_WAR.matcher(s).region(found[0], found[1]).find()) {
                out.add(found);
            }
        }
        return out;
    }

    private static void talks(String s, String original, List<int[]> breakdowns, List<Hit> hits) {
        add(hits, EventType.TALKS_ROUND, ROUND.matcher(s));
        add(hits, EventType.TALKS_ROUND, FIRST_TALKS.matcher(s));
        add(hits, EventType.TALKS_ROUND, DELEGATIONS_MET.matcher(s));
        add(hits, EventType.TALKS_ROUND, NEGOTIATING.matcher(s));
        Matcher n = TALKS_NOUN.matcher(s);
        while (n.find()) {
            int start = n.start();
            if (hits.stream().anyMatch(h -> h.type() == EventType.TALKS_ROUND && h.start() <= start
                    && start <= h.end())) {
                continue;
            }
            int from = Math.max(clauseStart(s, start), start - 40);
            int to = Math.min(clauseEnd(s, n.end()), n.end() + 40);
            boolean broken = breakdowns.stream().anyMatch(b -> b[0] <= start && start < b[1]);
            boolean occurs = broken ? HELD.matcher(s).region(n.end(), to).find()
                    : HELD.matcher(s).region(from, to).find()
                        || TALKS_AFTER.matcher(original).region(n.end(), s.length()).lookingAt()
                        || TALKS_BEFORE.matcher(s).region(Math.max(0, start - 45), start).find();
            if (occurs) {
                hits.add(new Hit(EventType.TALKS_ROUND, start, n.end()));
            }
        }
    }

    private static void repatriation(String s, List<Hit> hits) {
        Matcher b = BODIES.matcher(s);
        while (b.find()) {
            int from = Math.max(0, b.start() - 60);
            int to = Math.min(s.length(), b.end() + 60);
            if (HANDOVER.matcher(s).region(from, to).find()) {
                hits.add(new Hit(EventType.REPATRIATION, b.start(), b.end()));
            }
        }
    }

    /** A generic agreement word counts with a verb of signing, rejecting or implementing in its clause. */
    private static void agreement(String s, String original, List<Hit> hits) {
        Matcher n = AGREEMENT_NOUN.matcher(s);
        while (n.find()) {
            int from = Math.max(clauseStart(s, n.start()), n.start() - 50);
            int to = Math.min(clauseEnd(s, n.end()), n.end() + 50);
            if (AGREEMENT_VERB.matcher(s).region(from, to).find() && !inside(hits, EventType.MEMORANDUM, n.start())) {
                hits.add(new Hit(EventType.AGREEMENT, n.start(), n.end()));
            }
        }
        List<int[]> more = new ArrayList<>();
        Matcher a = AGREED.matcher(s);
        while (a.find()) {
            more.add(new int[] {a.start(), a.end()});
        }
        Matcher named = NAMED_AGREEMENT.matcher(original);
        while (named.find()) {
            more.add(new int[] {named.start(1), named.end(1)});
        }
        for (int[] m : more) {
            if (hits.stream().noneMatch(h -> h.type() == EventType.AGREEMENT && Math.abs(h.start() - m[0]) < 60)) {
                hits.add(new Hit(EventType.AGREEMENT, m[0], m[1]));
            }
        }
    }

    private static void meeting(String s, String original, List<Hit> hits) {
        List<Hit> found = new ArrayList<>();
        Matcher m = MEETING.matcher(s);
        while (m.find()) {
            found.add(new Hit(EventType.MEETING, m.start(), m.end()));
        }
        Matcher v = MEETING_NAMED.matcher(original);
        while (v.find()) {
            found.add(new Hit(EventType.MEETING, v.start(), v.end() - 1));
        }
        Matcher r = RECEIVED.matcher(original);
        while (r.find()) {
            found.add(new Hit(EventType.MEETING, r.start(), r.end() - 1));
        }
        // A meeting that is a round of talks is the round.
        for (Hit f : found) {
            if (hits.stream().noneMatch(h -> h.type() == EventType.TALKS_ROUND && h.start() - f.end() < 50
                    && f.start() - h.end() < 50)) {
                hits.add(f);
            }
        }
    }

    /** A proposal to hold talks or a ceasefire is that event, proposed: only other proposals stand alone. */
    private static void proposal(String s, List<Hit> hits) {
        Matcher m = PROPOSAL.matcher(s);
        while (m.find()) {
            int end = m.end();
            boolean aboutOther = hits.stream().anyMatch(h -> h.type() != EventType.PROPOSAL && h.start() >= end
                    && h.start() - end <= 45 && ABOUT.matcher(s.substring(end, h.start())).matches());
            if (!aboutOther) {
                hits.add(new Hit(EventType.PROPOSAL, m.start(), m.end()));
            }
        }
    }

    private static boolean bodiesWithin(String s, Hit h) {
        return BODIES.matcher(s.substring(h.start(), h.end())).find()
                || BODIES.matcher(s).region(h.end(), Math.min(s.length(), h.end() + 15)).find();
    }

    private static boolean inside(List<Hit> hits, EventType type, int at) {
        return hits.stream().anyMatch(h -> h.type() == type && h.start() <= at && at < h.end());
    }

    /** Word stems every trigger contains one of: most sentences of an article have none, and cost no pattern. */
    private static final List<String> STEMS = List.of("talk", "negotiat", "round", "meet", "met", "summit", "visit",
            "came to", "received", "phone", "delegation", "propos", "offer", "demand", "plan", "formula", "program",
            "initiative", "insist", "call", "ultimatum", "seek", "memorand", "draft", "communiq", "road", "framework",
            "cease", "truce", "armistice", "hostilities", "fighting", "strikes", "agree", "accord", "deal", "treaty",
            "settlement", "sign", "protocol", "prisoner", "pow", "captiv", "detainee", "exchang", "swap", "releas",
            "freed", "return", "hand", "transfer", "bodies", "remains", "suspend", "refus", "reject", "dialogue",
            "contacts", "process", "-for-", "consultation", "forward");

    private static boolean mayHold(String lower) {
        for (String stem : STEMS) {
            for (int at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
                // At the start of a word: "round" but not "ground", "call" but not "recall".
                if (at == 0 || !Character.isLetter(lower.charAt(at - 1)) || stem.charAt(0) == '-') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case, char by char, so offsets stay those of the original. */
    static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    /** Where the clause holding {@code at} starts: after ";", ":", a dash or the sentence start. */
    static int clauseStart(String s, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')') {
                return i + 1;
            }
        }
        return 0;
    }

    static int clauseEnd(String s, int at) {
        for (int i = at; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')') {
                return i;
            }
        }
        return s.length();
    }
}
