package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.store.SearchHit;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley search}: full-text search over stored titles and bodies. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search (Lucene syntax: words, \"phrases\", AND/OR, title:word).")
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined.")
    java.util.List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (Store db = store.existing()) {
            java.util.List<SearchHit> hits = db.search(String.join(" ", words), limit);
            var out = spec.commandLine().getOut();
            if (hits.isEmpty()) {
                out.println("no article matches " + String.join(" ", words));
                return 0;
            }
            out.print(Tables.hits(hits));
        }
        return 0;
    }
}
