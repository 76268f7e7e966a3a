package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.json.LayerCodec;
import org.parley.model.Layer;
import org.parley.model.Problem;
import org.parley.model.Span;
import org.parley.model.Step;

/**
 * SHA-256 over a deterministic serialisation of everything the store keeps about a document, so re-running the
 * pipeline over the same input yields the same fingerprint.
 * Every value is length-prefixed or tagged, so no two different documents serialise alike.
 */
final class Fingerprint {

    /** Bump when the serialisation changes; every stored article then counts as UPDATED once. */
    private static final String FORMAT = "parley-store-fingerprint-2";

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    static String of(Document doc) {
        Fingerprint f = new Fingerprint();
        f.string(FORMAT);
        Article a = doc.article();
        f.string(a.id());
        f.string(a.source());
        f.optional(a.outlet());
        f.optional(a.agency());
        f.optional(a.url());
        f.optional(a.title());
        f.optional(a.published().map(Object::toString));
        f.string(a.publishedFrom().name());
        f.optional(a.fetched().map(Object::toString));
        f.string(a.language());
        f.string(a.text());
        f.problems("ingest", a.problems());
        f.integer(doc.steps().size());
        for (Step step : doc.steps()) {
            f.string(step.stamp().component());
            f.string(step.stamp().version());
            f.integer(step.layers().size());
            for (Layer layer : step.layers()) {
                // The stored form: deterministic, and the same bytes the layers table gets.
                f.string(layer.getClass().getName());
                f.string(LayerCodec.encode(layer));
            }
            f.problems("step", step.problems());
        }
        return HexFormat.of().formatHex(f.digest.digest());
    }

    private void problems(String origin, List<Problem> problems) {
        string(origin);
        integer(problems.size());
        for (Problem p : problems) {
            string(p.code());
            string(p.message());
            string(p.input());
            flag(p.span().isPresent());
            p.span().ifPresent(this::span);
        }
    }

    private void span(Span s) {
        integer(s.start());
        integer(s.end());
    }

    private void optional(Optional<String> value) {
        flag(value.isPresent());
        value.ifPresent(this::string);
    }

    private void string(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        integer(bytes.length);
        digest.update(bytes);
    }

    private void flag(boolean b) {
        digest.update((byte) (b ? 1 : 0));
    }

    private void integer(int i) {
        digest.update(new byte[] {(byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i});
    }
}
