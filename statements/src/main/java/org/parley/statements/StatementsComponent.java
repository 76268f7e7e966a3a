package org.parley.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.ActorLink;
import org.parley.model.ActorLinks;
import org.parley.model.Actors;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Paragraphs;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Statement;
import org.parley.model.StatementKind;
import org.parley.model.Statements;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;
import org.parley.model.Token;
import org.parley.model.Tokens;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;

/**
 * The "statements" component: direct quotes attributed by the words around them, then reported speech by cue
 * words ("said that", "according to", "in his words", "X's statement that"), each with its source span and the
 * speaker the actor links give that span. Rules over tokens and part of speech: no parser, so it costs little.
 */
final class StatementsComponent implements Component {

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public String version() {
        // 2: cues learned from PolNeAR, so stored statements are found again.
        return "2";
    }

    @Override
    public Set<Class<? extends Layer>> needs() {
        return Set.of(Tokens.class, Sentences.class, Paragraphs.class, Timexes.class, ActorLinks.class,
                Actors.class);
    }

    @Override
    public Set<Class<? extends Layer>> adds() {
        return Set.of(Statements.class);
    }

    @Override
    public Output apply(Document d) {
        var x = new Extractor(d.text(), d.get(Tokens.class).items(), d.get(Sentences.class).items(),
                Quotes.find(d.text(), d.get(Paragraphs.class).items()), d.get(ActorLinks.class).items(),
                d.get(Actors.class).items(), d.get(Timexes.class).items());
        return Output.of(new Statements(x.run()));
    }

    /** A statement while it is being built. */
    private static final class Draft {
        StatementKind kind;
        final List<Span> content = new ArrayList<>();
        Span cue;
        Span source;
        int sentence;
        /** Found by a learned cue: gives way to a hand-written rule's statement. */
        boolean learned;
        /** ", adding …": the same speaker goes on, not a statement inside another. */
        boolean participle;
    }

    private static final class Extractor {
        final String text;
        final List<Token> tokens;
        final List<Sentence> sentences;
        final List<Quotes.Quote> quotes;
        final List<ActorLink> links;
        final Map<String, Actor> actors;
        final List<Timex> timexes;
        final String[] lower;
        final int[] sentenceOf;
        final Set<Integer> usedCues = new HashSet<>();
        final List<Draft> drafts = new ArrayList<>();

        Extractor(String text, List<Token> tokens, List<Sentence> sentences, List<Quotes.Quote> quotes,
                List<ActorLink> links, List<Actor> actors, List<Timex> timexes) {
            this.text = text;
            this.tokens = tokens;
            this.sentences = sentences;
            this.quotes = quotes;
            this.links = links;
            this.actors = actors.stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
            this.timexes = timexes;
            lower = new String[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                lower[i] = Lexicon.fold(tokens.get(i).span().of(text).toLowerCase(Locale.ROOT));
            }
            sentenceOf = new int[tokens.size()];
            for (int s = 0; s < sentences.size(); s++) {
                for (int i = sentences.get(s).firstToken(); i < sentences.get(s).endToken() && i < tokens.size(); i++) {
                    sentenceOf[i] = s;
                }
            }
        }

        List<Statement> run() {
            if (tokens.isEmpty()) {
                return List.of();
            }
            direct();
            reported();
            continuations();
            return finish();
        }

        // ---- direct quotes ----------------------------------------------------------------------------

        private final Map<Quotes.Quote, Draft> quoteOwner = new HashMap<>();

        void direct() {
            for (Quotes.Quote q : quotes) {
                if (quoteOwner.containsKey(q) || q.words(text) < 3) {
                    continue;
                }
                // "“…path.” Packer said the focus…": a cue that takes its own clause starts a new statement.
                Optional<int[]> after = attributionAfter(q.outer().end()).filter(a -> endsClause(
                        Math.max(a[0] + 1, a[2]), Math.min(sentences.get(sentenceOf[a[0]]).endToken(), tokens.size())));
                Optional<int[]> before = after.isPresent() ? Optional.empty() : attributionBefore(q.outer().start());
                Optional<int[]> found = after.or(() -> before);
                if (found.isEmpty()) {
                    continue;
                }
                int[] a = found.get(); // cue token, source start token, source end token (exclusive)
                Draft d = new Draft();
                d.kind = StatementKind.DIRECT;
                d.content.addAll(q.pieces());
                d.cue = tokens.get(a[0]).span();
                d.source = a[1] < a[2] ? span(a[1], a[2]) : null;
                d.sentence = sentenceOf[a[0]];
                usedCues.add(a[0]);
                drafts.add(d);
                quoteOwner.put(q, d);
                if (after.isPresent()) {
                    // "“A,” he said, “B.”": the quote goes on after the attribution.
                    int end = Math.max(a[2], a[0] + 1);
                    int next = end < tokens.size() ? tokens.get(end).span().start() : text.length();
                    for (Quotes.Quote q2 : quotes) {
                        if (q2.outer().start() >= next && q2.outer().start() - tokens.get(end - 1).span().end() <= 4
                                && !quoteOwner.containsKey(q2)) {
                            d.content.addAll(q2.pieces());
                            quoteOwner.put(q2, d);
                        }
                    }
                }
            }
        }

