package io.sluice.runtime.cli;

import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Pipeline;
import io.sluice.model.PipelinePaths;
import io.sluice.model.Step;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.schema.SourceResolvers;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;
import io.sluice.model.validation.ProblemFormatter;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice schema FILE STEP [--port P] [--param k=v]…}: the columns a step emits, as schema propagation
 * defines them (one line per column: name, type, {@code NOT NULL} when not nullable). STEP is a step name or id.
 * Exit 1 when the file does not load, the step or port does not exist, or the schema is unknown (the problems
 * that keep it unknown are printed).
 */
@Command(name = "schema", description = "Prints the columns a step emits on a port.", mixinStandardHelpOptions = true) //$NON-NLS-1$ //$NON-NLS-2$
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sluice pipeline") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path file;

    @Parameters(index = "1", paramLabel = "STEP", description = "step name or id") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String step;

    @Option(names = "--port", paramLabel = "P", defaultValue = "out", description = "output port (default: ${DEFAULT-VALUE}; also rejects)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    String port;

    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE", description = "a parameter value (repeatable); used to find CSV files whose columns are inferred") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline p = load(file, err);
        if (p == null) {
            return ExitCodes.VALIDATION_ERRORS;
        }
        Step s = findStep(p, step);
        if (s == null) {
            err.println("sluice schema: " + file + ": no step named '" + step + "'; steps: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + p.getSteps().stream().map(Step::getName).toList());
            return ExitCodes.VALIDATION_ERRORS;
        }
        if (!s.outputPorts().contains(port)) {
            err.println("sluice schema: step '" + s.getName() + "' has no output port '" + port + "'; ports: " + s.outputPorts()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return ExitCodes.VALIDATION_ERRORS;
        }
        PipelineValidator.Result r = new PipelineValidator(
                SourceResolvers.forFile(file, commandLineValues(p, params),
                        io.sluice.runtime.SourceSchemas.services(io.sluice.runtime.connections.DriverRegistry.shared()))).run(p);
        Optional<Schema> schema = r.schemas().output(s, port);
        if (schema.isEmpty()) {
            for (Problem pr : r.problems()) {
                err.println(ProblemFormatter.line(file.toString(), pr));
            }
            err.println("sluice schema: the schema of step '" + s.getName() + "' port " + port + " is unknown"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return ExitCodes.VALIDATION_ERRORS;
        }
        int width = 4;
        for (Field f : schema.get().fields()) {
            width = Math.max(width, f.name().length());
        }
        for (Field f : schema.get().fields()) {
            String line = String.format(Locale.ROOT, "%-" + width + "s  %-9s%s", f.name(), f.type().typeName(), //$NON-NLS-1$ //$NON-NLS-2$
                    f.nullable() ? "" : "  NOT NULL"); //$NON-NLS-1$ //$NON-NLS-2$
            out.println(line.stripTrailing());
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Pipeline load(Path file, PrintWriter err) {
        LoadResult r = SluiceModel.load(file);
        if (!r.ok()) {
            r.problems().forEach(err::println);
            err.flush();
            return null;
        }
        return r.pipeline();
    }

    /**
     * Parameter values as typed on the command line: a relative value of a PATH parameter names a file from the
     * working directory, as in any shell command (paths written in the pipeline resolve against its folder).
     */
    static Map<String, String> commandLineValues(Pipeline p, Map<String, String> params) {
        return PipelinePaths.commandLineValues(p, params, Path.of("")); //$NON-NLS-1$
    }

    /** The step of that name, else of that id, or null. */
    static Step findStep(Pipeline p, String nameOrId) {
        for (Step s : p.getSteps()) {
            if (nameOrId.equals(s.getName())) {
                return s;
            }
        }
        for (Step s : p.getSteps()) {
            if (nameOrId.equals(s.getId())) {
                return s;
            }
        }
        return null;
    }
}
