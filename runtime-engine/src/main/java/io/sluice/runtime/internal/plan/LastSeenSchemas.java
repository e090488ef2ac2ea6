package io.sluice.runtime.internal.plan;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.ColumnDef;
import io.sluice.model.DriftPolicy;
import io.sluice.model.FileSource;
import io.sluice.model.Pipeline;
import io.sluice.model.SluiceFactory;
import io.sluice.model.Step;
import io.sluice.model.schema.SchemaDrift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Schema drift for CSV and JSON lines sources that declare no columns: the columns a successful run read are kept in
 * the run history (with the source's high-water marks, under {@code STEP@schema}), and the next run binds the source
 * to them as if they were declared, so the source's drift policy applies against the last-seen schema — STRICT fails
 * naming the columns, EVOLVE carries the change (and the evolved columns become the last-seen ones), RESCUE gathers
 * unexpected columns into {@code _rescued} (the last-seen columns stay). The first run has nothing to compare with
 * and reads the file's columns as inferred.
 */
public final class LastSeenSchemas {
    private static final String SUFFIX = "@schema"; //$NON-NLS-1$

    private LastSeenSchemas() {
    }

    /** The key a source's last-seen schema has among the stored marks. */
    public static String key(String stepId) {
        return stepId + SUFFIX;
    }

    /** The sources whose last-seen schema is kept: CSV or JSON lines, bound by name, no declared columns. */
    static List<FileSource> undeclared(Pipeline pipeline) {
        List<FileSource> sources = new ArrayList<>();
        for (Step s : pipeline.getSteps()) {
            // binding by name is the kind's to say (CSV with a header, JSON lines): no switch over kinds here
            if (s instanceof FileSource f && f.getColumns().isEmpty() && SchemaDrift.bindsByName(f)) {
                sources.add(f);
            }
        }
        return sources;
    }

    /**
     * The pipeline to plan: {@code pipeline} itself when no undeclared source has a stored schema, else a copy (the
     * caller's model is left alone) whose undeclared sources declare their last-seen columns.
     */
    public static Pipeline bind(Pipeline pipeline, Map<String, String> marks) {
        Map<String, Schema> seen = new LinkedHashMap<>();
        for (FileSource f : undeclared(pipeline)) {
            String stored = marks.get(key(f.getId()));
            if (stored != null) {
                seen.put(f.getId(), decode(stored));
            }
        }
        if (seen.isEmpty()) {
            return pipeline;
        }
        Pipeline copy = EcoreUtil.copy(pipeline);
        for (Step s : copy.getSteps()) {
            Schema schema = seen.get(s.getId());
            if (s instanceof FileSource f && schema != null) {
                for (Field field : schema.fields()) {
                    ColumnDef c = SluiceFactory.eINSTANCE.createColumnDef();
                    c.setName(field.name());
                    c.setType(field.type().typeName());
                    c.setNullable(field.nullable());
                    f.getColumns().add(c);
                }
            }
        }
        return copy;
    }

    /**
     * What to keep after a successful run of {@code original}: each undeclared source's output columns (EVOLVE and
     * STRICT, or the first run), keyed for the marks; a RESCUE source that already had a schema keeps it.
     */
    public static Map<String, String> toKeep(Pipeline original, Map<String, String> marks,
            java.util.function.Function<String, java.util.Optional<Schema>> output) {
        Map<String, String> keep = new LinkedHashMap<>();
        for (FileSource f : undeclared(original)) {
            if (f.getDriftPolicy() == DriftPolicy.RESCUE && marks.containsKey(key(f.getId()))) {
                continue;
            }
            output.apply(f.getId()).ifPresent(s -> keep.put(key(f.getId()), encode(new Schema(
                    s.fields().stream().filter(x -> !x.name().equals(SchemaDrift.RESCUED)).toList()))));
        }
        return keep;
    }

    /** One column a line: {@code TYPE<tab>nullable<tab>name}. */
    static String encode(Schema schema) {
        StringBuilder sb = new StringBuilder();
        for (Field f : schema.fields()) {
            sb.append(f.type().typeName()).append('\t').append(f.nullable()).append('\t').append(f.name()).append('\n');
        }
        return sb.toString();
    }

    static Schema decode(String text) {
        List<Field> fields = new ArrayList<>();
        for (String line : text.split("\n")) { //$NON-NLS-1$
            if (line.isEmpty()) {
                continue;
            }
            String[] p = line.split("\t", 3); //$NON-NLS-1$
            DataType t = DataType.fromName(p[0]).orElse(DataType.STRING);
            fields.add(new Field(p[2], t == DataType.NULL ? DataType.STRING : t, Boolean.parseBoolean(p[1])));
        }
        return new Schema(fields);
    }
}
