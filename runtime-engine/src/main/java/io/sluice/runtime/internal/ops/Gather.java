package io.sluice.runtime.internal.ops;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.BitVectorHelper;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Copies selected rows of vectors ({@code out[i] = in[sel[i]]}, null where {@code sel[i] < 0}), with tight loops
 * for our vector kinds.
 */
public final class Gather {
    private Gather() {
    }

    /** Copies rows sel[0..k) of every column of {@code in} into {@code out} (same schema). */
    public static void rows(VectorSchemaRoot in, int[] sel, int k, VectorSchemaRoot out) {
        for (int c = 0; c < in.getFieldVectors().size(); c++) {
            column(in.getVector(c), sel, k, out.getVector(c));
        }
        out.setRowCount(k);
    }

    /** Copies rows sel[0..k) of {@code in} into {@code out} (same type); a negative index gives a null. */
    public static void column(FieldVector in, int[] sel, int k, FieldVector out) {
        out.clear();
        if (in instanceof VarCharVector src && out instanceof VarCharVector dst) {
            long bytes = 0;
            ArrowBuf srcOffsets = src.getOffsetBuffer();
            for (int i = 0; i < k; i++) {
                int row = sel[i];
                if (row >= 0) {
                    bytes += srcOffsets.getInt((long) (row + 1) * 4) - srcOffsets.getInt((long) row * 4);
                }
            }
            dst.allocateNew(Math.max(bytes, 1), Math.max(k, 1));
            ArrowBuf data = dst.getDataBuffer();
            ArrowBuf offsets = dst.getOffsetBuffer();
            ArrowBuf validity = dst.getValidityBuffer();
            ArrowBuf srcData = src.getDataBuffer();
            long pos = 0;
            offsets.setInt(0, 0);
            for (int i = 0; i < k; i++) {
                int row = sel[i];
                if (row >= 0 && !src.isNull(row)) {
                    BitVectorHelper.setBit(validity, i);
                    long s = srcOffsets.getInt((long) row * 4);
                    long len = srcOffsets.getInt((long) (row + 1) * 4) - s;
                    data.setBytes(pos, srcData, s, len);
                    pos += len;
                }
                offsets.setInt((long) (i + 1) * 4, (int) pos);
            }
            dst.setLastSet(k - 1);
            dst.setValueCount(k);
            return;
        }
        if (in instanceof BaseFixedWidthVector src && out instanceof BaseFixedWidthVector dst
                && !(in instanceof BitVector)) {
            dst.allocateNew(Math.max(k, 1));
            int w = src.getTypeWidth();
            ArrowBuf sd = src.getDataBuffer();
            ArrowBuf dd = dst.getDataBuffer();
            ArrowBuf dv = dst.getValidityBuffer();
            for (int i = 0; i < k; i++) {
                int row = sel[i];
                if (row >= 0 && !src.isNull(row)) {
                    BitVectorHelper.setBit(dv, i);
                    if (w == 8) {
                        dd.setLong((long) i * 8, sd.getLong((long) row * 8));
                    } else if (w == 4) {
                        dd.setInt((long) i * 4, sd.getInt((long) row * 4));
                    } else {
                        dd.setBytes((long) i * w, sd, (long) row * w, w);
                    }
                }
            }
            dst.setValueCount(k);
            return;
        }
        out.setInitialCapacity(Math.max(k, 1));
        out.allocateNew();
        for (int i = 0; i < k; i++) {
            if (sel[i] < 0) {
                out.setNull(i);
            } else {
                out.copyFromSafe(sel[i], i, in);
            }
        }
        out.setValueCount(k);
    }

    /** Fills {@code out} with k nulls. */
    public static void nulls(FieldVector out, int k) {
        out.clear();
        out.setInitialCapacity(Math.max(k, 1));
        out.allocateNew();
        for (int i = 0; i < k; i++) {
            out.setNull(i);
        }
        out.setValueCount(k);
    }

    /** Ends a batch an operator built column by column: every column and {@code out} hold {@code n} rows. */
    public static void rowCount(VectorSchemaRoot out, int n) {
        for (FieldVector v : out.getFieldVectors()) {
            v.setValueCount(n);
        }
        out.setRowCount(n);
    }

    /** Moves all buffers of {@code in} into {@code out} (same schema) without copying. */
    public static void transferAll(VectorSchemaRoot in, VectorSchemaRoot out) {
        for (int c = 0; c < in.getFieldVectors().size(); c++) {
            in.getVector(c).makeTransferPair(out.getVector(c)).transfer();
        }
        out.setRowCount(in.getRowCount());
    }
}
