package io.sluice.runtime.internal.plan.steps;

import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.model.CsvSource;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.csv.CsvOptions;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;

final class CsvSourcePlanner implements StepPlanner<CsvSource> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.CSV_SOURCE;
    }

    @Override
    public ExecGraph.Node plan(CsvSource c, PlanContext ctx) {
        Schema schema = ctx.sourceSchema(c);
        CsvOptions o = new CsvOptions(PlanContext.oneChar(ctx.expand(c.getDelimiter()), ',', "delimiter"), //$NON-NLS-1$
                PlanContext.oneChar(ctx.expand(c.getQuote()), '"', "quote"), c.isHeader(), ctx.expand(c.getNullValue()), 8 << 20); //$NON-NLS-1$
        if (c.getEncoding() != null && !c.getEncoding().isBlank() && !c.getEncoding().equalsIgnoreCase("UTF-8")) { //$NON-NLS-1$
            throw new IllegalArgumentException("only UTF-8 CSV is supported, not " + c.getEncoding()); //$NON-NLS-1$
        }
        return ctx.graph().source(ctx.id(), ctx.kind(), ctx.files(ctx.path(c.getPath()), schema,
                f -> new io.sluice.runtime.internal.csv.CsvSource(f, schema, o)), ctx.sourceRejects());
    }
}
