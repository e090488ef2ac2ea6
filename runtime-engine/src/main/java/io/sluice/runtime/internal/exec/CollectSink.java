package io.sluice.runtime.internal.exec;

import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Keeps at most {@code maxRows} rows as Java values (previews, tests). Values: Boolean, Integer, Long,
 * Double, String, Integer days (DATE), Long micros (TIMESTAMP) — what {@link FieldVector#getObject} gives,
 * with text as {@link String}.
 */
public final class CollectSink implements StatelessSink<CollectSink.Rows> {
    private final Schema schema;
    private final long maxRows;
    private final boolean nestedAsJson;
    private volatile Rows result;

    public CollectSink(Schema schema, long maxRows) {
        this(schema, maxRows, false);
    }

    private CollectSink(Schema schema, long maxRows, boolean nestedAsJson) {
        this.schema = schema;
        this.maxRows = maxRows;
        this.nestedAsJson = nestedAsJson;
    }

    /**
     * As the constructor, with LIST, STRUCT and MAP values kept as the JSON text the sinks write ({@code [1, 2]},
     * {@code {"city":"Oslo"}}, a map as an object, bytes as hex, times in ISO form) instead of Arrow's Java lists and
     * maps (which give a map as a list of key/value entries and bytes as {@code [B@…}): what a preview shows.
     */
    public static CollectSink nestedAsJson(Schema schema, long maxRows) {
        return new CollectSink(schema, maxRows, true);
    }

    public Schema schema() {
        return schema;
    }

    /** The rows collected by the last run (after it finished). */
    public List<List<Object>> rows() {
        Rows r = result;
        return r == null ? List.of() : r.rows;
    }

    /** Global state: the rows, guarded by itself. */
    public static final class Rows implements AutoCloseable {
        final List<List<Object>> rows = new ArrayList<>();

        @Override
        public void close() {
        }
    }

    @Override
    public Rows createGlobal(StepContext step) {
        Rows r = new Rows();
        result = r;
        return r;
    }

    @Override
    public void accept(VectorSchemaRoot in, Rows global, AutoCloseable local, WorkerState ws) {
        synchronized (global) {
            for (int r = 0; r < in.getRowCount() && global.rows.size() < maxRows; r++) {
                List<Object> row = new ArrayList<>(in.getFieldVectors().size());
                for (FieldVector v : in.getFieldVectors()) {
                    Object o = nestedAsJson && !v.isNull(r) && (v instanceof org.apache.arrow.vector.complex.ListVector
                            || v instanceof org.apache.arrow.vector.complex.StructVector)
                                    ? io.sluice.runtime.internal.json.NestedJson.text(v, r) : v.getObject(r);
                    if (o instanceof org.apache.arrow.vector.util.Text t) {
                        o = t.toString();
                    } else if (o instanceof java.time.LocalDateTime || o instanceof java.time.LocalDate) {
                        o = switch (v) { // the stored number, as for the other temporal vectors
                            case org.apache.arrow.vector.DateDayVector d -> (Object) d.get(r);
                            case org.apache.arrow.vector.TimeMilliVector t -> (Object) t.get(r);
                            default -> (Object) ((org.apache.arrow.vector.TimeStampVector) v).get(r);
                        };
                    }
                    row.add(o);
                }
                global.rows.add(row);
            }
        }
    }

    @Override
    public boolean keepsInputOrder() {
        return true;
    }

    @Override
    public void finish(Rows global, StepContext step) {
    }

}
