package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.pipeline.Output;
import org.parley.testing.Shared;

/**
 * The component runs on one loaded pipeline from several worker threads. Annotating the seeds from 2 threads
 * (each document several times, interleaved) must give exactly the single-thread output.
 */
class ConcurrencyTest {

    @Test
    void twoThreadsGiveTheSingleThreadResults() throws Exception {
        List<Article> articles = new ArrayList<>();
        for (Path seed : Shared.seeds()) {
            String prefix = seed.getFileName().toString().substring(0, 3);
            // different document dates so a date leaking between threads would change values
            articles.add(Fixtures.seed(prefix, Optional.of(LocalDate.of(2023, 1, 10 + articles.size()))));
        }
        List<Output> expected = articles.stream().map(Fixtures::run).toList();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Output>> futures = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < articles.size(); i++) {
                    int index = round == 0 ? i : articles.size() - 1 - i; // reversed, to pair different docs
                    Article a = articles.get(index);
                    order.add(index);
                    futures.add(pool.submit(() -> Fixtures.run(a)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).as("article " + order.get(k)).isEqualTo(expected.get(order.get(k)));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