        /** ", said Glaz" / ", he said" / ", the spokesman told reporters" right after a quote. */
        Optional<int[]> attributionAfter(int offset) {
            int i = tokenAt(offset);
            if (i < 0) {
                return Optional.empty();
            }
            if (lower[i].equals(",")) {
                i++;
            }
            if (i >= tokens.size() || tokens.get(i).span().start() - offset > 3) {
                return Optional.empty();
            }
            if (isVerbCue(i)) {
                int end = npRight(i + 1);
                if (end > i + 1) {
                    return Optional.of(new int[] {i, i + 1, end});
                }
            }
            int end = npRight(i);
            if (end > i) {
                int c = skipAux(end);
                if (c < tokens.size() && isVerbCue(c)) {
                    return Optional.of(new int[] {c, i, end});
                }
            }
            return Optional.empty();
        }

        /** "Peskov said: “…”" / "Peskov told reporters, “…”" right before a quote. */
        Optional<int[]> attributionBefore(int offset) {
            int i = tokenBefore(offset);
            if (i < 0 || !(lower[i].equals(":") || lower[i].equals(","))) {
                return Optional.empty();
            }
            for (int c = i - 1; c >= Math.max(0, i - 8) && sentenceOf[c] == sentenceOf[i]; c--) {
                if (isVerbCue(c) && !inQuote(tokens.get(c).span())) {
                    int[] src = npLeft(c);
                    if (src != null) {
                        return Optional.of(new int[] {c, src[0], src[1]});
                    }
                }
            }
            return Optional.empty();
        }

        /** Unattributed quotes right after a direct statement continue it (the next sentence or paragraph). */
        void continuations() {
            for (Quotes.Quote q : quotes) {
                if (quoteOwner.containsKey(q) || q.words(text) < 4 || insideContent(q.outer())) {
                    continue;
                }
                Draft prev = null;
                for (Draft d : drafts) {
                    int end = d.content.get(d.content.size() - 1).end();
                    if (d.kind == StatementKind.DIRECT && end <= q.outer().start()
                            && (prev == null || end > prev.content.get(prev.content.size() - 1).end())) {
                        prev = d;
                    }
                }
                if (prev == null) {
                    continue;
                }
                int gapStart = prev.content.get(prev.content.size() - 1).end();
                String gap = text.substring(gapStart, q.outer().start());
                // Only the closing mark, punctuation and white space between: nobody else spoke in between.
                if (gap.length() <= 6 && gap.replaceAll("[\\s\\p{Punct}\u201C\u201D\u00AB\u00BB\u2019]", "").isEmpty()) {
                    prev.content.addAll(q.pieces());
                    quoteOwner.put(q, prev);
                }
            }
        }

        // ---- reported speech --------------------------------------------------------------------------

