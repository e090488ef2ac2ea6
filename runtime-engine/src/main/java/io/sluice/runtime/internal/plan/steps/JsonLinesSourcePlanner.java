package io.sluice.runtime.internal.plan.steps;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.model.JsonLinesSource;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.json.JsonLinesReader;
import io.sluice.runtime.internal.json.JsonSchemaInference;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

/** A JSON lines reader per file; declared columns are bound by name and follow the source's drift policy. */
final class JsonLinesSourcePlanner implements StepPlanner<JsonLinesSource> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.JSON_LINES_SOURCE;
    }

    @Override
    public ExecGraph.Node plan(JsonLinesSource s, PlanContext ctx) {
        if (!s.getColumns().isEmpty()) {
            Schema out = ctx.modelOutput();
            return ctx.graph().source(ctx.id(), ctx.kind(), ctx.files(ctx.path(s.getPath()), out,
                    (f, fs) -> DriftBinding.bound(s, ctx, f, fs, fileColumns(s, f).orElse(null),
                            fileSchema -> new JsonLinesReader(f, fileSchema))), ctx.sourceRejects());
        }
        Schema schema = ctx.sourceSchema(s);
        return ctx.graph().source(ctx.id(), ctx.kind(), ctx.files(ctx.path(s.getPath()), schema,
                (f, fs) -> new JsonLinesReader(f, fs)), ctx.sourceRejects());
    }

    /**
     * The fields a JSON lines file's sample has, untyped: JSON values carry their own types, so a value of another type
     * is a row to reject, not drift; empty when the file cannot be read.
     */
    @Override
    public Optional<io.sluice.expression.types.Schema> fileColumns(JsonLinesSource step, Path f) {
        return JsonSchemaInference.infer(f, 1000).map(s -> new io.sluice.expression.types.Schema(
                s.fields().stream().map(x -> Field.nullable(x.name(), DataType.NULL)).toList()));
    }
}
