package org.parley.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Writes API responses: records as objects, Optional as its value or null, dates in ISO-8601. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SimpleModule("parley")
            .addSerializer(LocalDate.class, ToStringSerializer.instance)
            .addSerializer(Instant.class, ToStringSerializer.instance)
            .addSerializer(Optional.class, new OptionalSerializer()));

    private Json() {
    }

    static void send(Context ctx, Object body) {
        send(ctx, write(body));
    }

    static void send(Context ctx, String json) {
        ctx.contentType("application/json; charset=utf-8").result(json);
    }

    static String write(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getName() + " as JSON", e);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class OptionalSerializer extends JsonSerializer<Optional> {
        @Override
        public void serialize(Optional value, JsonGenerator g, SerializerProvider p) throws IOException {
            if (value.isPresent()) {
                p.defaultSerializeValue(value.get(), g);
            } else {
                g.writeNull();
            }
        }
    }
}
