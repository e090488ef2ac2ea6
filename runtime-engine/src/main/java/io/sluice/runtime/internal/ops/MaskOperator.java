package io.sluice.runtime.internal.ops;

import io.sluice.runtime.internal.exec.BatchOperator;
import io.sluice.runtime.internal.exec.Flow;
import io.sluice.runtime.internal.exec.StepContext;
import io.sluice.runtime.internal.exec.WorkerState;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Masks columns: HASH_SHA256 replaces a value by the lower-case hex SHA-256 of the salt's UTF-8 bytes followed by
 * the value's text (strings as they are; numbers, booleans, dates ({@code 2024-03-01}) and timestamps
 * ({@code 2024-03-01T10:00:00Z}) in ISO/Java text form), so equal values stay joinable; REDACT replaces it by
 * {@link #REDACTED}. NULL stays NULL. Other columns pass through unchanged (buffers transferred).
 */
public final class MaskOperator implements BatchOperator<MaskOperator.Local> {
    public static final String REDACTED = "[redacted]"; //$NON-NLS-1$
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    private final Schema output;
    private final boolean[] masked;
    private final boolean redact;
    private final byte[] salt;

    public MaskOperator(Schema output, boolean[] masked, boolean redact, String salt) {
        this.output = output;
        this.masked = masked.clone();
        this.redact = redact;
        this.salt = salt == null ? new byte[0] : salt.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Schema outputSchema() {
        return output;
    }

    public static final class Local implements AutoCloseable {
        final MessageDigest sha;
        final byte[] hex = new byte[64];

        Local() throws NoSuchAlgorithmException {
            sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        }

        @Override
        public void close() {
        }
    }

    @Override
    public Local createLocal(StepContext step, WorkerState ws) throws NoSuchAlgorithmException {
        return new Local();
    }

    @Override
    public Flow apply(VectorSchemaRoot in, VectorSchemaRoot out, Local l, WorkerState ws) {
        int n = in.getRowCount();
        byte[] redacted = REDACTED.getBytes(StandardCharsets.UTF_8);
        for (int c = 0; c < masked.length; c++) {
            FieldVector src = in.getVector(c);
            FieldVector dst = out.getVector(c);
            if (!masked[c]) {
                src.makeTransferPair(dst).transfer();
                continue;
            }
            VarCharVector o = (VarCharVector) dst;
            o.clear();
            o.allocateNew((long) n * (redact ? redacted.length : 64), Math.max(n, 1));
            for (int r = 0; r < n; r++) {
                if (src.isNull(r)) {
                    o.setNull(r);
                } else if (redact) {
                    o.setSafe(r, redacted);
                } else {
                    l.sha.reset();
                    l.sha.update(salt);
                    l.sha.update(text(src, r));
                    byte[] d = l.sha.digest();
                    for (int i = 0; i < d.length; i++) {
                        l.hex[2 * i] = HEX[(d[i] >> 4) & 0xF];
                        l.hex[2 * i + 1] = HEX[d[i] & 0xF];
                    }
                    o.setSafe(r, l.hex);
                }
            }
            o.setValueCount(n);
        }
        out.setRowCount(n);
        return Flow.NEEDS_INPUT;
    }

    /**
     * The UTF-8 text of a non-null cell, written as the CSV sink writes it (dates and timestamps by {@code TemporalValues});
     * rejects and masks use it.
     */
    public static byte[] text(FieldVector v, int r) {
        String s;
        if (v instanceof VarCharVector x) {
            return x.get(r);
        } else if (v instanceof BigIntVector x) {
            s = Long.toString(x.get(r));
        } else if (v instanceof IntVector x) {
            s = Integer.toString(x.get(r));
        } else if (v instanceof Float8Vector x) {
            s = Double.toString(x.get(r));
        } else if (v instanceof BitVector x) {
            s = x.get(r) != 0 ? "true" : "false"; //$NON-NLS-1$ //$NON-NLS-2$
        } else if (v instanceof DateDayVector x) {
            s = io.sluice.expression.types.TemporalValues.formatDate(x.get(r));
        } else if (v instanceof TimeStampVector x) {
            // the CSV sink's formatter in the column's own unit, so a rejects CSV writes timestamps as the main CSV output does
            s = io.sluice.expression.types.TemporalValues.appendTimestamp(new StringBuilder(30), x.get(r),
                    io.sluice.runtime.internal.types.Types.of(x.getField().getType()).timePrecision()).toString();
        } else if (v instanceof org.apache.arrow.vector.VarBinaryVector || v instanceof org.apache.arrow.vector.FixedSizeBinaryVector) {
            s = io.sluice.expression.semantics.NestedRules.hex((byte[]) v.getObject(r)); // BINARY's one text form
        } else if (v.getField().getType() instanceof org.apache.arrow.vector.types.pojo.ArrowType.Time) {
            s = io.sluice.expression.types.TemporalValues.appendTime(new StringBuilder(18), io.sluice.runtime.internal.types.Types.timeValue(v, r),
                    io.sluice.runtime.internal.types.Types.of(v.getField().getType()).timePrecision()).toString();
        } else {
            s = String.valueOf(v.getObject(r));
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
