package org.parley.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as ingest delivers it: facts about the document and its clean text.
 * All offsets in later layers index {@link #text()}.
 *
 * <p>Headlines carry statements too, so they are analysed with the body: when the article has a title, ingest
 * writes {@code text} as the title, a blank line ({@code "\n\n"}), then the body, and does not repeat the title
 * when the body already began with it. {@link #headline()} is the title's span in {@code text} and {@link #body()}
 * the rest; both are computed from {@code title} and {@code text}, so every layer indexes the one string. Raw
 * input ({@code --raw}) keeps the file as it is: there the headline is found only when the file itself begins
 * with the title and a blank line.
 *
 * @param id            stable id: from the normalized URL, else from the normalized body ({@link ArticleId}), so
 *                      the id did not change when the headline joined the text
 * @param source        where it was read: a path, a URL, or a record inside one
 * @param outlet        the publisher of the page or feed, from its metadata, when known
 * @param agency        the wire service named in the dateline ("/TASS/", "(Reuters)"), kept apart from the outlet
 *                      because counting independent sources needs both: a reprint of one agency counts once
 * @param published     publication date, empty when it could not be found without guessing
 * @param publishedFrom how {@code published} was found
 * @param fetched       when the input was fetched (HTTP, WARC-Date), when known; not part of what the article says
 * @param language      ISO 639-1 code of the body's language, or "und"
 * @param title         the headline, when known
 * @param text          the headline (when there is a title), a blank line, and the clean body: no navigation,
 *                      disclaimers, translation notices
 * @param problems      what ingest noticed about this input (repairs, guesses, flags)
 */
public record Article(
        String id,
        String source,
        Optional<String> outlet,
        Optional<String> agency,
        Optional<String> url,
        Optional<String> title,
        Optional<LocalDate> published,
        PublishedFrom publishedFrom,
        Optional<Instant> fetched,
        String language,
        String text,
        List<Problem> problems) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedFrom, "publishedFrom");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        problems = List.copyOf(problems);
        if (published.isPresent() == (publishedFrom == PublishedFrom.NONE)) {
            throw new IllegalArgumentException(
                    "article " + id + ": published=" + published + " contradicts publishedFrom=" + publishedFrom);
        }
        for (Problem p : problems) {
            p.span().ifPresent(s -> {
                if (s.end() > text.length()) {
                    throw new IllegalArgumentException("problem " + p.code() + " span " + s + " exceeds text");
                }
            });
        }
    }

    /** Between the headline and the body in {@link #text()}. */
    public static final String HEADLINE_BREAK = "\n\n";

    /**
     * The title's span at the start of {@link #text()}: present exactly when the text is the title, or begins with
     * it followed by a blank line ({@link #HEADLINE_BREAK}).
     */
    public Optional<Span> headline() {
        return title.filter(t -> !t.isEmpty() && (text.equals(t) || text.startsWith(t)
                        && text.startsWith(HEADLINE_BREAK, t.length())))
                .map(t -> new Span(0, t.length()));
    }

    /** The text after the headline and its blank line; all of the text when there is no headline. */
    public Span body() {
        return headline().map(h -> new Span(Math.min(text.length(), h.end() + HEADLINE_BREAK.length()), text.length()))
                .orElseGet(() -> new Span(0, text.length()));
    }

    /** The characters of {@link #body()}. */
    public String bodyText() {
        return body().of(text);
    }

    public boolean isEnglish() {
        return "en".equals(language);
    }

    public Article withPublished(LocalDate date, PublishedFrom from) {
        return new Article(id, source, outlet, agency, url, title, Optional.of(date), from, fetched, language, text,
                problems);
    }

    /**
     * The same article, read again: equal in everything the article says, whatever path spelling or fetch time it
     * was read under. Re-reading it needs no new analysis.
     */
    public boolean sameContent(Article other) {
        return id.equals(other.id) && outlet.equals(other.outlet) && agency.equals(other.agency)
                && url.equals(other.url) && title.equals(other.title) && published.equals(other.published)
                && publishedFrom == other.publishedFrom && language.equals(other.language) && text.equals(other.text)
                && codes(problems).equals(codes(other.problems));
    }

    /** Problems compared without the input name they carry, which follows the path spelling. */
    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + "\u0000" + p.message() + "\u0000" + p.span()).toList();
    }

    public Article withProblems(List<Problem> more) {
        var all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Article(id, source, outlet, agency, url, title, published, publishedFrom, fetched, language, text,
                all);
    }
}
