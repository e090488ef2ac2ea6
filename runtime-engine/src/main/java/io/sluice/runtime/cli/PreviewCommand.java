package io.sluice.runtime.cli;

import io.sluice.expression.types.Field;
import io.sluice.model.Pipeline;
import io.sluice.model.Step;
import io.sluice.model.validation.Problem;
import io.sluice.model.validation.ProblemFormatter;
import io.sluice.runtime.Display;
import io.sluice.runtime.PreviewResult;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.SluiceEngine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice preview FILE STEP [--rows N] [--param k=v]…}: runs the steps upstream of STEP (no sink runs,
 * nothing is recorded) and prints the first rows of its output as a table, each value as {@link Display#of} gives it
 * (what the designer's Preview shows; an empty string is an empty cell); long cells are cut with {@code …}. Exit 1 when the
 * pipeline is invalid or the step unknown, 2 when the preview run failed.
 */
@Command(name = "preview", description = "Prints the first rows a step emits.", mixinStandardHelpOptions = true) //$NON-NLS-1$ //$NON-NLS-2$
final class PreviewCommand implements Callable<Integer> {
    static final int MAX_CELL = 40;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .sluice pipeline") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    Path file;

    @Parameters(index = "1", paramLabel = "STEP", description = "step name or id (not a sink)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    String step;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "20", description = "rows to show (default ${DEFAULT-VALUE})") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    int rows;

    @Option(names = { "-p", "--param" }, paramLabel = "NAME=VALUE", description = "a parameter value (repeatable)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    Map<String, String> params = new LinkedHashMap<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rows < 1) {
            err.println("sluice preview: --rows must be at least 1"); //$NON-NLS-1$
            return ExitCodes.USAGE;
        }
        Pipeline p = SchemaCommand.load(file, err);
        if (p == null) {
            return ExitCodes.VALIDATION_ERRORS;
        }
        Step s = SchemaCommand.findStep(p, step);
        if (s == null) {
            err.println("sluice preview: " + file + ": no step named '" + step + "'; steps: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + p.getSteps().stream().map(Step::getName).toList());
            return ExitCodes.VALIDATION_ERRORS;
        }
        SluiceEngine engine = new SluiceEngine(null, 1L << 30);
        RunRequest req = RunRequest.of(p, file.toAbsolutePath(), null).withParameters(SchemaCommand.commandLineValues(p, params)).withHistory(false);
        PreviewResult r = engine.preview(req, s.getId(), rows);
        if (!r.problems().isEmpty()) {
            for (Problem pr : r.problems()) {
                err.println(ProblemFormatter.line(String.valueOf(file), pr));
            }
            return ExitCodes.VALIDATION_ERRORS;
        }
        if (r.error() != null) {
            err.println("sluice preview: " + file + ": step '" + s.getName() + "': " + r.error()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return ExitCodes.RUN_FAILED;
        }
        out.print(table(r));
        out.println("(" + r.rows().size() + (r.rows().size() == 1 ? " row)" : " rows)")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.flush();
        return ExitCodes.OK;
    }

    /** Header (names), types, a rule, then the rows; columns padded to their widest cell. */
    static String table(PreviewResult r) {
        List<Field> fields = r.schema().fields();
        int n = fields.size();
        List<String[]> lines = new ArrayList<>();
        String[] names = new String[n];
        String[] types = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = cut(fields.get(i).name());
            types[i] = fields.get(i).type().typeName();
        }
        lines.add(names);
        lines.add(types);
        for (List<Object> row : r.rows()) {
            String[] cells = new String[n];
            for (int i = 0; i < n; i++) {
                String v = Display.of(row.get(i), fields.get(i).type());
                cells[i] = cut(v.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            }
            lines.add(cells);
        }
        int[] width = new int[n];
        for (String[] l : lines) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], l[i].codePointCount(0, l[i].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int li = 0; li < lines.size(); li++) {
            if (li == 2) {
                for (int i = 0; i < n; i++) {
                    sb.append(i == 0 ? "" : "-+-").append("-".repeat(width[i])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
                sb.append('\n');
            }
            String[] l = lines.get(li);
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : " | ").append(l[i]); //$NON-NLS-1$ //$NON-NLS-2$
                if (i < n - 1) {
                    sb.append(" ".repeat(width[i] - l[i].codePointCount(0, l[i].length()))); //$NON-NLS-1$
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String cut(String s) {
        return s.codePointCount(0, s.length()) <= MAX_CELL ? s
                : s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)) + "…"; //$NON-NLS-1$
    }
}
