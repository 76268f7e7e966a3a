package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.analysis.Analysis;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.PublishedFrom;
import org.parley.model.Statement;
import org.parley.model.Statements;
import org.parley.pipeline.Pipeline;
import org.parley.testing.Shared;

/**
 * What the five seed articles say, as we read them: who (a word of the speaker's name) said what (a few words of
 * the content). At least 90% must be found with the right speaker by the default pipeline.
 */
class SeedStatementsTest {

    record Said(String seed, String speaker, String... words) {
    }

    static final List<Said> SAID = List.of(
            new Said("000", "Glaz", "close to signing peace"),
            new Said("000", "Glaz", "reliable sources"),
            new Said("000", "Glaz", "Zelensky received a message"),
            new Said("000", "Glaz", "stopping the bloodshed"),
            new Said("000", "Glaz", "documents were already ready"),
            new Said("000", "Glaz", "no conditions for the resumption"),
            new Said("000", "Vershinin", "ready for negotiations", "preconditions"),
            new Said("000", "Polyansky", "not interested in peace"),
            new Said("000", "Polyansky", "push back the prospects"),
            new Said("001", "Zakharova", "blocked negotiations"),
            new Said("001", "Zakharova", "did not refuse the offer"),
            new Said("001", "Putin", "another Russian leader"),
            new Said("001", "Macron", "not refuse negotiations"),
            new Said("001", "Peskov", "no prospects for dialogue"),
            new Said("001", "Peskov", "political will"),
            new Said("001", "Zelensky", "territorial concessions"),
            new Said("001", "Zelensky", "did not trust him"),
            new Said("001", "Medvedev", "head of the Ukrainian state"),
            new Said("001", "Medvedev", "price of the paper"),
            new Said("001", "Zelensky", "did not plan to implement"),
            new Said("001", "Zelensky", "concession to Russia"),
            new Said("001", "Zelensky", "Crimea was not included"),
            new Said("002", "Grushko", "real desire for peace"),
            new Said("002", "Ryzhenkov", "offered its territory"),
            new Said("002", "Ryzhenkov", "Minsk proceeds from the assumption"),
            new Said("002", "Lavrov", "grateful to our Belarusian friends"),
            new Said("002", "Gaidukevich", "ideal platform"),
            new Said("002", "Gaidukevich", "positive attitude towards Belarus"),
            new Said("002", "Gaidukevich", "political elite of Ukraine"),
            new Said("002", "Peskov", "trailers with bodies"),
            new Said("002", "Zelensky", "not authorized to discuss"),
            new Said("002", "Zelensky", "humanitarian issues"),
            new Said("002", "Asafov", "provocations"),
            new Said("003", "Lavrov", "ordered the suspension"),
            new Said("003", "Lavrov", "no reason why the conversation"),
            new Said("003", "Lavrov", "did not develop as fast"),
            new Said("003", "Lavrov", "did not plan to retaliate"),
            new Said("003", "Lavrov", "draft peace agreement"),
            new Said("003", "Arakhamia", "looked promising"),
            new Said("003", "Zelensky", "preparing for a new attack"),
            new Said("004", "Putin", "rejected peace talks on US instructions"),
            new Said("004", "Putin", "ready for talks"),
            new Said("004", "Putin", "never rejected peace talks"),
            new Said("004", "Putin", "direct instructions from London"),
            new Said("004", "Arakhamia", "reject Moscow"));

    @Test
    void atLeastNinetyPercentOfWhatTheSeedsSayIsFoundWithTheRightSpeaker() throws Exception {
        Pipeline pipeline = Analysis.pipeline();
        List<String> missed = new ArrayList<>();
        String current = null;
        List<Statement> statements = List.of();
        String text = null;
        for (Said said : SAID) {
            if (!said.seed().equals(current)) {
                current = said.seed();
                text = Files.readString(Shared.seed(current));
                Document d = pipeline.run(article(text));
                statements = d.get(Statements.class).items();
            }
            String t = text;
            boolean found = statements.stream().anyMatch(s -> s.speaker()
                    .map(sp -> sp.name().toLowerCase(Locale.ROOT).contains(said.speaker().toLowerCase(Locale.ROOT)))
                    .orElse(false)
                    && List.of(said.words()).stream().allMatch(w -> s.content().stream()
                            .anyMatch(c -> c.of(t).contains(w))));
            if (!found) {
                missed.add(said.seed() + " " + said.speaker() + ": " + String.join(" / ", said.words()));
            }
        }
        double found = 1.0 - (double) missed.size() / SAID.size();
        assertThat(found).as("found with the right speaker; missed: %s", missed).isGreaterThanOrEqualTo(0.9);
    }

    private static Article article(String text) {
        return new Article("seed", "seed", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2025, 6, 1)), PublishedFrom.OVERRIDE, Optional.empty(), "en", text,
                List.of());
    }
}
