package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.export.Export;
import org.parley.model.EventType;
import org.parley.model.TimelineEvent;
import org.parley.store.Store;
import org.parley.store.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley timeline}: negotiation events merged across the stored articles, filtered. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Negotiation events merged across the stored articles (parley link makes them; ingest does "
            + "too): date, type, status, place, parties, how many articles and independent sources report each, the "
            + "first report and where the reports disagree. Events by date, undated last."})
final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--from", paramLabel = "DATE", description = "Events that end on or after this day (YYYY-MM-DD, "
            + "or YYYY-MM / YYYY for its first day).")
    Optional<String> from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events that start on or before this day (YYYY-MM-DD, "
            + "or YYYY-MM / YYYY for its last day).")
    Optional<String> to;

    @Option(names = "--actor", paramLabel = "NAME", description = "A party or mediator: its id, or part of its name.")
    Optional<String> actor;

    @Option(names = "--type", paramLabel = "TYPE", description = "talks_round, meeting, proposal, memorandum, "
            + "ceasefire, agreement, prisoner_exchange, repatriation or breakdown.")
    Optional<String> type;

    @Option(names = "--place", paramLabel = "NAME", description = "The place's name, ignoring case.")
    Optional<String> place;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json (a list of events) or csv (every selected event) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--limit", defaultValue = "200", description = "At most this many events (default: "
            + "${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many events first.")
    int offset;

    @Override
    public Integer call() throws JsonProcessingException {
        String how = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "csv").contains(how)) {
            throw new Errors.UserError("--format must be table, json or csv, was '" + format + "'");
        }
        if (limit < 1 || offset < 0) {
            throw new Errors.UserError("--limit must be at least 1 and --offset at least 0");
        }
        TimelineQuery query = new TimelineQuery(from.map(v -> day("--from", v, true)),
                to.map(v -> day("--to", v, false)), actor.filter(a -> !a.isBlank()), type.map(TimelineCommand::type),
                place.filter(p -> !p.isBlank()));
        if (query.from().isPresent() && query.to().isPresent() && query.from().get().isAfter(query.to().get())) {
            throw new Errors.UserError("--from " + from.get() + " is after --to " + to.get());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.existing()) {
            if (how.equals("csv")) {
                Export.builder().table(Export.Table.TIMELINE).format(Export.Format.CSV).timeline(query).build()
                        .write(db, out);
                out.flush();
                return 0;
            }
            List<TimelineEvent> events = db.timeline(query, limit, offset);
            if (how.equals("json")) {
                ArrayNode list = TimelineJson.MAPPER.createArrayNode();
                events.forEach(e -> list.add(TimelineJson.event(e)));
                out.println(TimelineJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(list));
                return 0;
            }
            long total = db.countTimeline(query);
            out.print(Tables.timeline(events));
            out.printf(Locale.ROOT, "%d of %d events%s%n", events.size(), total,
                    total == 0 && db.countTimeline(TimelineQuery.ALL) == 0 ? " (no timeline yet: run parley link)" : "");
        }
        return 0;
    }

    /** A day, or the first (last) day of a month or year: one clear line when it is none of them. */
    static LocalDate day(String option, String value, boolean first) {
        return CalendarDates.of(value).map(d -> first ? d.first() : d.last()).orElseThrow(() -> new Errors.UserError(
                option + " must be a date as YYYY-MM-DD, YYYY-MM or YYYY, was '" + value + "'"));
    }

    static EventType type(String value) {
        try {
            return EventType.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new Errors.UserError("--type must be one of " + Arrays.stream(EventType.values())
                    .map(t -> t.name().toLowerCase(Locale.ROOT)).toList() + ", was '" + value + "'");
        }
    }
}
