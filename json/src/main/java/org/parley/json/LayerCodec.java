package org.parley.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.parley.model.Layer;

/**
 * Stores any layer as compact JSON and reads it back, by the rules of {@link Shapes}: the store keeps layers with
 * this, so adding a layer needs no table, column or code in the store. The encoding is deterministic (components
 * in declaration order, map keys sorted), so it also serves the store's content fingerprint.
 */
public final class LayerCodec {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LayerCodec() {
    }

    public static String encode(Layer layer) {
        var out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            Shapes.writeLayer(g, layer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Any record of the shapes a layer may hold (a cross-article {@code TimelineEvent}, say) as compact JSON, by the
     * same rules as layers, so derived data beside the layers needs no codec of its own either.
     */
    public static String encodeRecord(Record value) {
        var out = new StringWriter(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            Shapes.write(g, value, value.getClass(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    /**
     * Reads a record written by {@link #encodeRecord}.
     *
     * @throws IllegalArgumentException when the JSON does not fit the record
     */
    public static <R extends Record> R decodeRecord(Class<R> type, String json) {
        try {
            return type.cast(Shapes.read(MAPPER.readTree(json), type));
        } catch (IOException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not valid JSON: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " does not fit its record: " + e.getMessage(),
                    e);
        }
    }

    /** How many items a layer holds: its list's size for a single-list layer, else 1. For summaries. */
    public static int size(Layer layer) {
        return Shapes.listIndex(layer.getClass()).isPresent() ? ((java.util.List<?>) Shapes.component((Record) layer, 0)).size()
                : 1;
    }

    /**
     * Reads a layer written by {@link #encode}.
     *
     * @throws IllegalArgumentException when the JSON does not fit the record (a layer's shape changed)
     */
    public static <L extends Layer> L decode(Class<L> type, String json) {
        try {
            return Shapes.readLayer(type, MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("layer " + Layer.nameOf(type) + " is not valid JSON: " + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("layer " + Layer.nameOf(type) + " does not fit its record: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The layer type stored under this class name.
     *
     * @throws IllegalArgumentException when no such record layer is on the class path
     */
    public static Class<? extends Layer> type(String className) {
        try {
            Class<?> c = Class.forName(className, false, LayerCodec.class.getClassLoader());
            if (!Layer.class.isAssignableFrom(c) || !c.isRecord()) {
                throw new IllegalArgumentException(className + " is not a layer record");
            }
            return c.asSubclass(Layer.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no layer type " + className + " in this Parley", e);
        }
    }
}
