package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Problem;

/** One article per JSON line: url, title, published, text or html, outlet or source. A bad line is one rejection. */
final class JsonlReader extends Records {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DATE_FIELDS = List.of("published", "date", "published_at", "publish_date",
            "datePublished", "pubDate");

    private final InputStream in;
    private final String source;
    private final long maxBytes;
    private final Assembler assembler;
    private int line;

    JsonlReader(Path path, String source, long maxBytes, long maxRecords, Assembler assembler) throws IOException {
        super(maxRecords);
        this.in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        this.source = source;
        this.maxBytes = maxBytes;
        this.assembler = assembler;
    }

    @Override
    protected Optional<IngestResult> advance() throws IOException {
        while (true) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            long length = 0;
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                if (length++ < maxBytes) {
                    buf.write(b); // past the cap, the rest of the line is skipped, not kept
                }
            }
            if (b == -1 && length == 0) {
                finish();
                return Optional.empty();
            }
            line++;
            if (length > maxBytes) {
                return Optional.of(Assembler.reject("input.too-large", current(),
                        "the line is " + length + " bytes, over the maxBytes limit of " + maxBytes + " bytes; skipped"));
            }
            String text = new String(buf.toByteArray(), StandardCharsets.UTF_8).strip();
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isEmpty()) {
                return Optional.of(record(text));
            }
        }
    }

    private IngestResult record(String text) {
        String where = current();
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return Assembler.reject("jsonl.bad-line", where, "not valid JSON (" + e.getOriginalMessage() + ") in the line "
                    + Messages.quote(text));
        }
        if (node == null || !node.isObject()) {
            return Assembler.reject("jsonl.bad-line", where, "the line is not a JSON object");
        }
        Optional<String> body = string(node, "text");
        Optional<String> html = string(node, "html");
        if (body.isEmpty() && html.isEmpty()) {
            return Assembler.reject("jsonl.bad-line", where, "the object has neither a 'text' nor an 'html' string");
        }
        Optional<String> url = string(node, "url");
        List<Problem> problems = new ArrayList<>();
        List<Dates.Hint> dates = new ArrayList<>();
        for (String f : DATE_FIELDS) {
            string(node, f).ifPresent(v -> dates.add(new Dates.Hint(v, "the '" + f + "' field")));
        }
        Optional<Instant> fetched = string(node, "fetched").flatMap(v -> instant(v, where, problems));
        Optional<String> title = string(node, "title");
        Optional<String> outlet = string(node, "outlet").or(() -> string(node, "source"));
        if (body.isPresent()) {
            return assembler.finish(new Draft(where, url, title, outlet, dates, body.get(), fetched, problems, false));
        }
        Html.Page page = Html.page(html.get(), url);
        List<Dates.Hint> all = new ArrayList<>(dates); // the line's own fields first, then the page's markup
        all.addAll(page.dates());
        return assembler.finish(new Draft(where, url.or(page::url), title.or(page::title), outlet.or(page::outlet),
                all, page.body(), fetched, problems, true));
    }

    private static Optional<Instant> instant(String v, String where, List<Problem> problems) {
        try {
            Instant i = Instant.parse(v.strip());
            if (Dates.plausible(i)) {
                return Optional.of(i);
            }
            problems.add(Problem.of("date.impossible", where, "the 'fetched' field " + Messages.quote(v)
                    + " is not a plausible date; not used as the fetch time"));
        } catch (DateTimeParseException e) {
            problems.add(Problem.of("date.malformed", where, "the 'fetched' field " + Messages.quote(v)
                    + " is not an ISO instant"));
        }
        return Optional.empty();
    }

    private static Optional<String> string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }

    @Override
    protected String current() {
        return source + "#line=" + line;
    }

    @Override
    protected String input() {
        return source;
    }

    @Override
    protected IngestResult nothingRead() {
        return Assembler.reject("input.empty", source, "the file has no JSON lines, only blank ones");
    }

    @Override
    protected void skipBroken() {
        // lines are independent: the next advance() reads the next line
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
