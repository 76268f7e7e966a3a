package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley docs}: the stored articles, newest first. */
@Command(name = "docs", mixinStandardHelpOptions = true, description = "Lists stored articles, newest first.")
final class DocsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--limit", defaultValue = "50", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Skip this many first.")
    int offset;

    @Override
    public Integer call() {
        if (limit < 1 || offset < 0) {
            throw new Errors.UserError("--limit must be positive and --offset not negative");
        }
        try (Store db = store.existing()) {
            var out = spec.commandLine().getOut();
            out.print(Tables.articles(db.list(limit, offset)));
            out.println(db.count() + " articles in " + store.db);
        }
        return 0;
    }
}
