package io.sluice.runtime.internal.ops;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The input a blocking operator's sink holds until it finishes (a join's build side, a deduplication): every
 * accepted batch copied into the step's allocator, in arrival order; {@link #take} hands them over once.
 */
final class BatchBuffer implements AutoCloseable {
    private final Schema schema;
    private final BufferAllocator allocator;
    private final List<VectorSchemaRoot> batches = new ArrayList<>();

    BatchBuffer(Schema schema, BufferAllocator allocator) {
        this.schema = schema;
        this.allocator = allocator;
    }

    BufferAllocator allocator() {
        return allocator;
    }

    /** Copies the rows of {@code in} (any worker; the source reuses its root). */
    void add(VectorSchemaRoot in) {
        int n = in.getRowCount();
        if (n == 0) {
            return;
        }
        VectorSchemaRoot copy = VectorSchemaRoot.create(schema, allocator);
        int[] sel = new int[n];
        for (int i = 0; i < n; i++) {
            sel[i] = i;
        }
        Gather.rows(in, sel, n, copy);
        synchronized (batches) {
            batches.add(copy);
        }
    }

    /** Every batch held, in arrival order; the caller closes them. */
    VectorSchemaRoot[] take() {
        synchronized (batches) {
            VectorSchemaRoot[] all = batches.toArray(new VectorSchemaRoot[0]);
            batches.clear();
            return all;
        }
    }

    @Override
    public void close() {
        synchronized (batches) {
            for (VectorSchemaRoot b : batches) {
                b.close();
            }
            batches.clear();
        }
    }
}
