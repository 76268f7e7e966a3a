package org.parley.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.model.Layer;
import org.parley.model.Span;

/**
 * The one place that maps a layer's record type to JSON: writing (for the store and for the analysis JSON),
 * reading back, and the JSON Schema. All three walk the same record components with the same rules, so they
 * cannot disagree, and a new layer needs no code here.
 *
 * <p>Rules: strings, numbers, booleans as such; enums by name; {@code LocalDate} and {@code Instant} in ISO-8601;
 * {@code List} as an array; {@code Optional} as its value or null; {@code Map<String, T>} as an object with sorted
 * keys; a record as an object of its components in declaration order. A {@link Span} is {@code {start, end}} plus
 * {@code text} when the article text is given (the analysis JSON); a component named {@code span} of type Span is
 * flattened into its record's object, so a mention reads {@code {start, end, text, kind}}. A layer whose only
 * component is a list is written as that list.
 */
final class Shapes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Per record class: its components, their accessors and its canonical constructor, looked up once. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private record Shape(RecordComponent[] components, Method[] accessors, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record; layers and their items must be");
            }
            RecordComponent[] cs = type.getRecordComponents();
            Method[] accessors = new Method[cs.length];
            Class<?>[] params = new Class<?>[cs.length];
            for (int i = 0; i < cs.length; i++) {
                accessors[i] = cs[i].getAccessor();
                accessors[i].setAccessible(true);
                params[i] = cs[i].getType();
            }
            try {
                Constructor<?> ctor = type.getDeclaredConstructor(params);
                ctor.setAccessible(true);
                return new Shape(cs, accessors, ctor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
            }
        }

        boolean flattenedSpan(int i) {
            return components[i].getName().equals("span") && components[i].getType() == Span.class;
        }
    }

    private Shapes() {
    }

    /** The list a single-list layer is written as, or empty for a layer of another shape. */
    static Optional<Integer> listIndex(Class<? extends Layer> type) {
        RecordComponent[] cs = SHAPES.get(type).components();
        return cs.length == 1 && cs[0].getType() == List.class ? Optional.of(0) : Optional.empty();
    }

    static Object component(Record record, int i) {
        return get(SHAPES.get(record.getClass()), i, record);
    }

    // ---- writing ----

    /** Writes a layer; {@code text} non-null adds each span's text (analysis JSON), null leaves it out (store). */
    static void writeLayer(JsonGenerator g, Layer layer, String text) throws IOException {
        Shape shape = SHAPES.get(layer.getClass());
        if (listIndex(layer.getClass()).isPresent()) {
            write(g, get(shape, 0, layer), shape.components()[0].getGenericType(), text);
        } else {
            write(g, layer, layer.getClass(), text);
        }
    }

    static void write(JsonGenerator g, Object value, Type type, String text) throws IOException {
        Class<?> raw = raw(type);
        if (value == null) {
            g.writeNull();
        } else if (raw == Optional.class) {
            Optional<?> o = (Optional<?>) value;
            if (o.isPresent()) {
                write(g, o.get(), arg(type, 0), text);
            } else {
                g.writeNull();
            }
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            g.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof LocalDate || value instanceof Instant) {
            g.writeString(value.toString());
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            Type item = arg(type, 0);
            for (Object o : list) {
                write(g, o, item, text);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            Type item = arg(type, 1);
            for (Map.Entry<?, ?> e : new TreeMap<>(map).entrySet()) {
                g.writeFieldName(e.getKey().toString());
                write(g, e.getValue(), item, text);
            }
            g.writeEndObject();
        } else if (value instanceof Span s) {
            g.writeStartObject();
            spanFields(g, s, text);
            g.writeEndObject();
        } else if (value instanceof Record) {
            Shape shape = SHAPES.get(value.getClass());
            g.writeStartObject();
            for (int i = 0; i < shape.components().length; i++) {
                Object v = get(shape, i, value);
                if (shape.flattenedSpan(i)) {
                    spanFields(g, (Span) v, text);
                } else {
                    g.writeFieldName(shape.components()[i].getName());
                    write(g, v, shape.components()[i].getGenericType(), text);
                }
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("a layer cannot hold a " + value.getClass().getName()
                    + "; use strings, numbers, enums, dates, spans, lists, optionals, maps or records of those");
        }
    }

    private static void spanFields(JsonGenerator g, Span s, String text) throws IOException {
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        if (text != null) {
            g.writeStringField("text", s.of(text));
        }
    }

    private static Object get(Shape shape, int i, Object record) {
        try {
            return shape.accessors()[i].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("reading " + shape.components()[i], e);
        }
    }

    // ---- reading ----

    static <L extends Layer> L readLayer(Class<L> type, JsonNode node) {
        if (listIndex(type).isPresent()) {
            return type.cast(construct(SHAPES.get(type), new Object[] {
                read(node, SHAPES.get(type).components()[0].getGenericType())}));
        }
        return type.cast(read(node, type));
    }

    static Object read(JsonNode node, Type type) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return node == null || node.isNull() ? Optional.empty() : Optional.of(read(node, arg(type, 0)));
        }
        if (node == null || node.isNull()) {
            if (raw.isPrimitive()) {
                throw new IllegalArgumentException("missing value for " + type.getTypeName());
            }
            return null;
        }
        if (raw == String.class) {
            return node.asText();
        } else if (raw == int.class || raw == Integer.class) {
            return node.intValue();
        } else if (raw == long.class || raw == Long.class) {
            return node.longValue();
        } else if (raw == double.class || raw == Double.class) {
            return node.doubleValue();
        } else if (raw == float.class || raw == Float.class) {
            return node.floatValue();
        } else if (raw == boolean.class || raw == Boolean.class) {
            return node.booleanValue();
        } else if (raw.isEnum()) {
            return enumValue(raw, node.asText());
        } else if (raw == LocalDate.class) {
            return LocalDate.parse(node.asText());
        } else if (raw == Instant.class) {
            return Instant.parse(node.asText());
        } else if (raw == List.class) {
            var out = new ArrayList<>(node.size());
            Type item = arg(type, 0);
            node.forEach(n -> out.add(read(n, item)));
            return List.copyOf(out);
        } else if (raw == Map.class) {
            var out = new TreeMap<String, Object>();
            Type item = arg(type, 1);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                out.put(e.getKey(), read(e.getValue(), item));
            }
            return out;
        } else if (raw == Span.class) {
            return new Span(node.get("start").intValue(), node.get("end").intValue());
        } else if (raw.isRecord()) {
            Shape shape = SHAPES.get(raw);
            Object[] args = new Object[shape.components().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = shape.flattenedSpan(i) ? new Span(node.get("start").intValue(), node.get("end").intValue())
                        : read(node.get(shape.components()[i].getName()), shape.components()[i].getGenericType());
            }
            return construct(shape, args);
        }
        throw new IllegalArgumentException("a layer cannot hold a " + type.getTypeName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Object construct(Shape shape, Object[] args) {
        try {
            return shape.constructor().newInstance(args);
        } catch (InvocationTargetException e) {
            // The record's own checks refused the values: the stored JSON does not fit the record any more.
            throw new IllegalArgumentException(shape.constructor().getDeclaringClass().getSimpleName() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- schema ----

    static JsonNode layerSchema(Class<? extends Layer> type) {
        if (listIndex(type).isPresent()) {
            return schema(SHAPES.get(type).components()[0].getGenericType());
        }
        return schema(type);
    }

    static ObjectNode schema(Type type) {
        Class<?> raw = raw(type);
        ObjectNode s = NODES.objectNode();
        if (raw == Optional.class) {
            ArrayNode any = s.putArray("anyOf");
            any.add(schema(arg(type, 0)));
            any.addObject().put("type", "null");
        } else if (raw == String.class) {
            s.put("type", "string");
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            s.put("type", "integer");
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            s.put("type", "number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            s.put("type", "boolean");
        } else if (raw.isEnum()) {
            ArrayNode values = s.putArray("enum");
            for (Object c : raw.getEnumConstants()) {
                values.add(((Enum<?>) c).name());
            }
        } else if (raw == LocalDate.class) {
            s.put("type", "string").put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
        } else if (raw == Instant.class) {
            s.put("type", "string").put("format", "date-time");
        } else if (raw == List.class) {
            s.put("type", "array").set("items", schema(arg(type, 0)));
        } else if (raw == Map.class) {
            s.put("type", "object").set("additionalProperties", schema(arg(type, 1)));
        } else if (raw == Span.class) {
            objectSchema(s);
            spanSchema(s);
        } else if (raw.isRecord()) {
            objectSchema(s);
            Shape shape = SHAPES.get(raw);
            for (int i = 0; i < shape.components().length; i++) {
                if (shape.flattenedSpan(i)) {
                    spanSchema(s);
                } else {
                    String name = shape.components()[i].getName();
                    ((ObjectNode) s.get("properties")).set(name, schema(shape.components()[i].getGenericType()));
                    ((ArrayNode) s.get("required")).add(name);
                }
            }
        } else {
            throw new IllegalArgumentException("a layer cannot hold a " + type.getTypeName());
        }
        return s;
    }

    private static void objectSchema(ObjectNode s) {
        s.put("type", "object");
        s.putObject("properties");
        s.putArray("required");
        s.put("additionalProperties", false);
    }

    private static void spanSchema(ObjectNode s) {
        ObjectNode props = (ObjectNode) s.get("properties");
        props.putObject("start").put("type", "integer").put("minimum", 0);
        props.putObject("end").put("type", "integer").put("minimum", 0);
        props.putObject("text").put("type", "string");
        ((ArrayNode) s.get("required")).add("start").add("end").add("text");
    }

    // ---- types ----

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type in a layer: " + type.getTypeName());
    }

    private static Type arg(Type type, int i) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[i];
        }
        throw new IllegalArgumentException("a layer's " + type.getTypeName() + " needs its type argument");
    }
}
