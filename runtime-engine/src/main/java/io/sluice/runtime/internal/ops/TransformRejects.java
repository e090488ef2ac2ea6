package io.sluice.runtime.internal.ops;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

import io.sluice.runtime.internal.exec.SideOutput;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

/**
 * Writes rejected rows of a transform to its {@code rejects} port in the model's transform-rejects schema: every
 * input column as text, then {@code _rule}, {@code _reason}, {@code _step} and {@code _run_id}. Shared by the
 * transforms that reject rows ({@link RejectingOperator}, the quality check).
 */
public final class TransformRejects {

    private TransformRejects() {
    }

    /**
     * Emits rows {@code rows[0..k)} of {@code in}, each with its {@code rule[row]} and {@code reason[row]}.
     *
     * @param rejects the step's rejects schema (the input's columns, then the four reject columns)
     */
    public static void emit(Schema rejects, VectorSchemaRoot in, int[] rows, int k, String[] rule, String[] reason,
            StepContext step, SideOutput out, WorkerState ws) throws Exception {
        if (k == 0) {
            return;
        }
        int inputs = in.getFieldVectors().size();
        byte[] stepName = step.name().getBytes(StandardCharsets.UTF_8);
        byte[] run = step.run().runId().getBytes(StandardCharsets.UTF_8);
        try (VectorSchemaRoot r = VectorSchemaRoot.create(rejects, ws.allocator())) {
            r.allocateNew();
            List<FieldVector> cols = r.getFieldVectors();
            for (int i = 0; i < k; i++) {
                int row = rows[i];
                for (int c = 0; c < inputs; c++) {
                    FieldVector v = in.getVector(c);
                    VarCharVector o = (VarCharVector) cols.get(c);
                    if (v.isNull(row)) {
                        o.setNull(i);
                    } else {
                        o.setSafe(i, MaskOperator.text(v, row));
                    }
                }
                ((VarCharVector) cols.get(inputs)).setSafe(i, rule[row].getBytes(StandardCharsets.UTF_8));
                ((VarCharVector) cols.get(inputs + 1)).setSafe(i, reason[row].getBytes(StandardCharsets.UTF_8));
                ((VarCharVector) cols.get(inputs + 2)).setSafe(i, stepName);
                ((VarCharVector) cols.get(inputs + 3)).setSafe(i, run);
            }
            for (FieldVector v : cols) {
                v.setValueCount(k);
            }
            r.setRowCount(k);
            out.emit(r, ws);
        }
    }
}
