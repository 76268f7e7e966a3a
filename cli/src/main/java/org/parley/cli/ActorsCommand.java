package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley actors}: the actors named in the stored articles. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"The actors named in the stored articles (people, states, organizations, delegations): kind,"
            + " aliases met, in how many articles they are named and how many statements they made; most quoted"
            + " first."})
final class ActorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table",
            description = "table or json (one array, fields and order stable; default ${DEFAULT-VALUE}).")
    QuotesCommand.Format format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Speech.ActorSummary> actors;
        try (Store db = store.existing()) {
            actors = Speech.of(db).actors();
        }
        if (format == QuotesCommand.Format.json) {
            ArrayNode all = QuotesCommand.JSON.createArrayNode();
            for (Speech.ActorSummary a : actors) {
                ObjectNode o = all.addObject();
                o.put("id", a.id());
                o.put("name", a.name());
                o.put("kind", a.kind());
                ArrayNode aliases = o.putArray("aliases");
                a.aliases().forEach(aliases::add);
                o.put("articles", a.articles());
                o.put("links", a.links());
                o.put("statements", a.statements());
            }
            out.println(QuotesCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
            return 0;
        }
        out.printf(Locale.ROOT, "%-26s  %-10s  %8s  %10s  %s%n", "actor", "kind", "articles", "statements",
                "aliases");
        for (Speech.ActorSummary a : actors) {
            out.printf(Locale.ROOT, "%-26s  %-10s  %8d  %10d  %s%n", QuotesCommand.cut(a.name(), 26), a.kind(),
                    a.articles(), a.statements(), QuotesCommand.cut(String.join(", ", a.aliases()), 60));
        }
        out.printf(Locale.ROOT, "%d actor%s%n", actors.size(), actors.size() == 1 ? "" : "s");
        return 0;
    }
}
