package org.parley.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The words that report speech, and the small words the rules step over. */
final class Lexicon {

    private Lexicon() {
    }

    /** Lemmas of verbs that report what someone said or thinks. */
    static final Set<String> VERB_CUES = Set.of("say", "tell", "state", "stress", "note", "add", "declare",
            "announce", "claim", "argue", "warn", "insist", "emphasize", "emphasise", "explain", "believe", "think",
            "report", "write", "tweet", "post", "accuse", "deny", "admit", "confirm", "suggest", "assert",
            "acknowledge", "reiterate", "recall", "predict", "comment", "complain", "remark", "reply", "respond",
            "answer", "concede", "contend", "allege", "maintain", "underline", "underscore", "assure", "promise",
            "vow", "threaten", "demand", "urge", "propose", "hint", "indicate", "signal", "mention", "hope",
            "expect", "fear", "feel", "worry", "doubt", "estimate", "agree", "conclude", "reveal", "learn", "ask",
            "charge", "observe", "caution", "boast", "joke", "lament", "clarify", "specify",
            "inform", "pledge", "recommend", "want", "know", "consider", "point", "testify", "proclaim", "blast");
    /** Cues whose first object is the hearer ("told Izvestia", "assured reporters"). */
    static final Set<String> TELL = Set.of("tell", "inform", "assure", "warn", "remind", "ask", "urge", "promise");
    /** Cues that take a clause without "that" ("Peskov said the talks were over"). */
    static final Set<String> BARE_COMPLEMENT = Set.of("say", "tell", "add", "note", "believe", "think", "insist",
            "claim", "argue", "warn", "stress", "write", "tweet", "suggest", "hope", "expect", "fear", "feel",
            "predict", "acknowledge", "admit", "explain", "emphasize", "emphasise", "know", "reiterate", "agree",
            "state", "declare", "announce", "confirm", "assert", "report", "maintain", "contend");
    static final Set<String> NOUN_CUES = Set.of("statement", "claim", "claims", "assertion", "remarks", "words",
            "assurances", "warning", "insistence", "argument", "allegation", "allegations", "suggestion", "belief",
            "view", "promise", "pledge", "announcement", "admission");
    static final Set<String> IN_WORDS = Set.of("words", "opinion", "view", "assessment", "estimation", "judgment",
            "judgement", "mind", "understanding");
    /** Sources that say something "in" them: "in the latest poll, …", "ahead in the polls". */
    static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys", "average", "averages",
            "polling", "rankings", "study", "report", "filings", "records", "data");
    static final Set<String> AUX = Set.of("has", "have", "had", "is", "was", "were", "are", "been", "be", "also",
            "later", "then", "earlier", "previously", "reportedly", "once", "again", "repeatedly", "did", "does",
            "do", "would", "will", "could", "might", "may", "should", "can");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");
    static final Set<String> NOT_CONTENT_START = Set.of(".", ",", "!", "?", ";", "on", "in", "at", "during",
            "after", "before", "to", "with", "for", "about", "of", "by", "so", "nothing", "it", "this",
            "goodbye", "hello", "yes", "no", "as");

    /**
     * Cue lemmas learned from PolNeAR's train split ({@code cues.tsv}: how often each verb or common-noun lemma
     * is a gold cue, of all its occurrences there): verbs at or above {@link #LEARNED_MIN_PRECISION} report what
     * someone said, thinks, wants or did with words ("called", "urged", "criticized", "polls show").
     */
    static final Map<String, Double> LEARNED_VERBS = learned("V");
    static final Map<String, Double> LEARNED_NOUNS = learned("N");
    /**
     * Below this share of cue uses in train, a lemma fires too often on plain narration. Chosen on train
     * (content-overlap F1 / precision): 0.30 gave 0.687 / 0.922, 0.20 0.706 / 0.906, 0.15 0.713 / 0.892, 0.12
     * 0.718 / 0.882; 0.15 keeps precision near 0.9.
     */
    static final double LEARNED_MIN_PRECISION = 0.15;

    private static Map<String, Double> learned(String kind) {
        Map<String, Double> out = new HashMap<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource cues.tsv is missing from the statements jar");
            }
            var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || f.length < 5 || !f[0].equals(kind)) {
                    continue;
                }
                out.put(f[1], Double.parseDouble(f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }

    static boolean learnedVerb(String lemma) {
        return LEARNED_VERBS.getOrDefault(lemma, 0.0) >= LEARNED_MIN_PRECISION;
    }

    static boolean isEnd(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";");
    }

    static boolean isPunct(String w) {
        return !w.isEmpty() && w.chars().noneMatch(Character::isLetterOrDigit);
    }

    static boolean isOpenQuote(String w) {
        return w.equals("\u201C") || w.equals("\u00AB") || w.equals("\u2018") || w.equals("``") || w.equals("\"")
                || w.equals("\u201E");
    }

    static boolean isCloseQuote(String w) {
        return w.equals("\u201D") || w.equals("\u00BB") || w.equals("\u2019") || w.equals("''") || w.equals("\"");
    }

    static boolean isQuote(String w) {
        return isOpenQuote(w) || isCloseQuote(w);
    }

    /** Typographic apostrophes as ASCII, so "’s" and "'s" read alike. */
    static String fold(String w) {
        return w.replace('\u2019', '\'');
    }
}
