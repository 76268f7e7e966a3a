package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.EntityKind;
import org.parley.model.Mention;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;
import org.parley.model.Sentence;
import org.parley.model.Sentences;
import org.parley.model.Span;
import org.parley.model.Stamp;
import org.parley.model.Step;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;
import org.parley.model.Token;
import org.parley.model.Tokens;

/** Test documents from short texts written for these tests (public facts, our own wording). */
final class Docs {

    static final String ISTANBUL = "Delegations of Russia and Ukraine met in Istanbul on 16 May 2025, their first "
            + "direct talks in three years. The meeting lasted under two hours and produced an agreement to "
            + "exchange a thousand prisoners from each side.";

    static final String GENEVA = "Officials from the United States and Ukraine held consultations in Geneva on "
            + "23 November 2025 about a revised peace framework. Both sides called the discussions productive.";

    static final String RIYADH = "In Riyadh, American and Russian diplomats discussed a maritime ceasefire in the "
            + "Black Sea on 24 March 2025.";

    static final String EMOJI = "Ceasefire 🕊️ talks resumed 🇺🇦🤝🇷🇺 — negotiators in Ankara said “progress” was "
            + "made; next round in 𝟚𝟘𝟚𝟞 👍.";

    static final String FRENCH = "Les négociations de paix ont repris à Genève, selon plusieurs diplomates.";

    private Docs() {
    }

    static Span span(String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new AssertionError("fixture phrase not in text: " + phrase);
        }
        return new Span(at, at + phrase.length());
    }

    static Article article(String url, String title, String text, Optional<LocalDate> published, String language,
            List<Problem> problems) {
        return new Article(ArticleId.fromUrl(url), "fixtures/" + title.replace(' ', '-') + ".txt",
                Optional.of("Test Wire"), Optional.empty(), Optional.of(url), Optional.of(title), published,
                published.isPresent() ? PublishedFrom.METADATA : PublishedFrom.NONE, Optional.empty(), language, text, problems);
    }

    /** An English document with mentions, timexes, tokens, sentences and problems of both origins. */
    static Document istanbul() {
        String t = ISTANBUL;
        Article a = article("https://example.org/news/istanbul-talks", "Talks in Istanbul", t,
                Optional.of(LocalDate.of(2025, 5, 16)), "en",
                List.of(Problem.at("date.guessed-year", "fixtures/istanbul.txt", span(t, "16 May 2025"),
                        "the year was taken from the dateline")));
        Article fetched = new Article(a.id(), a.source(), a.outlet(), Optional.of("Example Agency"), a.url(), a.title(),
                a.published(), a.publishedFrom(), Optional.of(java.time.Instant.parse("2025-05-16T10:15:30Z")),
                a.language(), a.text(), a.problems());
        return Document.of(fetched).with(new Step(new Stamp("nlp", "1"), List.of(tokens(t),
                        new Sentences(List.of(new Sentence(new Span(0, t.length()), 0, 3))),
                        new Mentions(List.of(new Mention(span(t, "Russia"), EntityKind.LOCATION),
                                new Mention(span(t, "Ukraine"), EntityKind.LOCATION),
                                new Mention(span(t, "Istanbul"), EntityKind.LOCATION))),
                        new Timexes(List.of(new Timex(span(t, "16 May 2025"), TimexType.DATE, "2025-05-16"),
                                new Timex(span(t, "three years"), TimexType.DURATION, "P3Y"),
                                new Timex(span(t, "under two hours"), TimexType.DURATION, "PT2H")))),
                List.of(Problem.of("ner.low-confidence", "fixtures/istanbul.txt", "one mention had low confidence"))))
                .with(new Step(new Stamp("extra", "2"), List.of(), List.of(Problem.of("extra.note",
                        "fixtures/istanbul.txt", "a step with a problem and no layer"))));
    }

    static Document geneva() {
        String t = GENEVA;
        Article a = article("https://example.org/news/geneva", "Consultations in Geneva", t,
                Optional.of(LocalDate.of(2025, 11, 23)), "en", List.of());
        return Document.of(a).with(List.of(
                new Mentions(List.of(new Mention(span(t, "United States"), EntityKind.LOCATION),
                        new Mention(span(t, "Geneva"), EntityKind.LOCATION))),
                new Timexes(List.of(new Timex(span(t, "23 November 2025"), TimexType.DATE, "2025-11-23")))),
                List.of());
    }

    /** An English document analysed but with empty layers: the layers are present, with no items. */
    static Document riyadhUndated() {
        Article a = article("https://example.org/news/riyadh", "Black Sea", RIYADH, Optional.empty(), "en",
                List.of(Problem.of("date.missing", "fixtures/riyadh.txt", "no publication date was found")));
        return Document.of(a).with(List.of(new Mentions(List.of()), new Timexes(List.of())), List.of());
    }

    static Document emoji() {
        String t = EMOJI;
        Article a = article("https://example.org/news/ankara-😀", "Ankara 🕊️ round", t,
                Optional.of(LocalDate.of(2026, 1, 2)), "en", List.of());
        return Document.of(a).with(List.of(
                new Mentions(List.of(new Mention(span(t, "Ankara"), EntityKind.LOCATION))),
                new Timexes(List.of(new Timex(span(t, "𝟚𝟘𝟚𝟞"), TimexType.DATE, "2026")))), List.of());
    }

    /** Not analysed: a non-English article carries no layers, only the pipeline's language problem. */
    static Document french() {
        Article a = article("https://example.org/fr/geneve", "Genève", FRENCH, Optional.of(LocalDate.of(2025, 6, 1)),
                "fr", List.of());
        return Document.of(a).with(List.of(), List.of(Problem.of("analysis.language-skipped", a.source(),
                "not analysed: language 'fr' is not one of [en]")));
    }

    private static Tokens tokens(String text) {
        var items = new ArrayList<Token>();
        var m = java.util.regex.Pattern.compile("\\S+").matcher(text);
        while (m.find()) {
            items.add(new Token(new Span(m.start(), m.end()), "NN", m.group().toLowerCase()));
        }
        return new Tokens(items);
    }
}
