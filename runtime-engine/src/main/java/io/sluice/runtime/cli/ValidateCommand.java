package io.sluice.runtime.cli;

import io.sluice.model.validation.FileReport;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.ProblemFormatter;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice validate FILE… [--json]}: one line per problem ({@code FILE: step 'name': message}) on stdout,
 * a summary on stderr; exit 1 when any file has an error (warnings alone give 0).
 */
@Command(name = "validate", description = "Checks pipelines without running them.", mixinStandardHelpOptions = true) //$NON-NLS-1$ //$NON-NLS-2$
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the .sluice files") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "print one JSON document instead of lines") //$NON-NLS-1$ //$NON-NLS-2$
    boolean json;

    @Override
    public Integer call() {
        io.sluice.runtime.SourceSchemas.install();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileReport> reports = new ArrayList<>();
        for (Path f : files) {
            reports.add(PipelineValidator.validateFile(f));
        }
        if (json) {
            out.print(ProblemFormatter.json(reports));
        } else {
            out.print(ProblemFormatter.text(reports));
            err.println("sluice validate: " + files.size() + (files.size() == 1 ? " file, " : " files, ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ProblemFormatter.summary(reports));
        }
        out.flush();
        err.flush();
        return reports.stream().anyMatch(FileReport::hasErrors) ? ExitCodes.VALIDATION_ERRORS : ExitCodes.OK;
    }
}
