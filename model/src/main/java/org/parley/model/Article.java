package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as ingest delivers it: facts about the document and its clean body text.
 * All offsets in later layers index {@link #text()}.
 *
 * @param id            stable id: from the normalized URL, else from the normalized text ({@link ArticleId})
 * @param source        where it was read: a path, a URL, or a record inside one
 * @param outlet        the publisher, e.g. "TASS", when known
 * @param published     publication date, empty when it could not be found without guessing
 * @param publishedFrom how {@code published} was found
 * @param language      ISO 639-1 code of the body's language, or "und"
 * @param text          the clean body: no navigation, disclaimers, translation notices
 * @param problems      what ingest noticed about this input (repairs, guesses, flags)
 */
public record Article(
        String id,
        String source,
        Optional<String> outlet,
        Optional<String> url,
        Optional<String> title,
        Optional<LocalDate> published,
        PublishedFrom publishedFrom,
        String language,
        String text,
        List<Problem> problems) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outlet, "outlet");
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

    public boolean isEnglish() {
        return "en".equals(language);
    }

    public Article withPublished(LocalDate date, PublishedFrom from) {
        return new Article(id, source, outlet, url, title, Optional.of(date), from, language, text, problems);
    }

    public Article withProblems(List<Problem> more) {
        var all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Article(id, source, outlet, url, title, published, publishedFrom, language, text, all);
    }
}