        void reported() {
            for (int s = 0; s < sentences.size(); s++) {
                Sentence sentence = sentences.get(s);
                int first = sentence.firstToken();
                int end = Math.min(sentence.endToken(), tokens.size());
                for (int c = first; c < end; c++) {
                    if (usedCues.contains(c) || inLongQuote(tokens.get(c).span())) {
                        continue;
                    }
                    Draft found = null;
                    if (lower[c].equals(":") && c > first && c <= first + 6) {
                        found = speakerColon(c, first, end);
                    } else if (lower[c].equals("according") && c + 1 < end && lower[c + 1].equals("to")) {
                        found = accordingTo(c, first, end);
                    } else if (lower[c].equals("in") && c + 2 < end) {
                        found = inWords(c, first, end);
                    } else if (Lexicon.NOUN_CUES.contains(lower[c]) && c + 1 < end && lower[c + 1].equals("that")) {
                        found = nounCue(c, end);
                    } else if (isVerbCue(c)) {
                        found = verbCue(c, first, end);
                    }
                    if (found == null && isLearnedCue(c) && !insideContent(tokens.get(c).span())) {
                        found = learnedCue(c, first, end);
                    }
                    if (found != null) {
                        Draft d = found;
                        d.sentence = s;
                        d.kind = quotes.stream().anyMatch(q -> d.content.stream().anyMatch(p -> p.overlaps(q.outer())))
                                ? StatementKind.MIXED : StatementKind.INDIRECT;
                        usedCues.add(c);
                        drafts.add(d);
                        for (Quotes.Quote q : quotes) {
                            if (d.content.stream().anyMatch(p -> p.contains(q.pieces().get(0)))) {
                                quoteOwner.putIfAbsent(q, d);
                            }
                        }
                    }
                }
            }
        }

        Draft accordingTo(int c, int first, int end) {
            int srcEnd = npRight(c + 2);
            if (srcEnd <= c + 2) {
                return null;
            }
            Span content;
            if (c <= first + 1) {
                int from = srcEnd < end && lower[srcEnd].equals(",") ? srcEnd + 1 : srcEnd;
                content = contentSpan(from, end);
            } else {
                int to = lower[c - 1].equals(",") ? c - 1 : c;
                content = contentSpan(first, to);
            }
            return draft(content, span(c, c + 2), span(c + 2, srcEnd));
        }

        /**
         * "PESKOV: …" in transcripts and "Peskov: …" in headlines: a name alone before a colon at the start of a
         * sentence speaks the rest of its paragraph.
         */
        Draft speakerColon(int c, int first, int end) {
            for (int k = first; k < c; k++) {
                String pos = tokens.get(k).pos();
                if (!(pos.startsWith("NNP") || lower[k].equals(".") && k > first)) {
                    return null;
                }
            }
            int stop = text.indexOf('\n', tokens.get(c).span().end());
            int last = end;
            if (stop > 0) {
                while (last < tokens.size() && tokens.get(last).span().end() <= stop) {
                    last++;
                }
            } else {
                last = tokens.size();
            }
            return draft(contentSpan(c + 1, Math.max(end, last)), tokens.get(c).span(), span(first, c));
        }

        /** "In his words, …", "In Peskov's opinion, …" at the start of a sentence. */
        Draft inWords(int c, int first, int end) {
            if (c > first + 1) {
                return inPoll(c, first, end);
            }
            for (int n = c + 2; n < Math.min(end, c + 6); n++) {
                if (Lexicon.IN_WORDS.contains(lower[n]) && n + 1 < end && lower[n + 1].equals(",")) {
                    int srcEnd = lower[n - 1].equals("'s") ? n - 1 : n;
                    return draft(contentSpan(n + 2, end), span(c, n + 1), span(c + 1, srcEnd));
                }
            }
            // "In the latest Fox poll, Kasich was at 25 percent."
            int np = npRight(c + 1);
            if (np > c + 1 && np < end && lower[np].equals(",") && Lexicon.POLLS.contains(lower[np - 1])) {
                return draft(contentSpan(np + 1, end), tokens.get(c).span(), span(c + 1, np));
            }
            return null;
        }

        /** "Trump is ahead in polls in Florida." : a poll at the end of a sentence says what comes before. */
        Draft inPoll(int c, int first, int end) {
            int np = npRight(c + 1);
            if (np <= c + 1 || !Lexicon.POLLS.contains(lower[np - 1]) || c - first < 3) {
                return null;
            }
            int k = np;
            while (k < end && !Lexicon.isEnd(lower[k]) && !lower[k].equals(",")
                    && !tokens.get(k).pos().startsWith("VB")) {
                k++;
            }
            if (k < end && !Lexicon.isEnd(lower[k])) {
                return null;
            }
            return draft(contentSpan(first, c), tokens.get(c).span(), span(c + 1, np));
        }

