package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.link.Link;
import org.parley.link.Link.Carrier;
import org.parley.link.Link.Evidence;
import org.parley.link.Link.NarrativeFilter;
import org.parley.link.Link.NarrativeGroup;
import org.parley.link.Link.NarrativeOverview;
import org.parley.link.Link.OutletMix;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley narratives}: the stored articles per narrative with their evidence, and the mix per outlet. */
@Command(name = "narratives", mixinStandardHelpOptions = true,
        description = {"The stored articles per narrative (SemEval-2025 Task 10 labels of the narratives component),"
            + " each with its score and evidence sentences, then the narrative mix per outlet.",
            "Articles stored without a narratives layer (other languages, texts over --max-chars) are left out."})
final class NarrativesCommand implements Callable<Integer> {

    /** Characters of an evidence sentence printed in the table; JSON has them whole. */
    static final int EVIDENCE_CHARS = 160;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--label", paramLabel = "L",
            description = "Only this narrative or sub-narrative, as the taxonomy spells it (case ignored).")
    String label;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            throw new Errors.UserError("unknown format '" + format + "'; choose table or json");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new Errors.UserError("--from " + from + " is after --to " + to);
        }
        NarrativeOverview overview;
        try (Store db = store.existing()) {
            overview = Link.builder().build().narratives(db, new NarrativeFilter(Optional.ofNullable(label),
                    Optional.ofNullable(from), Optional.ofNullable(to)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(json(overview));
        } else {
            table(out, overview);
        }
        return 0;
    }

    private void table(PrintWriter out, NarrativeOverview overview) {
        if (overview.narratives().isEmpty()) {
            out.println(label == null ? "no stored article has narratives" + range()
                    : "no stored article carries '" + label + "'" + range());
        }
        for (NarrativeGroup g : overview.narratives()) {
            out.printf(Locale.ROOT, "%s: %d article%s, %d independent source%s%n", g.label(), g.articles().size(),
                    g.articles().size() == 1 ? "" : "s", g.independentSources(), g.independentSources() == 1 ? "" : "s");
            for (Carrier c : g.articles()) {
                out.printf(Locale.ROOT, "  %s  %-10s  %-22s  %.2f  %s%n", c.id(),
                        c.published().map(Object::toString).orElse("-"), cut(c.outlet().orElse("-"), 22),
                        c.score(), cut(c.title().orElse("(untitled)"), 60));
                c.evidence().forEach(e -> out.println("      \u201c" + cut(e.text().replaceAll("\\s+", " ").strip(),
                        EVIDENCE_CHARS) + "\u201d"));
            }
        }
        if (!overview.outlets().isEmpty()) {
            out.println();
            out.println("narrative mix per outlet (articles carrying each narrative):");
            for (OutletMix m : overview.outlets()) {
                out.printf(Locale.ROOT, "  %s: %d article%s%n", m.outlet(), m.articles(), m.articles() == 1 ? "" : "s");
                m.narratives().forEach((n, k) -> out.printf(Locale.ROOT, "    %4d  %3.0f%%  %s%n", k,
                        100.0 * k / m.articles(), n));
            }
        }
    }

    private String range() {
        return (from == null ? "" : " from " + from) + (to == null ? "" : " to " + to);
    }

    private static String json(NarrativeOverview overview) {
        ObjectMapper m = new ObjectMapper();
        // The same fields as the server's /api/narratives, which writes the records as they are.
        ObjectNode root = m.createObjectNode();
        root.put("articles", overview.articles());
        ArrayNode gs = root.putArray("narratives");
        for (NarrativeGroup g : overview.narratives()) {
            ObjectNode o = gs.addObject();
            o.put("label", g.label());
            g.parent().ifPresentOrElse(p -> o.put("parent", p), () -> o.putNull("parent"));
            o.put("independentSources", g.independentSources());
            ArrayNode as = o.putArray("articles");
            for (Carrier c : g.articles()) {
                ObjectNode a = as.addObject();
                a.put("id", c.id());
                c.published().ifPresentOrElse(d -> a.put("published", d.toString()), () -> a.putNull("published"));
                c.outlet().ifPresentOrElse(x -> a.put("outlet", x), () -> a.putNull("outlet"));
                c.title().ifPresentOrElse(x -> a.put("title", x), () -> a.putNull("title"));
                a.put("score", c.score());
                ArrayNode ev = a.putArray("evidence");
                for (Evidence e : c.evidence()) {
                    ev.addObject().put("start", e.start()).put("end", e.end()).put("text", e.text());
                }
            }
        }
        ArrayNode ms = root.putArray("outlets");
        for (OutletMix x : overview.outlets()) {
            ObjectNode o = ms.addObject();
            o.put("outlet", x.outlet());
            o.put("articles", x.articles());
            ObjectNode ns = o.putObject("narratives");
            x.narratives().forEach(ns::put);
        }
        try {
            return m.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
