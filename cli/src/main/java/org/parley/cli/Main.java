package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code parley} command: lists the subcommands; each lives in its own class. */
@Command(name = "parley",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news coverage of peace negotiations into a sourced, queryable record.",
        subcommands = {
            IngestCommand.class,
            AnalyzeCommand.class,
            DocsCommand.class,
            ShowCommand.class,
            SearchCommand.class,
            ReprintsCommand.class,
            NarrativesCommand.class,
            LinkCommand.class,
            LoadCommand.class,
            TimelineCommand.class,
            EventCommand.class,
            ExportCommand.class,
            PipelineCommand.class,
            ServeCommand.class,
            QuotesCommand.class,
            ActorsCommand.class,
            EvalCommand.class,
            TrainCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        int exit = cl.execute(args);
        // picocli's writers flush on println only; a table printed with print() must not be lost at exit.
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(exit);
    }

    /** The configured command line; tests run commands through it with their own writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new Errors());
    }
}