        /** "Zakharova's statement that …". */
        Draft nounCue(int c, int end) {
            int srcEnd;
            if (c > 0 && tokens.get(c - 1).pos().equals("PRP$")) {
                srcEnd = c;
                return draft(contentSpan(c + 2, end), tokens.get(c).span(), span(c - 1, c));
            }
            if (c > 1 && (lower[c - 1].equals("'s") || lower[c - 1].equals("'"))) {
                srcEnd = c - 1;
                int[] np = npLeftFrom(srcEnd);
                if (np != null) {
                    return draft(contentSpan(c + 2, end), tokens.get(c).span(), span(np[0], np[1]));
                }
            }
            return null;
        }

        Draft verbCue(int c, int first, int end) {
            if (tokens.get(c).pos().equals("VBG")) {
                return participle(c, first, end);
            }
            int[] left = npLeft(c);
            // "…, said Glaz." / "…, Glaz said." : the content comes before.
            boolean afterComma = c > first && isCommaOrCloser(c - 1);
            if (afterComma) {
                int srcEnd = npRight(c + 1);
                if (srcEnd > c + 1 && endsClause(srcEnd, end) && c - 1 - first >= 3) {
                    return draft(contentSpan(first, c - 1), tokens.get(c).span(), span(c + 1, srcEnd));
                }
            }
            if (left == null) {
                return null;
            }
            int from = c + 1;
            if (Lexicon.TELL.contains(tokens.get(c).lemma().toLowerCase(Locale.ROOT)) || lower[c].equals("told")) {
                from = npRight(from); // "told Izvestia", "told reporters"
            }
            int that = -1;
            for (int k = from; k < Math.min(end, from + 8); k++) {
                if ((lower[k].equals("that") && !tokens.get(k).pos().equals("DT")) || lower[k].equals(":")) {
                    that = k;
                    break;
                }
                if (tokens.get(k).pos().startsWith("VB") || lower[k].equals(",") && k > from) {
                    break;
                }
            }
            if (that >= 0 && end - that > 3) {
                return draft(contentSpan(that + 1, end), tokens.get(c).span(), span(left[0], left[1]));
            }
            boolean before = left[0] > first && isCommaOrCloser(left[0] - 1) && left[0] - 1 - first >= 3;
            if (before && endsClause(from, end)) {
                return draft(contentSpan(first, left[0] - 1), tokens.get(c).span(), span(left[0], left[1]));
            }
            if (from < end && end - from >= 4 && !Lexicon.NOT_CONTENT_START.contains(lower[from])
                    && !tokens.get(from).pos().equals("IN") && !tokens.get(from).pos().equals("TO")
                    && Lexicon.BARE_COMPLEMENT.contains(tokens.get(c).lemma().toLowerCase(Locale.ROOT))) {
                return draft(contentSpan(from, end), tokens.get(c).span(), span(left[0], left[1]));
            }
            if (before) {
                return draft(contentSpan(first, left[0] - 1), tokens.get(c).span(), span(left[0], left[1]));
            }
            return null;
        }

        /**
         * A cue learned from PolNeAR ("called for", "urged", "criticized", "polls show") with its subject before
         * it: what follows, to the end of the sentence, is what was said, thought or asked for. The content is
         * the rest of the clause rather than a parsed object: the scorer and readers need where it starts.
         */
        Draft learnedCue(int c, int first, int end) {
            int[] left = npLeft(c);
            if (left == null && c > first && tokens.get(c - 1).pos().equals("WP")) {
                left = new int[] {c - 1, c}; // "…, who said …": the relative pronoun stands for the speaker
            }
            if (left == null) {
                // A subject the noun-phrase walk cannot cross ("A majority of those polled in Ohio say"): the
                // sentence's opening noun phrase, when nothing but it stands before the cue's clause.
                int np = npRight(first);
                if (np <= first || np >= c || !properOrPronoun(new int[] {first, np}) && !plainSubject(np, c)
                        || dateline(first, np)) {
                    return null;
                }
                left = new int[] {first, np};
            }
            int from = c + 1;
            String lemma = tokens.get(c).lemma().toLowerCase(Locale.ROOT);
            if (Lexicon.TELL.contains(lemma) || lower[c].equals("told")) {
                from = npRight(from);
            }
            while (from < end && (lower[from].equals("that") || lower[from].equals(":") || lower[from].equals(",")
                    || tokens.get(from).pos().equals("RP"))) {
                from++;
            }
            if (from >= end || end - from < 2 || Lexicon.isEnd(lower[from])) {
                return null;
            }
            Draft d = draft(contentSpan(from, end), tokens.get(c).span(), span(left[0], left[1]));
            if (d != null) {
                d.learned = true;
            }
            return d;
        }

