package org.parley.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.model.Tokens;

/**
 * A tokenizer and tagger good enough for the tagger's unit tests, so they run without CoreNLP: words, numbers
 * with commas, abbreviations with a full stop ("Sept.", "a.m.", "Mr."), punctuation; part of speech from a small
 * word list and word shape; a sentence ends at ". " before a capital or at the end.
 */
final class TinyTokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:[ap]\\.m\\.)|(?:(?:Mr|Mrs|Ms|Dr|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No)\\.)"
                    + "|\\d+(?:[,:]\\d+)*(?:st|nd|rd|th|s)?|'s|[\\p{L}]+(?:-[\\p{L}\\d]+)*|\\S");
    private static final Map<String, String> TAGS = Map.ofEntries(
            Map.entry("the", "DT"), Map.entry("a", "DT"), Map.entry("an", "DT"), Map.entry("this", "DT"),
            Map.entry("that", "DT"), Map.entry("every", "DT"), Map.entry("on", "IN"), Map.entry("in", "IN"),
            Map.entry("of", "IN"), Map.entry("since", "IN"), Map.entry("from", "IN"), Map.entry("for", "IN"),
            Map.entry("at", "IN"), Map.entry("to", "TO"), Map.entry("will", "MD"), Map.entry("may", "MD"),
            Map.entry("said", "VBD"), Map.entry("met", "VBD"), Map.entry("signed", "VBD"), Map.entry("was", "VBD"),
            Map.entry("were", "VBD"), Map.entry("ended", "VBD"), Map.entry("began", "VBD"), Map.entry("agreed", "VBD"),
            Map.entry("withdrew", "VBD"), Map.entry("asked", "VBD"), Map.entry("resumed", "VBD"),
            Map.entry("is", "VBZ"), Map.entry("are", "VBP"), Map.entry("says", "VBZ"), Map.entry("has", "VBZ"),
            Map.entry("meet", "VB"), Map.entry("resume", "VB"), Map.entry("sign", "VB"), Map.entry("be", "VB"),
            Map.entry("expected", "VBN"), Map.entry("held", "VBN"), Map.entry("recent", "JJ"),
            Map.entry("current", "JJ"), Map.entry("late", "JJ"), Map.entry("early", "JJ"), Map.entry("now", "RB"),
            Map.entry("recently", "RB"), Map.entry("ago", "RB"), Map.entry("later", "RB"), Map.entry("about", "IN"),
            Map.entry("and", "CC"), Map.entry("talks", "NNS"), Map.entry("prisoners", "NNS"),
            Map.entry("soldiers", "NNS"), Map.entry("agreements", "NNS"));
    private static final Map<String, String> LEMMAS = Map.of("said", "say", "met", "meet", "was", "be", "were", "be",
            "is", "be", "are", "be", "has", "have", "held", "hold", "expected", "expect");
    private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year",
            "years", "spring", "summer", "autumn", "winter", "fall", "quarter", "morning", "night", "weekend",
            "future", "past", "end", "decade");

    record Result(Tokens tokens, Sentences sentences) {
    }

    private TinyTokenizer() {
    }

    static Result of(String text) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int first = 0;
        int sentenceStart = -1;
        while (m.find()) {
            String w = m.group();
            if (sentenceStart < 0) {
                sentenceStart = m.start();
            }
            tokens.add(new Token(new Span(m.start(), m.end()), tag(w, tokens.isEmpty() ? null : tokens.get(
                    tokens.size() - 1), text), LEMMAS.getOrDefault(w.toLowerCase(Locale.ROOT),
                    w.toLowerCase(Locale.ROOT))));
            boolean end = (w.equals(".") || w.equals("!") || w.equals("?"))
                    && (m.end() == text.length() || m.end() + 1 < text.length()
                    && Character.isUpperCase(text.charAt(m.end() + 1)));
            if (end) {
                sentences.add(new Sentence(new Span(sentenceStart, m.end()), first, tokens.size()));
                first = tokens.size();
                sentenceStart = -1;
            }
        }
        if (first < tokens.size()) {
            sentences.add(new Sentence(new Span(sentenceStart, tokens.get(tokens.size() - 1).span().end()), first,
                    tokens.size()));
        }
        return new Result(new Tokens(tokens), new Sentences(sentences));
    }

    private static String tag(String w, Token previous, String text) {
        String lower = w.toLowerCase(Locale.ROOT);
        String known = TAGS.get(lower);
        if (known != null && !(lower.equals("may") && Character.isUpperCase(w.charAt(0)) && previous != null)) {
            return known;
        }
        if (Character.isDigit(w.charAt(0))) {
            return "CD";
        }
        if (!Character.isLetter(w.charAt(0))) {
            return w.equals("'s") ? "POS" : w;
        }
        if (UNITS.contains(lower)) {
            return lower.endsWith("s") && !lower.equals("past") ? "NNS" : "NN";
        }
        if (Character.isUpperCase(w.charAt(0))) {
            return "NNP";
        }
        if (lower.endsWith("ed")) {
            return "VBD";
        }
        return lower.endsWith("s") ? "NNS" : "NN";
    }
}
