package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.link.Link;
import org.parley.model.Timeline;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley link}: makes the cross-article timeline anew from the stored events. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Merges the events of every stored article into one timeline (reports of one event, its "
            + "sources and independent sources, first report, contradictions; dates for undated articles) and "
            + "replaces the stored one. parley ingest does this itself when it stored anything new."})
final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        store.existingConfig(); // a typo must not create an empty store
        long started = System.nanoTime();
        try (Store db = store.create()) {
            Timeline t = Link.builder().build().updateTimeline(db);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s in %.1f s%n", summary(t), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

    /** One line for people: "timeline: 31 events from 52 reports (9 merged from several articles, ...)". */
    static String summary(Timeline t) {
        int reports = t.events().stream().mapToInt(e -> e.reports().size()).sum();
        long merged = t.events().stream().filter(e -> e.sources() > 1).count();
        long contradicted = t.events().stream().filter(e -> !e.contradictions().isEmpty()).count();
        return String.format(Locale.ROOT, "timeline: %d event%s from %d report%s (%d reported by several articles, "
                + "%d with contradictions; %d undated article%s dated)", t.events().size(),
                t.events().size() == 1 ? "" : "s", reports, reports == 1 ? "" : "s", merged, contradicted,
                t.datings().size(), t.datings().size() == 1 ? "" : "s");
    }
}