        /** "ISTANBUL (Reuters) —": a place in capitals opening the text is no speaker. */
        boolean dateline(int from, int to) {
            String w = span(from, to).of(text);
            return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
        }

        /** No verb and no comma between the subject's end and the cue: the cue is the subject's verb. */
        boolean plainSubject(int np, int c) {
            for (int k = np; k < c; k++) {
                if (tokens.get(k).pos().startsWith("VB") && !Lexicon.AUX.contains(lower[k]) || lower[k].equals(",")) {
                    return false;
                }
            }
            return true;
        }

        boolean isLearnedCue(int c) {
            Token t = tokens.get(c);
            String pos = t.pos();
            if (!pos.startsWith("VB") || !Lexicon.learnedVerb(t.lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
            boolean afterAux = c > 0 && (Lexicon.AUX.contains(lower[c - 1]) || tokens.get(c - 1).pos().equals("MD"));
            if (pos.equals("VBN") || pos.equals("VB") || pos.equals("VBG")) {
                return afterAux || pos.equals("VBG") && c > 0 && lower[c - 1].equals(",")
                        || pos.equals("VBN") && afterSubject(c);
            }
            return true;
        }

        /** "…, saying that …": the speaker is the subject the sentence opened with. */
        Draft participle(int c, int first, int end) {
            if (c <= first || !lower[c - 1].equals(",")) {
                return null;
            }
            int srcEnd = npRight(first);
            if (srcEnd <= first) {
                return null;
            }
            int from = c + 1;
            if (lower[c].equals("telling")) {
                from = npRight(from);
            }
            if (from < end && lower[from].equals("that")) {
                from++;
            }
            if (from >= end || Lexicon.NOT_CONTENT_START.contains(lower[from]) || tokens.get(from).pos().equals("IN")) {
                return null;
            }
            Draft d = draft(contentSpan(from, end), tokens.get(c).span(), span(first, srcEnd));
            if (d != null) {
                d.participle = true;
            }
            return d;
        }

        /** Only an adverbial ("on Sunday", "in an interview") or nothing is left before the sentence ends. */
        boolean endsClause(int from, int end) {
            int k = from;
            while (k < end && !Lexicon.isEnd(lower[k]) && !lower[k].equals(",")) {
                if (tokens.get(k).pos().startsWith("VB") || lower[k].equals("that")) {
                    return false;
                }
                k++;
            }
            return true;
        }

        Draft draft(Span content, Span cue, Span source) {
            if (content == null || content.length() < 8) {
                return null;
            }
            Draft d = new Draft();
            d.content.add(content);
            d.cue = cue;
            d.source = source;
            return d;
        }

        /** Tokens [from, to) as a span, without the punctuation at either end (closing quotes kept). */
        Span contentSpan(int from, int to) {
            while (from < to && (Lexicon.isPunct(lower[from]) && !Lexicon.isOpenQuote(lower[from]))) {
                from++;
            }
            while (to > from && Lexicon.isPunct(lower[to - 1]) && !Lexicon.isCloseQuote(lower[to - 1])) {
                to--;
            }
            if (to - from < 2) {
                return null;
            }
            return span(from, to);
        }

        // ---- noun phrases -----------------------------------------------------------------------------

        /** The subject before a cue: skips auxiliaries and adverbs, then a noun phrase, maybe with an apposition. */
        int[] npLeft(int c) {
            int k = c - 1;
            int floor = sentences.get(sentenceOf[c]).firstToken();
            while (k >= floor && (Lexicon.AUX.contains(lower[k]) || tokens.get(k).pos().startsWith("RB")
                    || tokens.get(k).pos().equals("MD"))) {
                k--;
            }
            if (k < floor) {
                return null;
            }
            if (lower[k].equals(",")) {
                // "Polyansky, Russia's deputy envoy to the UN, said", "Anderson, 21, a student, said", "Coffman,
                // who represents Denver, said": back over the apposition, to a name or pronoun before a comma.
                boolean relative = false;
                for (int j = k - 1; j >= Math.max(floor, k - 30); j--) {
                    if (Lexicon.isQuote(lower[j]) || tokens.get(j).pos().startsWith("VB") && !relative
                            && !relativeBefore(j, floor)) {
                        return null;
                    }
                    relative |= tokens.get(j).pos().equals("WP");
                    if (lower[j].equals(",")) {
                        int[] head = npLeftFrom(j);
                        if (head != null && properOrPronoun(head)) {
                            return new int[] {head[0], k};
                        }
                    }
                }
                return null;
            }
            return npLeftFrom(k + 1);
        }

        /** A "who" or "which" between {@code floor} and {@code j} after the last comma: the verb is a relative's. */
        boolean relativeBefore(int j, int floor) {
            for (int i = j - 1; i >= floor && !lower[i].equals(","); i--) {
                if (tokens.get(i).pos().startsWith("W")) {
                    return true;
                }
            }
            return false;
        }

        /** The noun phrase ending at token {@code end} (exclusive). */
        int[] npLeftFrom(int end) {
            int k = end - 1;
            if (k < 0) {
                return null;
            }
            int floor = sentences.get(sentenceOf[k]).firstToken();
            if (tokens.get(k).pos().equals("PRP")) {
                return Lexicon.SUBJECT_PRONOUNS.contains(lower[k]) ? new int[] {k, end} : null;
            }
            int start = end;
            while (k >= floor && k >= end - 12) {
                String pos = tokens.get(k).pos();
                if (nounish(k) || pos.equals("POS") || pos.equals("CD") || pos.equals("HYPH")
                        || (pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$")) && start < end
                        || lower[k].equals("of") && start < end && k > floor
                            && tokens.get(k - 1).pos().startsWith("NN")
                        || lower[k].equals("-") && start < end) {
                    start = k;
                    k--;
                } else {
                    break;
                }
            }
            if (start == end || !nounish(end - 1)) {
                return null;
            }
            return new int[] {start, end};
        }

        /** The noun phrase starting at {@code i}; returns its end, {@code i} when there is none. */
        int npRight(int i) {
            int k = i;
            if (k < tokens.size() && tokens.get(k).pos().equals("PRP")) {
                return k + 1;
            }
            int limit = Math.min(tokens.size(), i + 12);
            int lastNoun = -1;
            while (k < limit) {
                String pos = tokens.get(k).pos();
                if (nounish(k) || pos.equals("POS") || pos.startsWith("JJ") || pos.equals("DT")
                        || pos.equals("CD") || pos.equals("PRP$") || lower[k].equals("of") && lastNoun >= 0
                        || lower[k].equals("-")) {
                    if (nounish(k)) {
                        lastNoun = k;
                    }
                    k++;
                } else {
                    break;
                }
            }
            return lastNoun >= 0 ? lastNoun + 1 : i;
        }

        /**
         * A noun, or a capitalised word the tagger took for an adjective or participle: next to curly quotes it
         * tags names as JJ ("” Devine declared").
         */
        boolean nounish(int k) {
            String pos = tokens.get(k).pos();
            if (pos.startsWith("NN")) {
                return true;
            }
            String w = tokens.get(k).span().of(text);
            return (pos.startsWith("JJ") || pos.equals("VBN")) && Character.isUpperCase(w.charAt(0))
                    && k > sentences.get(sentenceOf[k]).firstToken();
        }

        /** A verb right after its subject ("Devine declared"), which the tagger sometimes calls VBN. */
        boolean afterSubject(int c) {
            return c > 0 && (nounish(c - 1) || tokens.get(c - 1).pos().equals("PRP"))
                    && !(c > 1 && (lower[c - 2].equals("the") || lower[c - 2].equals("a")));
        }

        boolean properOrPronoun(int[] np) {
            for (int k = np[0]; k < np[1]; k++) {
                if (tokens.get(k).pos().startsWith("NNP") || tokens.get(k).pos().equals("PRP")) {
                    return true;
                }
            }
            return false;
        }

        int skipAux(int k) {
            while (k < tokens.size() && (Lexicon.AUX.contains(lower[k]) || tokens.get(k).pos().startsWith("RB"))) {
                k++;
            }
            return k;
        }

        boolean isVerbCue(int c) {
            Token t = tokens.get(c);
            String pos = t.pos();
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (!pos.startsWith("VB") || !Lexicon.VERB_CUES.contains(lemma)) {
                return false;
            }
            if (pos.equals("VBN") || pos.equals("VB")) {
                // "has said", "will say": only after an auxiliary or a modal, not "the said agreement"
                return c > 0 && (Lexicon.AUX.contains(lower[c - 1]) || tokens.get(c - 1).pos().equals("MD"))
                        || pos.equals("VBN") && afterSubject(c);
            }
            return !pos.equals("VBG") || c > 0 && lower[c - 1].equals(",");
        }

        boolean isCommaOrCloser(int k) {
            return lower[k].equals(",") || Lexicon.isCloseQuote(lower[k]);
        }

        // ---- helpers ----------------------------------------------------------------------------------

        Span span(int from, int to) {
            return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        }

        int tokenAt(int offset) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).span().start() >= offset) {
                    return i;
                }
            }
            return -1;
        }

