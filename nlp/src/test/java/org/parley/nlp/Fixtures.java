package org.parley.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.PublishedFrom;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;
import org.parley.testing.Shared;

/** Shared test helpers: one CoreNlp per JVM (the engine holder makes every build() reuse it) and articles. */
final class Fixtures {

    private static volatile CoreNlp nlp;

    private Fixtures() {
    }

    static CoreNlp nlp() {
        if (nlp == null) {
            synchronized (Fixtures.class) {
                if (nlp == null) {
                    nlp = CoreNlp.builder().build();
                }
            }
        }
        return nlp;
    }

    static Component component() {
        return nlp().component();
    }

    static Article article(String text, Optional<LocalDate> published) {
        return new Article(ArticleId.fromText(text), "test:" + ArticleId.fromText(text), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), published,
                published.isPresent() ? PublishedFrom.METADATA : PublishedFrom.NONE, Optional.empty(), "en", text, List.of());
    }

    /** A seed article as ingest would deliver it: the file text, with the date we know or none. */
    static Article seed(String prefix, Optional<LocalDate> published) {
        Path file = Shared.seed(prefix);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Article a = article(text, published);
            return new Article(a.id(), file.toString(), a.outlet(), a.agency(), a.url(), a.title(), a.published(),
                    a.publishedFrom(), a.fetched(), a.language(), a.text(), a.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Output run(Article article) {
        return component().apply(Document.of(article));
    }

    static Document analysed(Article article) {
        Output out = run(article);
        return Document.of(article).with(out.layers(), out.problems());
    }
}
