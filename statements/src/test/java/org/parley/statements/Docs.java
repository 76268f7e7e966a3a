package org.parley.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Paragraph;
import org.parley.model.Paragraphs;
import org.parley.model.PublishedFrom;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.model.Timexes;
import org.parley.model.Token;
import org.parley.model.Tokens;
import org.parley.pipeline.Output;

/**
 * Documents for the tests without CoreNLP: a small tokenizer with a word-list tagger good enough for our own
 * sentences, capitalised words as PERSON mentions (names listed as ORG/LOCATION where a test needs it).
 */
final class Docs {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*|[’']s|\\S");
    private static final Set<String> VERBS = Set.of("said", "says", "told", "stressed", "added", "noted",
            "insisted", "warned", "believes", "claimed", "stated", "was", "were", "is", "are", "blocked", "ready",
            "met", "rejected", "remain", "continue", "want", "agreed", "will", "would", "must", "urged", "criticized",
            "adding");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "him", "her");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that's");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "to", "of", "with", "for", "from",
            "according", "by");
    private static final Set<String> NOT_NAMES = Set.of("The", "In", "On", "But", "He", "She", "According", "It",
            "We", "They", "This", "A");

    private Docs() {
    }

    static Document analysed(String text, LocalDate day, Set<String> orgs) {
        Document d = base(text, day, orgs);
        Output actors = Attribution.actors().apply(d);
        d = d.with(actors.layers(), actors.problems());
        Output statements = Attribution.statements().apply(d);
        return d.with(statements.layers(), statements.problems());
    }

    static Document analysed(String text) {
        return analysed(text, LocalDate.of(2025, 5, 16), Set.of());
    }

    static Document base(String text, LocalDate day, Set<String> orgs) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            tokens.add(new Token(new Span(m.start(), m.end()), tag(w, tokens.isEmpty() ? null
                    : tokens.get(tokens.size() - 1).span().of(text)), lemma(w)));
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).span().of(text);
            boolean closer = i + 1 < tokens.size() && tokens.get(i + 1).span().of(text).matches("[”»\"]")
                    && (i + 2 >= tokens.size() || Character.isUpperCase(tokens.get(i + 2).span().of(text).charAt(0)));
            if (w.matches("[.?!]") && !closer || i == tokens.size() - 1) {
                sentences.add(new Sentence(new Span(tokens.get(first).span().start(), tokens.get(i).span().end()),
                        first, i + 1));
                first = i + 1;
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).pos().startsWith("NNP")) {
                int j = i;
                while (j + 1 < tokens.size() && tokens.get(j + 1).pos().startsWith("NNP")) {
                    j++;
                }
                Span s = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
                mentions.add(new Mention(s, orgs.contains(s.of(text)) ? EntityKind.ORG : EntityKind.PERSON));
                i = j;
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (String p : text.split("\n\n", -1)) {
            paragraphs.add(new Paragraph(new Span(start, start + p.length())));
            start += p.length() + 2;
        }
        Article a = new Article("t", "t", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(day), PublishedFrom.OVERRIDE, Optional.empty(), "en", text, List.of());
        return Document.of(a).with(List.of(new Tokens(tokens), new Sentences(sentences), new Mentions(mentions),
                new Paragraphs(paragraphs), new Timexes(List.of())), List.of());
    }

    private static String tag(String w, String previous) {
        String l = w.toLowerCase(Locale.ROOT);
        if (w.matches("[’']s")) {
            return "POS";
        }
        if (!Character.isLetterOrDigit(w.charAt(0))) {
            return w.matches("[“«\"‘]") ? "``" : w.matches("[”»’]") ? "''" : w.equals(",") ? "," : ".";
        }
        if (PRONOUNS.contains(l)) {
            return "PRP";
        }
        if (l.equals("his") || l.equals("their")) {
            return "PRP$";
        }
        if (VERBS.contains(l) && l.endsWith("ing")) {
            return "VBG";
        }
        if (VERBS.contains(l)) {
            return l.endsWith("s") && !l.equals("was") ? "VBZ" : "VBD";
        }
        if (DETERMINERS.contains(l)) {
            return l.equals("that") ? "IN" : "DT";
        }
        if (l.equals("that")) {
            return "IN";
        }
        if (PREPOSITIONS.contains(l)) {
            return l.equals("to") ? "TO" : "IN";
        }
        if (l.equals("also") || l.equals("not")) {
            return "RB";
        }
        if (l.endsWith("ian")) {
            return "JJ";
        }
        if (Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w)) {
            return "NNP";
        }
        return "NN";
    }

    private static String lemma(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return switch (l) {
            case "said", "says" -> "say";
            case "told" -> "tell";
            case "stressed" -> "stress";
            case "added" -> "add";
            case "noted" -> "note";
            case "insisted" -> "insist";
            case "warned" -> "warn";
            case "believes" -> "believe";
            case "claimed" -> "claim";
            case "stated" -> "state";
            case "urged" -> "urge";
            case "criticized" -> "criticize";
            case "adding" -> "add";
            case "agreed" -> "agree";
            case "was", "were", "is", "are" -> "be";
            default -> l;
        };
    }
}
