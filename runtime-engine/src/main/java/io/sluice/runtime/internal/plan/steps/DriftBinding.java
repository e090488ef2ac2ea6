package io.sluice.runtime.internal.plan.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

import io.sluice.expression.types.DataType;
import io.sluice.model.DriftPolicy;
import io.sluice.model.FileSource;
import io.sluice.model.schema.SchemaDrift;
import io.sluice.runtime.internal.exec.BatchSource;
import io.sluice.runtime.internal.files.BoundSource;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.types.Types;

/**
 * A file source bound by column name under its drift policy (CSV with a header, JSON lines): compares the declared
 * columns with those found in each file, records the drift, fails a STRICT source before any row is read (naming
 * the columns), and reads the file in its own column order into the step's output ({@link BoundSource}).
 */
final class DriftBinding {

    private DriftBinding() {
    }

    /**
     * @param found the columns the file has (from its header or a sample); null when it cannot be read
     * @param read  the reader of the file given the file's own schema
     */
    static BatchSource<?, ?> bound(FileSource step, PlanContext ctx, Path file, Schema out,
            io.sluice.expression.types.Schema found, Function<Schema, BatchSource<?, ?>> read) {
        // without the partition columns a Hive folder gives (they are not in the file, and not in out)
        io.sluice.expression.types.Schema declared = new io.sluice.expression.types.Schema(ctx.declared(step).fields().stream()
                .filter(d -> out.getFields().stream().anyMatch(o -> o.getName().equals(d.name()))).toList());
        DriftPolicy policy = step.getDriftPolicy();
        if (found == null || found.size() == 0) {
            found = declared;
        }
        SchemaDrift d = SchemaDrift.compare(declared, found);
        if (d.changed() || d.reordered()) {
            ctx.recordDrift(file, policy.getLiteral(), d.describe());
        }
        if (policy == DriftPolicy.STRICT && d.changed()) {
            throw new IllegalArgumentException("schema drift in " + file + " (policy STRICT, nothing was read): " + d.describe() //$NON-NLS-1$ //$NON-NLS-2$
                    + "; declare the columns, or choose the policy EVOLVE or RESCUE"); //$NON-NLS-1$
        }
        List<String> outNames = out.getFields().stream().map(Field::getName).toList();
        List<Field> fileFields = new ArrayList<>();
        List<Integer> rescuedColumns = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            String name = found.fields().get(k).name();
            int declaredAt = SchemaDrift.find(declared, name);
            int outAt = outNames.indexOf(declaredAt >= 0 ? declared.fields().get(declaredAt).name() : name);
            if (outAt >= 0 && !out.getFields().get(outAt).getName().equals(SchemaDrift.RESCUED)) {
                Field o = out.getFields().get(outAt);
                fileFields.add(new Field(name, o.getFieldType(), o.getChildren()));
            } else {
                fileFields.add(Types.field(DataType.STRING, name, true));
                if (policy == DriftPolicy.RESCUE) {
                    rescuedColumns.add(k);
                }
            }
        }
        Schema fileSchema = new Schema(fileFields);
        int[] from = new int[out.getFields().size()];
        int rescued = -1;
        for (int c = 0; c < from.length; c++) {
            String name = out.getFields().get(c).getName();
            from[c] = -1;
            if (policy == DriftPolicy.RESCUE && name.equals(SchemaDrift.RESCUED) && SchemaDrift.find(declared, name) < 0) {
                rescued = c;
                continue;
            }
            for (int k = 0; k < found.size(); k++) {
                if (!rescuedColumns.contains(k) && found.fields().get(k).name().equalsIgnoreCase(name)) {
                    from[c] = k;
                    break;
                }
            }
        }
        @SuppressWarnings({ "rawtypes", "unchecked" })
        BatchSource<?, ?> b = new BoundSource(read.apply(fileSchema), out, from, rescued,
                rescuedColumns.stream().mapToInt(Integer::intValue).toArray());
        return b;
    }
}
