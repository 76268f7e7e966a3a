package org.parley.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One JSON object per line: numbers as numbers, dates as {@code YYYY-MM-DD}, lists as arrays, absent as null. */
final class JsonlWriter extends RowWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator g;
    private final List<Column> columns;

    JsonlWriter(Writer out, List<Column> columns) throws IOException {
        this.g = FACTORY.createGenerator(out);
        // One line per row: the separator between root values is a newline, not a space.
        this.g.setRootValueSeparator(null);
        this.g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.columns = columns;
    }

    @Override
    void write(Object[] values) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            g.writeFieldName(columns.get(i).name());
            Object v = values[i];
            if (v == null) {
                g.writeNull();
            } else if (v instanceof Long n) {
                g.writeNumber(n);
            } else if (v instanceof Double d) {
                g.writeNumber(d);
            } else if (v instanceof List<?> list) {
                g.writeStartArray();
                for (Object o : list) {
                    g.writeString(o.toString());
                }
                g.writeEndArray();
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
        g.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        g.flush();
        g.close();
    }
}