        int tokenBefore(int offset) {
            int found = -1;
            for (int i = 0; i < tokens.size() && tokens.get(i).span().end() <= offset; i++) {
                found = i;
            }
            return found;
        }

        boolean inQuote(Span s) {
            return quotes.stream().anyMatch(q -> q.outer().contains(s));
        }

        boolean inLongQuote(Span s) {
            return quotes.stream().anyMatch(q -> q.outer().contains(s) && q.words(text) >= 3);
        }

        boolean insideContent(Span s) {
            return drafts.stream().anyMatch(d -> d.content.stream().anyMatch(p -> p.contains(s)
                    || p.overlaps(s)));
        }

        // ---- assembling -------------------------------------------------------------------------------

        /**
         * A learned cue inside what a hand-written rule found gives way ("voters that oppose X, according to Y");
         * "X said A, adding B" is two statements of X, the first ending at the comma.
         */
        void untangle() {
            drafts.removeIf(d -> d.learned && drafts.stream().anyMatch(o -> o != d && !o.learned
                    && d.content.stream().anyMatch(p -> p.contains(o.cue))));
            for (Draft d : drafts) {
                if (!d.participle) {
                    continue;
                }
                int comma = tokenBefore(d.cue.start());
                for (Draft o : drafts) {
                    int last = o.content.size() - 1;
                    Span piece = o.content.get(last);
                    if (o != d && comma > 0 && piece.contains(tokens.get(comma).span())) {
                        int cut = tokens.get(comma).span().start();
                        if (cut - piece.start() >= 8) {
                            o.content.set(last, new Span(piece.start(), cut));
                        }
                    }
                }
            }
        }

