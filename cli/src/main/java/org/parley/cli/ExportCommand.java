package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.export.Export;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley export TABLE}: a stored table as JSONL, CSV or Parquet, for spreadsheets and notebooks. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes one table of the store as JSONL, CSV or Parquet: articles, statements (who said what, "
            + "with speaker, cue and offsets), events (as each article reports them), narratives (each label an article "
            + "carries, with score and evidence) or timeline (events merged "
            + "across articles, with sources and contradictions). Rows come in a stable order.",
            "In CSV, list values are joined with ' | ', and text starting with = + - @ gets a leading apostrophe so "
                    + "spreadsheets do not run it as a formula."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "TABLE", description = "articles, statements, events, narratives or timeline.",
            converter = TableConverter.class)
    Export.Table table;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "jsonl, csv or parquet (default: from the --out file's extension, else jsonl).")
    Optional<Export.Format> format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "The file to write (whole or not at all); default: standard output (not for Parquet).")
    Optional<Path> out;

    @Override
    public Integer call() throws Exception {
        Export.Format chosen = format.orElseGet(() -> out.map(ExportCommand::byExtension).orElse(Export.Format.JSONL));
        Export export = Export.builder().table(table).format(chosen).build();
        try (Store db = store.existing()) {
            if (out.isPresent()) {
                Export.Result r = export.write(db, out.get());
                PrintWriter err = spec.commandLine().getErr();
                err.printf(Locale.ROOT, "wrote %d %s row%s to %s (%s)%n", r.rows(), name(table),
                        r.rows() == 1 ? "" : "s", out.get(), name(chosen));
            } else {
                PrintWriter stdout = spec.commandLine().getOut();
                export.write(db, stdout);
                stdout.flush();
            }
        } catch (Export.ExportException e) {
            throw new Errors.UserError(e.getMessage());
        }
        return 0;
    }

    private static Export.Format byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Export.Format.CSV;
        }
        return name.endsWith(".parquet") ? Export.Format.PARQUET : Export.Format.JSONL;
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Lower-case names on the command line, with the choices in the error. */
    static final class TableConverter extends Choice<Export.Table> {
        TableConverter() {
            super(Export.Table.class, "table");
        }
    }

    static final class FormatConverter extends Choice<Export.Format> {
        FormatConverter() {
            super(Export.Format.class, "format");
        }
    }

    abstract static class Choice<E extends Enum<E>> implements picocli.CommandLine.ITypeConverter<E> {
        private final Class<E> type;
        private final String what;

        Choice(Class<E> type, String what) {
            this.type = type;
            this.what = what;
        }

        @Override
        public E convert(String value) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value)) {
                    return e;
                }
            }
            var names = java.util.Arrays.stream(type.getEnumConstants()).map(ExportCommand::name).toList();
            throw new picocli.CommandLine.TypeConversionException("unknown " + what + " '" + value + "'; choose one of "
                    + String.join(", ", names));
        }
    }
}
