package org.parley.time;

import java.util.List;
import java.util.Set;

/**
 * The tense of the clause around a time expression, from part-of-speech tags: enough to tell whether "on Friday"
 * or "in March" lies before or after the document date. The nearest verb before the expression decides, else the
 * nearest after it; a few verbs of planning ("is expected", "is scheduled") point to the future.
 */
enum Tense {
    PAST, PRESENT, FUTURE, NONE;

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> PLANNING = Set.of("expect", "schedule", "set", "due", "plan", "slate",
            "intend", "hope", "aim", "prepare", "announce");
    private static final Set<String> FUTURE_WORDS = Set.of("next", "upcoming", "coming", "tomorrow");

    static Tense around(List<Word> words, int start, int end) {
        for (int i = start - 1; i >= 0; i--) {
            Tense t = at(words, i);
            if (t != NONE) {
                return t;
            }
        }
        for (int i = end; i < words.size(); i++) {
            Tense t = at(words, i);
            if (t != NONE) {
                return t;
            }
        }
        return NONE;
    }

    /** The tense a verb at {@code i} gives its clause, NONE for a word that is not a finite verb. */
    private static Tense at(List<Word> words, int i) {
        Word x = words.get(i);
        String pos = x.pos;
        if (FUTURE_WORDS.contains(x.lower)) {
            return FUTURE;
        }
        if (pos.equals("MD")) {
            return FUTURE_MODALS.contains(x.lower) ? FUTURE : x.is("would") || x.is("could") ? PAST : NONE;
        }
        if (!pos.startsWith("VB")) {
            return NONE;
        }
        Word before = i > 0 ? words.get(i - 1) : null;
        Word before2 = i > 1 ? words.get(i - 2) : null;
        switch (pos) {
            case "VBD":
                return PAST;
            case "VBN": {
                Word aux = before != null && before.pos.startsWith("RB") ? before2 : before;
                if (aux != null && (aux.lemma.equals("be")) && PLANNING.contains(x.lemma)) {
                    return aux.pos.equals("VBD") ? PAST : FUTURE;
                }
                if (aux != null && (aux.lemma.equals("have") || aux.lemma.equals("be"))) {
                    return aux.pos.equals("VBZ") || aux.pos.equals("VBP") ? (aux.lemma.equals("have") ? PAST
                            : PRESENT) : aux.pos.equals("VBD") ? PAST : NONE;
                }
                return NONE; // a participle alone: "talks held in Istanbul" gives no tense by itself
            }
            case "VB": {
                if (before != null && before.is("to")) {
                    return NONE; // "agreed to meet": the governing verb decides, further left
                }
                return before != null && FUTURE_MODALS.contains(before.lower) ? FUTURE : NONE;
            }
            case "VBG":
                if (before != null && before.lemma.equals("be")) {
                    // "are meeting on Friday": a plan; "were meeting": past
                    return before.pos.equals("VBD") ? PAST : FUTURE;
                }
                if (before != null && before.is("going")) {
                    return FUTURE;
                }
                return NONE;
            case "VBZ":
            case "VBP":
                if (PLANNING.contains(x.lemma) && !x.lemma.equals("announce")) {
                    return FUTURE;
                }
                if (x.lemma.equals("be") && i + 1 < words.size() && words.get(i + 1).is("due")) {
                    return FUTURE;
                }
                if (x.lemma.equals("be") || x.lemma.equals("have")) {
                    // an auxiliary: the participle after it decides
                    if (i + 1 < words.size() && (words.get(i + 1).pos.equals("VBN")
                            || words.get(i + 1).pos.equals("VBG"))) {
                        return NONE;
                    }
                }
                return PRESENT;
            default:
                return NONE;
        }
    }
}
