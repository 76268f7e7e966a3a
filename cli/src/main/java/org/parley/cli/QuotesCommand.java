package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley quotes}: statements across the stored articles, by speaker and date. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Who said what across the stored articles: each statement with its date (when it was said"
            + " where the article tells, else the article's date), speaker, kind and words; newest first."})
final class QuotesCommand implements Callable<Integer> {

    enum Format { table, json }

    static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only statements of the actor with this id, or whose name or an alias has words starting with"
                + " these (any case: 'zelensk' names Zelensky).")
    String speaker;

    @Option(names = "--from", paramLabel = "DATE", description = "Said on or after this day (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Said on or before this day (YYYY-MM-DD).")
    String to;

    @Option(names = "--format", defaultValue = "table",
            description = "table or json (one array, fields and order stable; default ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Optional<LocalDate> start = day("--from", from);
        Optional<LocalDate> end = day("--to", to);
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw new Errors.UserError("--from " + from + " is after --to " + to);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Speech.Quote> quotes;
        try (Store db = store.existing()) {
            quotes = Speech.of(db).quotes(Optional.ofNullable(speaker).map(String::strip).filter(s -> !s.isEmpty()),
                    start, end);
        }
        if (format == Format.json) {
            ArrayNode all = JSON.createArrayNode();
            quotes.forEach(q -> all.add(json(q)));
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
            return 0;
        }
        for (Speech.Quote q : quotes) {
            out.printf(Locale.ROOT, "%-10s  %-22s  %-8s  %s  %s%n", q.date().orElse("-"),
                    cut(q.speaker().map(s -> s.name()).orElse("(" + q.source().orElse("unattributed") + ")"), 22),
                    q.kind().toLowerCase(Locale.ROOT), q.article().substring(0, Math.min(8, q.article().length())),
                    cut(q.text().replace('\n', ' '), 100));
        }
        out.printf(Locale.ROOT, "%d statement%s%n", quotes.size(), quotes.size() == 1 ? "" : "s");
        return 0;
    }

    /** A day given as an option, or one line naming the option and the expected form. */
    static Optional<LocalDate> day(String option, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new Errors.UserError(option + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static ObjectNode json(Speech.Quote q) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", q.id());
        o.put("article", q.article());
        o.put("date", q.date().orElse(null));
        o.put("saidOn", q.saidOn().orElse(null));
        o.put("kind", q.kind());
        if (q.speaker().isPresent()) {
            ObjectNode sp = o.putObject("speaker");
            sp.put("actorId", q.speaker().get().actorId());
            sp.put("name", q.speaker().get().name());
        } else {
            o.putNull("speaker");
        }
        o.put("source", q.source().orElse(null));
        o.put("cue", q.cue());
        ArrayNode content = o.putArray("content");
        for (Speech.Piece p : q.content()) {
            content.addObject().put("start", p.start()).put("end", p.end()).put("text", p.text());
        }
        return o;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
