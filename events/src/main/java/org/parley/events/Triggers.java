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

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static Pattern p(String regex) {
        return Pattern.compile(regex, I);
    }

    static final String TALKS = "(?:peace\\s+|direct\\s+|face-to-face\\s+|bilateral\\s+|trilateral\\s+)?"
            + "(?:talks|negotiations|consultations|negotiation\\s+process|peace\\s+process|dialogue|contacts)";

    /** "the second round of talks", "the next round", "three rounds". */
    static final Pattern ROUND = p("\\b(?:(?:first|second|third|fourth|fifth|sixth|next|new|last|latest|previous"
            + "|another|final|two|three|four|several)\\s+)?(?:and\\s+\\w+\\s+)?rounds?\\b(?:\\s+of\\s+(?:\\S+\\s+){0,3}?"
            + "(?:talks|negotiations|consultations))?");

    /** "talks" with a word saying they took place (or will): "talks were held in Istanbul". */
    static final Pattern TALKS_NOUN = p("\\b" + TALKS + "\\b");
    static final Pattern HELD = p("\\b(?:held|hold|holding|holds|took\\s+place|take\\s+place|takes\\s+place|taking\\s+place"
            + "|began|begin|begins|started|start|opened|resumed|resume|concluded|ended|convened|were\\s+conducted"
            + "|was\\s+conducted|continued\\s+in|sat\\s+down|gathered)\\b");
    static final Pattern FIRST_TALKS = p("\\b(?:first|second|third|last|latest|previous|next)\\s+(?:face-to-face\\s+"
            + "|direct\\s+|peace\\s+)?(?:talks|negotiations|meeting)\\b");
    static final Pattern DELEGATIONS_MET = p("\\bdelegations?\\b[^.;]{0,40}?\\b(?:met|meet|meets|will\\s+meet)\\b"
            + "|\\b(?:met|meet)\\b[^.;]{0,30}?\\bdelegations?\\b");

    static final Pattern MEETING = p("\\b(?:met|meet|meets|meeting|meetings|summit|talked\\s+by\\s+phone|spoke\\s+by"
            + "\\s+(?:tele)?phone|(?:tele)?phone\\s+(?:call|conversation|talks)|official\\s+visit|visited)\\b");
    static final Pattern RECEIVED = p("\\breceived\\s+(?=\\p{Lu})");

    static final Pattern PROPOSAL = p("\\b(?:proposed|proposes|propose|proposal|proposals|offered|offers\\s+to"
            + "|put\\s+forward|demands?|demanded|ultimatum|peace\\s+plan|peace\\s+formula|initiatives?"
            + "|insists?\\s+on|insisted\\s+on|called\\s+on|calls\\s+on|conditions\\s+for)\\b");

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
            + "|accord)|\\bsigned\\b");

    static final Pattern EXCHANGE = p("\\b(?:prisoners?|pows?|captives?|detainees?)(?:\\s+of\\s+war)?\\s+(?:exchanges?"
            + "|swaps?)\\b|\\b(?:exchange[ds]?|exchanging|swap(?:ped|s)?|released?|freed|returned|return"
            + "|handed\\s+over|transferred)\\b(?:\\s+\\S+){0,6}?\\s+(?:prisoners?|pows?|captives|detainees|servicemen"
            + "|soldiers|civilians|defenders|fighters)\\b|\\bfrom\\s+captivity\\b|\\b\\d[\\d,]*-for-\\d[\\d,]*\\b"
            + "|\\bexchange\\s+of\\s+(?:prisoners|pows|captives)");

    static final Pattern BODIES = p("\\b(?:bodies|remains)\\b");
    static final Pattern HANDOVER = p("\\b(?:repatriat\\w*|exchang\\w*|transfer\\w*|return\\w*|hand(?:ed|ing)?\\s+over"
            + "|handover|swap\\w*|receiv\\w*|pick\\s+them\\s+up|trailers?|refrigerated)\\b");

    static final Pattern BREAK_VERB = p("\\b(?:suspend(?:ed|s)?|suspension\\s+of|halt(?:ed|s)?|froze|frozen|freez\\w*"
            + "|broke\\s+off|break\\s+off|broken\\s+off|interrupted|stopped|collapsed|stalled|derailed|blocked"
            + "|walked\\s+out\\s+of|pulled\\s+out\\s+of|withdr[ae]w\\s+from|abandon(?:ed)?|cancel+(?:ed)?|postponed"
            + "|refus(?:ed|es|e|al)(?:\\s+to)?|reject(?:ed|s)?|renounced|banned|ban(?:s)?\\s+on|impossibility\\s+of"
            + "|end(?:ed)?\\s+(?:the\\s+)?|no\\s+longer|terminated|failed|break\\s*down|breakdown)\\b");
    static final Pattern REFUSE_TO_NEGOTIATE = p("\\brefus(?:ed|es|e|ing)\\s+to\\s+(?:negotiate|talk|hold\\s+talks)\\b");

    private Triggers() {
    }

    /** Every trigger in {@code s}, one sentence of the text. */
    static List<Hit> find(String s) {
        List<Hit> hits = new ArrayList<>();
        List<int[]> breakdowns = breakdowns(s);
        breakdowns.forEach(b -> hits.add(new Hit(EventType.BREAKDOWN, b[0], b[1])));
        talks(s, breakdowns, hits);
        add(hits, EventType.MEMORANDUM, MEMORANDUM.matcher(s));
        add(hits, EventType.CEASEFIRE, CEASEFIRE.matcher(s));
        add(hits, EventType.PRISONER_EXCHANGE, EXCHANGE.matcher(s));
        repatriation(s, hits);
        agreement(s, hits);
        meeting(s, hits);
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
                if (after.find() && !s.substring(n.end(), after.start()).matches(".*\\b(?:and|with|to|who|that)\\b.*")) {
                    found = new int[] {n.start(), after.end()};
                }
            }
            if (found != null && !s.substring(found[0], found[1]).matches("(?is).*\\b(?:ended|end)\\s+(?:the\\s+)?"
                    + "(?:war|conflict|fighting).*")) {
                out.add(found);
            }
        }
        return out;
    }

    private static void talks(String s, List<int[]> breakdowns, List<Hit> hits) {
        add(hits, EventType.TALKS_ROUND, ROUND.matcher(s));
        add(hits, EventType.TALKS_ROUND, FIRST_TALKS.matcher(s));
        add(hits, EventType.TALKS_ROUND, DELEGATIONS_MET.matcher(s));
        Matcher n = TALKS_NOUN.matcher(s);
        while (n.find()) {
            int start = n.start();
            if (breakdowns.stream().anyMatch(b -> b[0] <= start && start < b[1])
                    || hits.stream().anyMatch(h -> h.type() == EventType.TALKS_ROUND && h.start() <= start
                    && start <= h.end())) {
                continue;
            }
            int from = Math.max(clauseStart(s, start), start - 40);
            int to = Math.min(clauseEnd(s, n.end()), n.end() + 40);
            if (HELD.matcher(s).region(from, to).find()) {
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
    private static void agreement(String s, List<Hit> hits) {
        Matcher n = AGREEMENT_NOUN.matcher(s);
        while (n.find()) {
            int from = Math.max(clauseStart(s, n.start()), n.start() - 50);
            int to = Math.min(clauseEnd(s, n.end()), n.end() + 50);
            if (AGREEMENT_VERB.matcher(s).region(from, to).find() && !inside(hits, EventType.MEMORANDUM, n.start())) {
                hits.add(new Hit(EventType.AGREEMENT, n.start(), n.end()));
            }
        }
        Matcher a = AGREED.matcher(s);
        while (a.find()) {
            int at = a.start();
            if (hits.stream().noneMatch(h -> h.type() == EventType.AGREEMENT && Math.abs(h.start() - at) < 60)) {
                hits.add(new Hit(EventType.AGREEMENT, a.start(), a.end()));
            }
        }
    }

    private static void meeting(String s, List<Hit> hits) {
        List<Hit> found = new ArrayList<>();
        Matcher m = MEETING.matcher(s);
        while (m.find()) {
            found.add(new Hit(EventType.MEETING, m.start(), m.end()));
        }
        Matcher r = RECEIVED.matcher(s);
        while (r.find()) {
            found.add(new Hit(EventType.MEETING, r.start(), r.end() - 1));
        }
        // A meeting that is a round of talks is the round.
        boolean talks = hits.stream().anyMatch(h -> h.type() == EventType.TALKS_ROUND);
        if (!talks) {
            hits.addAll(found);
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
