package io.sluice.runtime;

import io.sluice.model.ColumnDef;
import io.sluice.model.Pipeline;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRule;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.Source;
import io.sluice.model.Step;
import io.sluice.model.resource.SluiceModel;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;

/** Builds small pipelines through the model API (as the designer's commands do) for tests. */
public final class TestPipelines {
    public static final SluiceFactory F = SluiceFactory.eINSTANCE;
    public static final SluicePackage P = SluicePackage.eINSTANCE;

    private final Pipeline pipeline;
    private int x;

    public TestPipelines(String name) {
        pipeline = SluiceModel.newPipeline(name);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /** Adds a step of that kind with that name (id = name). */
    @SuppressWarnings("unchecked")
    public <T extends Step> T add(EClass kind, String name) {
        Step s = SluiceModel.newStep(pipeline, kind, name, x += 200, 100);
        s.setId(name);
        pipeline.getSteps().add(s);
        return (T) s;
    }

    /** Declares columns "name:TYPE" or "name:TYPE!" (not null). */
    public static void columns(Source s, String... defs) {
        for (String d : defs) {
            String[] parts = d.split(":", 2); //$NON-NLS-1$
            ColumnDef c = F.createColumnDef();
            c.setName(parts[0]);
            boolean notNull = parts[1].endsWith("!"); //$NON-NLS-1$
            c.setType(notNull ? parts[1].substring(0, parts[1].length() - 1) : parts[1]);
            c.setNullable(!notNull);
            s.getColumns().add(c);
        }
    }

    /** Adds a rule to a quality step. */
    public static QualityRule rule(QualityCheck q, String name, QualityRuleKind kind, String column, QualitySeverity severity) {
        QualityRule r = F.createQualityRule();
        r.setName(name);
        r.setKind(kind);
        r.setColumn(column);
        r.setSeverity(severity);
        q.getRules().add(r);
        return r;
    }

    public TestPipelines link(Step from, Step to) {
        return link(from, "out", to, "in"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public TestPipelines link(Step from, String fromPort, Step to, String toPort) {
        String why = pipeline.canLink(from, fromPort, to, toPort);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        pipeline.link(from, fromPort, to, toPort);
        return this;
    }

    public Path save(Path file) throws java.io.IOException {
        SluiceModel.save(pipeline, file);
        return file;
    }
}
