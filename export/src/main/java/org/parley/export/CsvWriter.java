package org.parley.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV with a header row: fields with a comma, quote or line break are quoted, list values are joined with
 * {@value #JOIN}. Text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) gets
 * a leading apostrophe: article text is written by strangers, and an export must not run their formulas.
 */
final class CsvWriter extends RowWriter {

    static final String JOIN = " | ";

    private final Writer out;
    private final List<Column> columns;

    CsvWriter(Writer out, List<Column> columns) throws IOException {
        this.out = out;
        this.columns = columns;
        for (int i = 0; i < columns.size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(field(columns.get(i).name()));
        }
        out.write("\r\n");
    }

    @Override
    void write(Object[] values) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            out.write(i == 0 ? "" : ",");
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String s = v instanceof List<?> list ? String.join(JOIN, list.stream().map(Object::toString).toList())
                    : v.toString();
            if (columns.get(i).kind() == Column.Kind.TEXT || columns.get(i).kind() == Column.Kind.TEXTS) {
                s = defused(s);
            }
            out.write(field(s));
        }
        out.write("\r\n");
    }

    static String defused(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    static String field(String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
