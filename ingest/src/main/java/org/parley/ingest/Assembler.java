package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;

/** The steps every format shares: clean, title, date, language, id. */
final class Assembler {

    /**
     * Below this a web page had navigation and little else: no article. Counted in word-equivalents
     * ({@link Words#count}), so pages in scripts written without spaces are measured like the others.
     */
    static final int PAGE_MIN_WORDS = 20;
    /** Problems kept per article, as jsoup caps parse errors: the first ones say what matters. */
    static final int MAX_PROBLEMS = 20;

    private final Languages languages;
    private final Optional<LocalDate> dct;

    Assembler(Languages languages, Optional<LocalDate> dct) {
        this.languages = languages;
        this.dct = dct;
    }

    IngestResult finish(Draft d) {
        Optional<String> title = d.title().map(t -> Cleaner.normalize(t).replace('\n', ' ')).filter(t -> !t.isBlank());
        // The title goes in front of the body once, at the end; copies the page printed leave the body here: before
        // cleaning, while a wrapped copy is still whole (cleaning takes its short lines for navigation), and after.
        Cleaner.Cleaned cleaned = Cleaner.clean(title.map(t -> Headline.stripCopies(Cleaner.normalize(d.body()), t))
                .orElse(d.body()));
        String text = cleaned.text();
        if (title.isEmpty() && !d.page()) {
            title = Cleaner.leadingHeadline(text);
        }
        if (title.isPresent()) {
            text = Headline.stripCopies(text, title.get());
        }
        int words = Words.count(text);
        if (d.page() && words < PAGE_MIN_WORDS) {
            return reject("html.no-article", d.source(), "no article in the page: " + words + " words of body text"
                    + " after removing navigation (" + cleaned.removed().size() + " boilerplate lines)");
        }
        if (words == 0) {
            return reject("input.no-text", d.source(), "no article text left after removing "
                    + cleaned.removed().size() + " boilerplate lines");
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return reject("input.no-text", d.source(), "no letters in the text, only numbers and symbols ("
                    + text.length() + " characters); not an article");
        }

        List<Dates.Hint> hints = new ArrayList<>(d.dates());
        cleaned.headerDate().ifPresent(v -> hints.add(new Dates.Hint(v, "the text's leading date header")));
        // "Posted on 4 October 2022" lines leave the body but remain the date's evidence.
        String dated = cleaned.removed().stream().filter(r -> r.category().equals("published"))
                .map(r -> r.line() + "\n").collect(java.util.stream.Collectors.joining()) + text;
        Dates.Found date = dct.isPresent()
                ? new Dates.Found(dct, PublishedFrom.OVERRIDE, List.of())
                : Dates.resolve(dated, hints, d.fetched(), d.source());
        Languages.Detected lang = languages.detect(text, d.source());

        List<Problem> problems = new ArrayList<>(d.problems());
        problems.addAll(date.problems());
        problems.addAll(lang.problems());
        // The dateline names the wire the story came from, which may differ from the outlet that published it.
        Optional<String> agency = Dates.datelineAgency(text);
        // Everything above read the body alone, whose opening lines hold the dateline; the id stays the body's, as
        // it was before the headline joined the text. The headline is analysed with the body from here on.
        Headline.Composed composed = Headline.compose(title, text, capped(problems, d.source()));
        return new IngestResult.Accepted(new Article(ArticleId.of(d.url(), text), d.source(), d.outlet(), agency,
                d.url(), title, date.date(), date.from(), d.fetched(), lang.code(), composed.text(),
                composed.problems()));
    }

    /**
     * {@code --raw}: the decoded content as is, so offsets index the file; the date only from the override. Nothing
     * is put in front: the headline is the file's own first line when a blank line follows it.
     */
    IngestResult raw(String source, String content, Optional<LocalDate> override, List<Problem> found) {
        if (content.isBlank()) {
            return reject("input.empty", source, "the file has no text");
        }
        Optional<LocalDate> date = override.or(() -> dct);
        List<Problem> problems = new ArrayList<>(found);
        if (date.isEmpty()) {
            problems.add(Problem.of("date.not-found", source,
                    "raw input takes its publication date only from --dct, and none was given"));
        }
        Languages.Detected lang = languages.detect(content, source);
        problems.addAll(lang.problems());
        return new IngestResult.Accepted(new Article(ArticleId.fromText(content), source, Optional.empty(),
                Optional.empty(), Optional.empty(), Cleaner.leadingHeadline(Cleaner.normalize(content)), date,
                date.isPresent() ? PublishedFrom.OVERRIDE : PublishedFrom.NONE, Optional.empty(), lang.code(), content,
                capped(problems, source)));
    }

    /** Messages may carry library text and input excerpts: cleaned here, once for every rejection. */
    static IngestResult reject(String code, String input, String message) {
        return new IngestResult.Rejected(Problem.of(code, input, Messages.clean(message)));
    }

    private static List<Problem> capped(List<Problem> all, String source) {
        List<Problem> problems = all.stream()
                .map(p -> new Problem(p.code(), Messages.clean(p.message()), p.input(), p.span())).toList();
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<Problem> kept = new ArrayList<>(problems.subList(0, MAX_PROBLEMS - 1));
        kept.add(Problem.of("ingest.problems-capped", source,
                (problems.size() - kept.size()) + " more problems not kept"));
        return kept;
    }
}
