package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Mentions;
import org.parley.model.Problem;
import org.parley.model.Stamp;
import org.parley.model.Step;
import org.parley.model.Timex;
import org.parley.model.TimexType;
import org.parley.model.Timexes;

class FingerprintTest {

    @Test
    void sameContentSameFingerprint() {
        assertThat(Fingerprint.of(Docs.istanbul())).isEqualTo(Fingerprint.of(Docs.istanbul())).hasSize(64);
    }

    @Test
    void everyStoredDifferenceChangesIt() {
        Document base = Docs.istanbul();
        Article a = base.article();
        var layers = List.copyOf(base.layers().values());
        List<Document> variants = List.of(
                Document.of(new Article(a.id(), a.source() + "x", a.outlet(), a.agency(), a.url(), a.title(), a.published(),
                        a.publishedFrom(), a.fetched(), a.language(), a.text(), a.problems())).with(layers, base.problems()),
                Document.of(new Article(a.id(), a.source(), Optional.empty(), Optional.empty(), a.url(), a.title(), a.published(),
                        a.publishedFrom(), a.fetched(), a.language(), a.text(), a.problems())).with(layers, base.problems()),
                Document.of(new Article(a.id(), a.source(), a.outlet(), a.agency(), a.url(), Optional.of(""), a.published(),
                        a.publishedFrom(), a.fetched(), a.language(), a.text(), a.problems())).with(layers, base.problems()),
                Document.of(new Article(a.id(), a.source(), a.outlet(), a.agency(), a.url(), a.title(), a.published(),
                        a.publishedFrom(), a.fetched(), "uk", a.text(), a.problems())).with(layers, base.problems()),
                Document.of(new Article(a.id(), a.source(), a.outlet(), a.agency(), a.url(), a.title(), a.published(),
                        a.publishedFrom(), a.fetched(), a.language(), a.text() + " ", a.problems())).with(layers, base.problems()),
                // The same problem moved from ingest to pipeline is a different document.
                Document.of(new Article(a.id(), a.source(), a.outlet(), a.agency(), a.url(), a.title(), a.published(),
                        a.publishedFrom(), a.fetched(), a.language(), a.text(), List.of()))
                        .with(layers, concat(a.problems(), base.problems())),
                Document.of(a).with(List.of(base.get(Mentions.class)), base.problems()),
                Document.of(a).with(List.of(base.get(Mentions.class), new Timexes(List.of())), base.problems()),
                Document.of(a).with(List.of(base.get(Mentions.class), new Timexes(base.get(Timexes.class).items()
                        .stream().map(t -> new Timex(t.span(), TimexType.DATE, t.value())).toList())), base.problems()),
                Document.of(a).with(layers, List.of()),
                new Document(a, List.of(new Step(new Stamp("nlp", "2"), layers, base.problems()))),
                new Document(new Article(a.id(), a.source(), a.outlet(), Optional.empty(), a.url(), a.title(),
                        a.published(), a.publishedFrom(), a.fetched(), a.language(), a.text(), a.problems()),
                        base.steps()),
                new Document(new Article(a.id(), a.source(), a.outlet(), a.agency(), a.url(), a.title(),
                        a.published(), a.publishedFrom(), Optional.empty(), a.language(), a.text(), a.problems()),
                        base.steps()));
        var seen = new HashSet<String>();
        seen.add(Fingerprint.of(base));
        for (Document v : variants) {
            assertThat(seen.add(Fingerprint.of(v))).as("variant %s", v).isTrue();
        }
    }

    @Test
    void anEmptyLayerDiffersFromNoLayer() {
        Article a = Docs.riyadhUndated().article();
        assertThat(Fingerprint.of(Document.of(a)))
                .isNotEqualTo(Fingerprint.of(Document.of(a).with(List.of(new Mentions(List.of())), List.of())));
    }

    private static List<Problem> concat(List<Problem> a, List<Problem> b) {
        var out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
