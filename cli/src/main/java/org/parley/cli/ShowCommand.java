package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.parley.json.AnalysisJson;
import org.parley.model.Article;
import org.parley.model.Document;
import org.parley.model.Layer;
import org.parley.model.Mentions;
import org.parley.model.Timexes;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley show ID}: one stored article with what was found in it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one stored article: its facts, problems, time expressions and mentions.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ID", description = "Article id (from parley docs); a unique prefix is enough.")
    String id;

    @Option(names = "--json", description = "Print the analysis JSON object (docs/analysis-json.md) instead.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.existing()) {
            Document doc = db.get(resolve(db)).orElseThrow();
            if (json) {
                out.println(AnalysisJson.write(doc));
            } else {
                // The timeline's bounds for an undated article: the events it reports that other articles date.
                print(doc, db.eventDatings().stream().filter(d -> d.article().equals(doc.article().id())).toList(),
                        out);
            }
        }
        return 0;
    }

    private String resolve(Store db) {
        var ids = db.idsStartingWith(id, 2);
        if (ids.isEmpty()) {
            throw new Errors.UserError("no stored article has id " + id + " (see parley docs)");
        }
        if (ids.size() > 1) {
            throw new Errors.UserError("id prefix " + id + " is ambiguous: " + String.join(", ", ids) + ", ...");
        }
        return ids.get(0);
    }

    private static void print(Document doc, java.util.List<org.parley.model.EventDating> datings, PrintWriter out) {
        Article a = doc.article();
        String text = a.text();
        out.println("id         " + a.id());
        out.println("title      " + a.title().orElse("-"));
        out.println("outlet     " + a.outlet().orElse("-"));
        out.println("agency     " + a.agency().orElse("-"));
        out.println("url        " + a.url().orElse("-"));
        out.println("source     " + a.source());
        out.println("published  " + a.published().map(Object::toString).orElse("-") + " (" + a.publishedFrom().label()
                + ")");
        datings.forEach(d -> out.println("dated      not before " + d.earliest().map(Object::toString).orElse("-")
                + d.latest().map(l -> ", not after " + l).orElse("") + " (timeline: " + d.basis() + ")"));
        out.println("fetched    " + a.fetched().map(Object::toString).orElse("-"));
        out.println("language   " + a.language());
        out.println("text       " + text.length() + " chars");
        doc.steps().forEach(st -> out.println("analysis   " + st.stamp() + " " + st.layers().stream()
                .map(l -> Layer.nameOf(Document.typeOf(l))).toList()));
        doc.allProblems().forEach(p -> out.println("problem    " + p.code() + ": " + p.message()));
        doc.find(Timexes.class).ifPresent(t -> t.items().forEach(x -> out.printf("timex      %-28s %-8s %s [%d,%d)%n",
                x.value(), x.type(), x.span().of(text), x.span().start(), x.span().end())));
        doc.find(Mentions.class).ifPresent(m -> m.items().forEach(x -> out.printf("mention    %-8s %s [%d,%d)%n",
                x.kind(), x.span().of(text), x.span().start(), x.span().end())));
    }
}
