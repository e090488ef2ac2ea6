package io.sluice.runtime.internal.plan.steps;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.CsvSource;
import io.sluice.model.SluicePackage;
import io.sluice.model.schema.CsvSchemaInference;
import io.sluice.model.schema.SchemaDrift;
import io.sluice.runtime.internal.csv.CsvOptions;
import io.sluice.runtime.internal.csv.CsvReader;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/** A CSV reader per file; declared columns bound by the header's names follow the source's drift policy. */
final class CsvSourcePlanner implements StepPlanner<CsvSource> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.CSV_SOURCE;
    }

    @Override
    public ExecGraph.Node plan(CsvSource c, PlanContext ctx) {
        CsvOptions o = new CsvOptions(PlanContext.oneChar(ctx.expand(c.getDelimiter()), ',', "delimiter"), //$NON-NLS-1$
                PlanContext.oneChar(ctx.expand(c.getQuote()), '"', "quote"), c.isHeader(), ctx.expand(c.getNullValue()), 8 << 20); //$NON-NLS-1$
        if (c.getEncoding() != null && !c.getEncoding().isBlank() && !c.getEncoding().equalsIgnoreCase("UTF-8")) { //$NON-NLS-1$
            throw new IllegalArgumentException("only UTF-8 CSV is supported, not " + c.getEncoding()); //$NON-NLS-1$
        }
        if (!c.getColumns().isEmpty() && SchemaDrift.bindsByName(c)) {
            Schema out = ctx.modelOutput();
            return ctx.graph().source(ctx.id(), ctx.kind(), ctx.files(ctx.path(c.getPath()), out,
                    (f, fs) -> DriftBinding.bound(c, ctx, f, fs, columns(f, o).orElse(null),
                            fileSchema -> new CsvReader(f, fileSchema, o))), ctx.sourceRejects());
        }
        Schema schema = ctx.sourceSchema(c);
        return ctx.graph().source(ctx.id(), ctx.kind(), ctx.files(ctx.path(c.getPath()), schema,
                (f, fs) -> new CsvReader(f, fs, o)), ctx.sourceRejects());
    }

    /** The columns a CSV file's header names, each typed by most of its sampled values. */
    @Override
    public Optional<io.sluice.expression.types.Schema> fileColumns(CsvSource c, Path file) {
        char delimiter = c.getDelimiter() == null || c.getDelimiter().length() != 1 ? ',' : c.getDelimiter().charAt(0);
        char quote = c.getQuote() == null || c.getQuote().length() != 1 ? '"' : c.getQuote().charAt(0);
        return columns(file, new CsvOptions(delimiter, quote, true, c.getNullValue(), 8 << 20));
    }

    /** The columns a CSV file's header names, typed from a sample; empty when the file cannot be read. */
    private static Optional<io.sluice.expression.types.Schema> columns(Path f, CsvOptions o) {
        try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return Optional.of(CsvSchemaInference.inferForDrift(in, o.delimiter(), o.quote(), o.nullValue(), 1000));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // reported when the source opens the file
        }
    }
}
