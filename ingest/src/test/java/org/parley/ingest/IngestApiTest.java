package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.ingest.Fixtures.BODY;
import static org.parley.ingest.Fixtures.codes;
import static org.parley.ingest.Fixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.PublishedFrom;

class IngestApiTest {

    @TempDir
    Path dir;

    @Test
    void builderChecksEachOptionWhenSet() {
        assertThatThrownBy(() -> Ingest.builder().maxBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBytes");
        assertThatThrownBy(() -> Ingest.builder().maxBytes(10).maxBytes(20)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already set to 10");
        assertThatThrownBy(() -> Ingest.builder().httpTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ingest.builder().languages("en", "xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'xx'");
        assertThatThrownBy(() -> Ingest.builder().languages("en")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two");
        assertThatThrownBy(() -> Ingest.builder().dct(LocalDate.of(2025, 1, 1)).dct(LocalDate.of(2025, 1, 2)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void restrictedLanguages() {
        Ingest ingest = Ingest.builder().languages("en", "ru").build();
        assertThat(Fixtures.one(ingest, write(dir, "ru.txt", Fixtures.RUSSIAN).toString()).language()).isEqualTo("ru");
        assertThat(Fixtures.one(ingest, write(dir, "en.txt", BODY).toString()).language()).isEqualTo("en");
    }

    @Test
    void rawKeepsTheFileContentSoOffsetsIndexIt() {
        String content = "Skip to main content\r\n" + Fixtures.TITLE + "\r\n\r\n" + Fixtures.P1 + "\r\nLeave a Reply\r\n";
        byte[] withBom = ("\uFEFF" + content).getBytes(StandardCharsets.UTF_8);
        Path p = write(dir, "raw.txt", withBom);
        Ingest ingest = Ingest.builder().build();
        Article a = ((IngestResult.Accepted) ingest.readRaw(p, Optional.empty())).article();
        assertThat(a.text()).isEqualTo(content);
        assertThat(a.id()).isEqualTo(ArticleId.fromText(content));
        assertThat(a.published()).isEmpty();
        assertThat(codes(a)).containsExactly("date.not-found");
        assertThat(a.language()).isEqualTo("en");

        Article dated = ((IngestResult.Accepted) ingest.readRaw(p, Optional.of(LocalDate.of(2025, 5, 16)))).article();
        assertThat(dated.published()).contains(LocalDate.of(2025, 5, 16));
        assertThat(dated.publishedFrom()).isEqualTo(PublishedFrom.OVERRIDE);
        assertThat(dated.problems()).isEmpty();

        assertThat(ingest.readRaw(dir.resolve("missing.txt"), Optional.empty()))
                .isInstanceOfSatisfying(IngestResult.Rejected.class,
                        r -> assertThat(r.problem().code()).isEqualTo("input.not-found"));
        assertThat(ingest.readRaw(write(dir, "empty.txt", ""), Optional.empty()))
                .isInstanceOfSatisfying(IngestResult.Rejected.class,
                        r -> assertThat(r.problem().code()).isEqualTo("input.empty"));
    }
}
