package org.parley.events;

import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.model.EventStatus;
import org.parley.model.EventType;

/**
 * Whether the sentence says the event took place, from the words of the trigger's clause: negation, a modal or
 * "if", a proposal or demand, a future or a plan. Word windows, not a parser: cheap, and right on news prose's
 * usual shapes ("will be held", "called for a ceasefire", "did not take place", "could resume").
 */
final class Status {

    /** Patterns over the lower-cased sentence. */
    private static final int I = 0;

    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no|neither|nor|denied|denies|deny"
            + "|without)\\b|n['’]t\\b", I);
    /** A negation right after the trigger: "talks did not take place". */
    private static final Pattern NEGATION_AFTER = Pattern.compile("^\\W*(?:\\w+\\s+){0,2}?(?:did|does|do|was|were"
            + "|has|have|had|will|would|could|can|is|are|wo|ca)(?:\\s+not|n['’]t|\\s+never)\\b", I);
    private static final Pattern PROPOSED = Pattern.compile("\\b(?:propos\\w*|offer\\w*|suggest\\w*|call(?:ed|s|ing)?"
            + "\\s+(?:for|on)|calls?\\s+for|urg\\w*|demand\\w*|insist\\w*|initiatives?|push\\w*\\s+for|seek\\w*|sought"
            + "|invit\\w*|appeal\\w*|ask\\w*\\s+for|wants?|wanted|plan\\s+for|request\\w*|pitch\\w*|ideas?\\s+(?:of|for))\\b", I);
    private static final Pattern PLANNED_SURE = Pattern.compile("\\b(?:will|shall|would\\s+(?:be\\s+held|take\\s+place"
            + "|meet|hold|resume|start|begin)|scheduled|planned|plans?\\s+to|planning|upcoming|expected\\s+to|set\\s+to"
            + "|(?:is|are)\\s+to|going\\s+to|preparing|prepare\\w*|due\\s+to|agreed\\s+to|agreed\\s+on|to\\s+be\\s+held"
            + "|to\\s+hold)\\b|['’]ll\\b", I);
    /** A future right after the trigger: "talks will take place", "a meeting is scheduled". */
    private static final Pattern PLANNED_AFTER = Pattern.compile("^\\W*(?:[\\w'-]+\\s+){0,3}?(?:will|shall|would\\s+"
            + "(?:be\\s+held|take\\s+place)|(?:is|are)\\s+(?:to|scheduled|planned|expected|set|due)|to\\s+be\\s+held)\\b", I);
    /** An infinitive: "Putin and Xi to meet", "Johnson to demand". */
    private static final Pattern TO = Pattern.compile("\\bto\\s+$", I);
    /** A modal after the trigger's noun phrase: "a meeting between the leaders could take place". */
    private static final Pattern MODAL_AFTER = Pattern.compile("^\\W*(?:[\\w'-]+\\s+){0,5}?(?:could|might"
            + "|should)\\b", I);
    private static final Pattern NEXT = Pattern.compile("\\b(?:next|new|another|future|upcoming)\\b", I);
    private static final Pattern PAST = Pattern.compile("\\b(?:was|were|had\\s+been|has\\s+been|took\\s+place|held"
            + "|met|ended|began|started|concluded|signed|exchanged|carried\\s+out|returned|took)\\b", I);
    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:could|might|if|whether|possib\\w*"
            + "|potential\\w*|ready|readiness|willing\\w*|open\\s+to|prospects?|chance|hopes?|hoped|would|should"
            + "|intend\\w*|consider\\w*|any|unless|must|need\\s+to|needs\\s+to|condition|conditions|able)\\b", I);

    /** Words that make the whole clause hypothetical, however far before the trigger. */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|could|might|would|whether|possib\\w*)\\b", I);

    private static final Pattern CALL = Pattern.compile("\\b(?:call\\w*|urg\\w*|propos\\w*|demand\\w*|insist\\w*"
            + "|offer\\w*|initiatives?|appeal\\w*|push\\w*|seek\\w*|wants?|ask\\w*|reject\\w*)\\b", I);
    private static final Pattern VIOLATION = Pattern.compile("\\b(?:violat\\w*|breach\\w*|broke|broken|breaking)\\b", I);
    private static final Pattern REJECTED = Pattern.compile("\\b(?:reject\\w*|renounc\\w*|refus\\w*|withdr[ae]w\\w*"
            + "|abandon\\w*|tore\\s+up|scrap\\w*)\\b", I);
    private static final Pattern IMPLEMENTED = Pattern.compile("\\b(?:implement\\w*|fulfil\\w*|compl(?:y|ied|iance)"
            + "|carried\\s+out|observ\\w*)\\b", I);

    private Status() {
    }

    /** The status of the event a trigger at [start, end) of the lower-cased sentence {@code s} reports. */
    static EventStatus of(EventType type, String s, int start, int end) {
        int clause = Triggers.clauseStart(s, start);
        String before = s.substring(Math.max(clause, start - 70), start);
        String near = s.substring(Math.max(clause, start - 35), start);
        String own = s.substring(start, end);
        String after = s.substring(end, Math.min(Triggers.clauseEnd(s, end), end + 40));
        if (NEGATION.matcher(near).find() || NEGATION_AFTER.matcher(after).find()) {
            return EventStatus.DENIED;
        }
        if (type != EventType.PROPOSAL && (PROPOSED.matcher(before).find()
                || type == EventType.CEASEFIRE && PROPOSED.matcher(own + after).lookingAt())) {
            return EventStatus.PROPOSED;
        }
        boolean past = PAST.matcher(after).find();
        if (PLANNED_SURE.matcher(before).find() || PLANNED_AFTER.matcher(after).lookingAt()
                || TO.matcher(near).find()) {
            return EventStatus.PLANNED;
        }
        // A demand says what should happen: its modals are the demand's, not doubt that it was made.
        if (HYPOTHETICAL.matcher(near).find() || CONDITION.matcher(before).find()
                || type != EventType.PROPOSAL && MODAL_AFTER.matcher(after).lookingAt()) {
            return EventStatus.HYPOTHETICAL;
        }
        if (NEXT.matcher(near + own).find() && !past && !PAST.matcher(before).find()) {
            return EventStatus.PLANNED;
        }
        return EventStatus.HAPPENED;
    }

    /** Call, declaration or violation of a ceasefire; signed, rejected or implemented agreement. */
    static Optional<String> detail(EventType type, EventStatus status, String s, int start, int end) {
        int clause = Triggers.clauseStart(s, start);
        String window = s.substring(Math.max(clause, start - 60), Math.min(Triggers.clauseEnd(s, end), end + 50));
        if (type == EventType.CEASEFIRE) {
            if (VIOLATION.matcher(window).find()) {
                return Optional.of("violation");
            }
            if (status == EventStatus.PROPOSED || CALL.matcher(window).find()) {
                return Optional.of("call");
            }
            return Optional.of("declaration");
        }
        if (type == EventType.AGREEMENT) {
            if (REJECTED.matcher(window).find()) {
                return Optional.of("rejected");
            }
            if (IMPLEMENTED.matcher(window).find()) {
                return Optional.of("implemented");
            }
            return Optional.of("signed");
        }
        return Optional.empty();
    }
}