        List<Statement> finish() {
            untangle();
            drafts.sort(Comparator.comparing((Draft d) -> d.content.get(0)));
            Map<Draft, String> ids = new HashMap<>();
            for (Draft d : drafts) {
                d.content.sort(Comparator.naturalOrder());
                StringBuilder key = new StringBuilder("cue:" + d.cue);
                d.content.forEach(p -> key.append('|').append(p).append(p.of(text)));
                ids.put(d, "st-" + ActorsComponent.hash(key.toString()));
            }
            List<Statement> out = new ArrayList<>();
            for (Draft d : drafts) {
                Optional<String> outer = drafts.stream()
                        .filter(o -> o != d && o.content.stream().anyMatch(p -> p.contains(d.cue))
                                && d.content.stream().noneMatch(p -> p.contains(o.cue)))
                        .min(Comparator.comparingInt(o -> o.content.stream().mapToInt(Span::length).sum()))
                        .map(ids::get);
                out.add(new Statement(ids.get(d), d.kind, d.content, d.cue, Optional.ofNullable(d.source),
                        speaker(d.source), saidOn(d), outer));
            }
            return out;
        }

        /** The person linked inside the source span, else the last actor linked there. */
        Optional<Speaker> speaker(Span source) {
            if (source == null) {
                return Optional.empty();
            }
            List<ActorLink> inside = links.stream().filter(l -> source.contains(l.span())).toList();
            return inside.stream().filter(l -> actors.get(l.actorId()).kind() == ActorKind.PERSON).findFirst()
                    .or(() -> inside.isEmpty() ? Optional.empty() : Optional.of(inside.get(inside.size() - 1)))
                    .map(l -> new Speaker(l.actorId(), actors.get(l.actorId()).name()));
        }

        /** A date in the cue's sentence, outside what was said: when it was said. */
        Optional<String> saidOn(Draft d) {
            Span sentence = sentences.get(d.sentence).span();
            return timexes.stream()
                    .filter(t -> t.type() == TimexType.DATE && sentence.contains(t.span()))
                    .filter(t -> d.content.stream().noneMatch(p -> p.overlaps(t.span())))
                    .min(Comparator.comparingInt(t -> Math.abs(t.span().start() - d.cue.start())))
                    .map(Timex::value);
        }
    }
}
