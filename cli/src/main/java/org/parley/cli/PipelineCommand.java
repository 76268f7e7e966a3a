package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.analysis.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley pipeline}: the components in order, with the layers each needs and adds. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Shows the analysis pipeline: each component with the layers it needs and adds.")
final class PipelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Analysis.pipeline().explain());
        return 0;
    }
}
