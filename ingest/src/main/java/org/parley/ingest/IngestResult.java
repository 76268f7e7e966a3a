package org.parley.ingest;

import java.util.Objects;
import org.parley.model.Article;
import org.parley.model.Problem;

/** What one input (or one record inside it) became: an article, or the one reason it could not be one. */
public sealed interface IngestResult permits IngestResult.Accepted, IngestResult.Rejected {

    /** The input or record this result is about, e.g. {@code feed.xml#item=2}. */
    String source();

    /** An article; what ingest repaired, guessed or flagged is in {@link Article#problems()}. */
    record Accepted(Article article) implements IngestResult {
        public Accepted {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /** No article: {@link Problem#line()} is the one line a user sees. */
    record Rejected(Problem problem) implements IngestResult {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public String source() {
            return problem.input();
        }
    }
}
