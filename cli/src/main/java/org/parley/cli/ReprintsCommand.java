package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.link.Link;
import org.parley.model.Article;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley reprints}: stored articles that are copies of one story, with the first report. */
@Command(name = "reprints", mixinStandardHelpOptions = true,
        description = {"Stored articles that are copies of one story (reprints, wire copies with small edits): each set"
            + " counts as one source, with its first report and the owners that printed it."})
final class ReprintsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--threshold", defaultValue = "" + Link.DEFAULT_THRESHOLD,
            description = "Share of five-word runs two texts must have in common (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    public Integer call() {
        Link link;
        try {
            link = Link.builder().threshold(threshold).build();
        } catch (IllegalArgumentException e) {
            throw new Errors.UserError("--" + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store db = store.existing()) {
            List<Article> articles = new ArrayList<>();
            int total = (int) db.count();
            db.list(total, 0).forEach(s -> db.article(s.id()).ifPresent(articles::add));
            List<Link.Cluster> clusters = link.reprints(articles);
            for (Link.Cluster c : clusters) {
                out.printf(Locale.ROOT, "%d copies of one story from %d outlet%s; first report: %s%n",
                        c.articles().size(), c.outlets(), c.outlets() == 1 ? "" : "s",
                        c.firstReport().map(a -> a.published().orElseThrow() + " " + who(a) + " (" + a.id() + ")")
                                .orElse("undated"));
                for (Article a : c.articles()) {
                    double similarity = c.pairs().stream()
                            .filter(p -> p.first().equals(a.id()) || p.second().equals(a.id()))
                            .mapToDouble(Link.Pair::similarity).max().orElse(0);
                    out.printf(Locale.ROOT, "  %s  %-10s  %-24s  %.2f  %s%n", a.id(),
                            a.published().map(Object::toString).orElse("-"), cut(who(a), 24), similarity,
                            cut(a.title().orElse("(untitled)"), 60));
                }
            }
            out.printf(Locale.ROOT, "%d set%s of copies among %d articles; %d independent sources in all%n",
                    clusters.size(), clusters.size() == 1 ? "" : "s", articles.size(),
                    link.independentSources(articles));
        }
        return 0;
    }

    private static String who(Article a) {
        return a.outlet().orElse("-") + a.agency().map(x -> " via " + x).orElse("");
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
