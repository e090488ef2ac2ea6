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

    @Option(names = "--against", paramLabel = "[STEP=]DATA", description = "compare the declared columns of the CSV and JSON lines sources (or of STEP) with the columns of DATA and report the schema drift their policies would meet; exit 1 if a STRICT source would fail") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    List<String> against = new ArrayList<>();

    @Override
    public Integer call() {
        io.sluice.model.schema.SourceResolvers.Services services = io.sluice.runtime.SourceSchemas.services(io.sluice.runtime.connections.DriverRegistry.shared());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileReport> reports = new ArrayList<>();
        for (Path f : files) {
            reports.add(PipelineValidator.validateFile(f, services));
        }
        if (!against.isEmpty()) {
            int failing = 0;
            for (Path f : files) {
                failing += drift(f, out, err);
            }
            out.flush();
            err.flush();
            if (failing > 0 || reports.stream().anyMatch(FileReport::hasErrors)) {
                if (!json) {
                    out.print(ProblemFormatter.text(reports));
                    out.flush();
                }
                return ExitCodes.VALIDATION_ERRORS;
            }
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

    /** Prints the drift of each by-name source of {@code file} against the data; returns how many STRICT sources would fail. */
    private int drift(Path file, PrintWriter out, PrintWriter err) {
        io.sluice.model.resource.LoadResult lr = io.sluice.model.resource.SluiceModel.load(file);
        if (!lr.ok()) {
            return 0; // reported by validation
        }
        int failing = 0;
        for (io.sluice.model.Step step : lr.pipeline().getSteps()) {
            if (!io.sluice.model.kind.StepKinds.of(step).bindsByName(step) || ((io.sluice.model.Source) step).getColumns().isEmpty()) {
                continue;
            }
            io.sluice.model.FileSource src = (io.sluice.model.FileSource) step;
            Path data = null;
            for (String a : against) {
                int eq = a.indexOf('=');
                if (eq > 0 && a.substring(0, eq).equals(step.getId())) {
                    data = Path.of(a.substring(eq + 1));
                } else if (eq < 0 && data == null) {
                    data = Path.of(a);
                }
            }
            if (data == null) {
                continue;
            }
            io.sluice.runtime.internal.plan.StepPlanner<io.sluice.model.Step> planner = io.sluice.runtime.internal.plan.StepPlanners.find(step);
            java.util.Optional<io.sluice.expression.types.Schema> found = planner == null ? java.util.Optional.empty()
                    : planner.fileColumns(step, data);
            if (found.isEmpty()) {
                err.println(file + ": step '" + step.getId() + "': cannot read the columns of " + data); //$NON-NLS-1$ //$NON-NLS-2$
                failing++;
                continue;
            }
            List<io.sluice.expression.types.Field> declared = new ArrayList<>();
            for (io.sluice.model.ColumnDef c : src.getColumns()) {
                declared.add(new io.sluice.expression.types.Field(c.getName(),
                        io.sluice.expression.types.DataType.fromName(c.getType()).orElse(io.sluice.expression.types.DataType.STRING),
                        c.isNullable()));
            }
            io.sluice.model.schema.SchemaDrift d = io.sluice.model.schema.SchemaDrift
                    .compare(new io.sluice.expression.types.Schema(declared), found.get());
            String policy = src.getDriftPolicy().getLiteral();
            if (!d.changed() && !d.reordered()) {
                out.println(file + ": step '" + step.getId() + "': no schema drift against " + data); //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            boolean fails = d.changed() && src.getDriftPolicy() == io.sluice.model.DriftPolicy.STRICT;
            failing += fails ? 1 : 0;
            out.println(file + ": step '" + step.getId() + "': schema drift against " + data + " (policy " + policy + "): " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + d.describe() + (fails ? " — the run would fail before reading a row" : switch (src.getDriftPolicy()) { //$NON-NLS-1$
                        case EVOLVE -> d.changed() ? " — new columns carried as nullable, missing ones null, types widened" : ""; //$NON-NLS-1$ //$NON-NLS-2$
                        case RESCUE -> d.changed() ? " — unexpected columns go to _rescued, missing ones null" : ""; //$NON-NLS-1$ //$NON-NLS-2$
                        default -> ""; //$NON-NLS-1$
                    }));
        }
        return failing;
    }
}
