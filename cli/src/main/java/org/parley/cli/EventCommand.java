package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.model.Article;
import org.parley.model.Contradiction;
import org.parley.model.EventReport;
import org.parley.model.Span;
import org.parley.model.TimelineEvent;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley event ID}: one timeline event with every report of it and the words that report it. */
@Command(name = "event", mixinStandardHelpOptions = true,
        description = "Shows one event of the timeline: what was merged, each article that reports it (first report "
                + "first) with the sentences that say so, and where the reports disagree.")
final class EventCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "Event id (from parley timeline); a unique prefix is enough.")
    String id;

    @Option(names = "--json", description = "Print the event as JSON, its reports with their evidence spans.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.existing()) {
            List<String> ids = db.timelineIdsStartingWith(id.strip().toLowerCase(Locale.ROOT), 2);
            if (ids.isEmpty()) {
                throw new Errors.UserError("no timeline event has id " + id + " (see parley timeline)");
            }
            if (ids.size() > 1) {
                throw new Errors.UserError("event id prefix " + id + " is ambiguous: " + String.join(", ", ids)
                        + ", ...");
            }
            TimelineEvent e = db.timelineEvent(ids.get(0)).orElseThrow();
            Map<String, String> texts = new HashMap<>();
            e.reports().forEach(r -> texts.computeIfAbsent(r.article(),
                    a -> db.article(a).map(Article::text).orElse("")));
            if (json) {
                out.println(TimelineJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(e, texts)));
            } else {
                print(e, texts, out);
            }
        }
        return 0;
    }

    private static ObjectNode json(TimelineEvent e, Map<String, String> texts) {
        ObjectNode o = TimelineJson.event(e);
        ArrayNode reports = o.putArray("reports");
        for (EventReport r : e.reports()) {
            ObjectNode x = reports.addObject();
            x.put("article", r.article());
            x.put("event", r.event());
            TimelineJson.put(x, "title", r.title());
            TimelineJson.put(x, "outlet", r.outlet());
            TimelineJson.put(x, "published", r.published().map(Object::toString));
            x.put("status", r.status().name().toLowerCase(Locale.ROOT));
            TimelineJson.put(x, "date", r.date());
            TimelineJson.put(x, "place", r.place());
            ObjectNode q = x.putObject("quantities");
            r.quantities().forEach(c -> q.put(c.what(), c.value()));
            ArrayNode evidence = x.putArray("evidence");
            for (Span s : r.evidence()) {
                evidence.addObject().put("start", s.start()).put("end", s.end()).put("text", of(s, texts.get(r.article())));
            }
        }
        return o;
    }

    private static void print(TimelineEvent e, Map<String, String> texts, PrintWriter out) {
        out.println("id          " + e.id());
        out.println("type        " + e.type() + e.detail().map(d -> " (" + d + ")").orElse(""));
        out.println("status      " + e.status().name().toLowerCase(Locale.ROOT));
        out.println("date        " + e.date().orElse("-") + e.until().map(u -> " to " + u).orElse(""));
        out.println("place       " + e.place().orElse("-"));
        out.println("parties     " + names(e.parties()));
        out.println("mediators   " + names(e.mediators()));
        out.println("numbers     " + (e.quantities().isEmpty() ? "-" : e.quantities().stream()
                .map(q -> q.value() + " " + q.what()).collect(Collectors.joining(", "))));
        out.println("sources     " + e.sources() + " articles, " + e.independentSources() + " independent");
        out.println("first       " + e.firstReport().orElse("-"));
        for (Contradiction c : e.contradictions()) {
            out.println("disagree    " + c.field() + ": " + c.versions().stream()
                    .map(v -> v.value() + " (" + String.join(", ", v.articles()) + ")")
                    .collect(Collectors.joining(" vs ")));
        }
        for (EventReport r : e.reports()) {
            out.println();
            out.println("report      " + r.article() + "  " + r.published().map(Object::toString).orElse("undated")
                    + "  " + r.outlet().orElse("-") + "  " + r.title().orElse("(untitled)"));
            out.println("  says      " + r.status().name().toLowerCase(Locale.ROOT) + ", date " + r.date().orElse("-")
                    + ", place " + r.place().orElse("-") + (r.quantities().isEmpty() ? "" : ", " + r.quantities()
                    .stream().map(q -> q.value() + " " + q.what()).collect(Collectors.joining(", "))));
            for (Span s : r.evidence()) {
                out.printf(Locale.ROOT, "  [%d,%d)  %s%n", s.start(), s.end(),
                        of(s, texts.get(r.article())).replaceAll("\\s+", " "));
            }
        }
    }

    private static String names(List<TimelineEvent.ActorRef> actors) {
        return actors.isEmpty() ? "-" : actors.stream().map(TimelineEvent.ActorRef::name)
                .collect(Collectors.joining(", "));
    }

    /** The span's text, or nothing when the stored article changed since the timeline was made. */
    private static String of(Span s, String text) {
        return s.end() <= text.length() ? s.of(text) : "";
    }
}
