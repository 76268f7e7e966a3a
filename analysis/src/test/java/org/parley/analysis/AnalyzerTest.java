package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Paragraphs;
import org.parley.model.Problem;
import org.parley.model.PublishedFrom;
import org.parley.pipeline.Component;
import org.parley.pipeline.Output;
import org.parley.pipeline.Pipeline;

/** The analyzer's order, bounded window and watchdog, over a pipeline of one cheap component. */
class AnalyzerTest {

    static Article article(String text) {
        return new Article(ArticleId.fromText(text), "mem:" + text.length(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), PublishedFrom.NONE, Optional.empty(), "en", text,
                List.of());
    }

    /** Paragraphs, but an article whose text starts with "HANG" blocks until released, ignoring interruption. */
    static final class Hanging implements Component {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String name() {
            return "hanging";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public Set<Class<? extends Layer>> needs() {
            return Set.of();
        }

        @Override
        public Set<Class<? extends Layer>> adds() {
            return Set.of(Paragraphs.class);
        }

        @Override
        public Output apply(Document d) {
            if (d.text().startsWith("HANG")) {
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        // like CoreNLP: interruption is not honoured
                    }
                }
            }
            return Output.of(new Paragraphs(ParagraphsComponent.split(d.text())));
        }
    }

    @Test
    void resultsComeBackInInputOrderWhateverTheThreads() {
        Pipeline p = Pipeline.builder().add(new ParagraphsComponent()).build();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            texts.add("Article " + i + ".\n\n" + "Body ".repeat(i % 37));
        }
        List<String> out = new ArrayList<>();
        try (Analyzer a = Analysis.analyzer(p, 3)) {
            texts.forEach(t -> a.submit(Document.of(article(t)), d -> out.add(d.text())));
            a.finish(d -> out.add(d.text()));
        }
        assertThat(out).isEqualTo(texts);
    }

    @Test
    void anArticleOverTheTimeLimitIsGivenUpAndTheOthersGoOn() {
        Hanging hanging = new Hanging();
        Pipeline p = Pipeline.builder().add(hanging).build();
        List<Document> out = new ArrayList<>();
        long t0 = System.nanoTime();
        try (Analyzer a = new Analyzer(p, 1, 4, Duration.ofMillis(300))) {
            for (String t : List.of("Before.", "HANG forever.", "After one.", "After two.")) {
                a.submit(Document.of(article(t)), out::add);
            }
            a.finish(out::add);
        } finally {
            hanging.release.countDown();
        }
        assertThat(System.nanoTime() - t0).as("waited about the limit, not forever").isLessThan(5_000_000_000L);
        assertThat(out).extracting(Document::text).containsExactly("Before.", "HANG forever.", "After one.",
                "After two.");
        assertThat(out.get(1).layers()).isEmpty();
        assertThat(out.get(1).problems()).extracting(Problem::code).containsExactly("analysis.timeout");
        assertThat(out.get(1).problems().get(0).message()).contains("skipped: analysis took over");
        assertThat(out.get(2).has(Paragraphs.class)).as("a fresh worker took the runaway's place").isTrue();
        assertThat(out.get(3).has(Paragraphs.class)).isTrue();
    }

    @Test
    void aTextOverTheLengthLimitIsNotAnalysed() {
        Pipeline p = Pipeline.builder().add(new ParagraphsComponent()).maxChars(10).build();
        Document d = p.run(article("A text longer than ten chars."));
        assertThat(d.layers()).isEmpty();
        assertThat(d.problems()).extracting(Problem::code).containsExactly("analysis.too-long");
        assertThat(p.isCurrent(d.stamps(), d.article())).as("not analysed again next time").isTrue();
    }

    @Test
    void afterTooManyRunawaysTheRestPassesUnanalysedInOrder() {
        Hanging hanging = new Hanging();
        Pipeline p = Pipeline.builder().add(hanging).build();
        List<Document> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < Analyzer.MAX_ABANDONED; i++) {
            texts.add("HANG " + i);
        }
        texts.add("Submitted while the last runaway ran.");
        texts.add("After the runaways.");
        try (Analyzer a = new Analyzer(p, 1, 1, Duration.ofMillis(50))) {
            texts.forEach(t -> a.submit(Document.of(article(t)), out::add));
            a.finish(out::add);
        } finally {
            hanging.release.countDown();
        }
        assertThat(out).extracting(Document::text).isEqualTo(texts);
        assertThat(out.get(texts.size() - 2).has(Paragraphs.class)).isTrue();
        assertThat(out.get(texts.size() - 1).problems()).extracting(Problem::code).containsExactly("analysis.stopped");
        assertThat(out.get(0).problems()).extracting(Problem::code).containsExactly("analysis.timeout");
    }
}
