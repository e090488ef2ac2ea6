package io.sluice.runtime.internal.ops;

import io.sluice.expression.types.DataType;

import java.util.Arrays;

import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * An open-addressing hash table from serialized group keys (null flag + fixed-width value or length-prefixed
 * UTF-8 bytes per key column) to dense group ids 0..size-1. Keys are kept in one byte arena so that they can
 * be merged into another table and decoded back into vectors.
 */
final class GroupKeys {
    private final DataType[] types;
    private byte[] arena = new byte[1 << 12];
    private int arenaLen;
    private int[] keyStart = new int[256];
    private int[] keyLen = new int[256];
    private long[] hashes = new long[256];
    private int[] slots = new int[512]; // group id + 1, 0 = empty
    private int size;
    private byte[] scratch = new byte[64];

    GroupKeys(DataType[] types) {
        this.types = types;
    }

    int size() {
        return size;
    }

    /** Group ids of rows 0..n-1 of the key columns, inserting new groups. */
    void groupIds(FieldVector[] keys, int n, int[] out) {
        for (int r = 0; r < n; r++) {
            int len = serialize(keys, r);
            out[r] = findOrInsert(scratch, 0, len, hash(scratch, 0, len));
        }
    }

    /** The group of a key stored in another table (same key types). */
    int findOrInsert(GroupKeys other, int group) {
        return findOrInsert(other.arena, other.keyStart[group], other.keyLen[group], other.hashes[group]);
    }

    private int serialize(FieldVector[] keys, int r) {
        int p = 0;
        for (int c = 0; c < keys.length; c++) {
            FieldVector v = keys[c];
            ensureScratch(p + 17);
            if (v.isNull(r)) {
                scratch[p++] = 0;
                continue;
            }
            scratch[p++] = 1;
            switch ((types[c]).id()) {
                case BOOLEAN -> scratch[p++] = (byte) ((BitVector) v).get(r);
                case INT32, DATE -> {
                    int x = ((BaseFixedWidthVector) v).getDataBuffer().getInt((long) r * 4);
                    p = putInt(p, x);
                }
                case INT8 -> scratch[p++] = ((BaseFixedWidthVector) v).getDataBuffer().getByte(r);
                case INT16 -> {
                    short x = ((BaseFixedWidthVector) v).getDataBuffer().getShort((long) r * 2);
                    scratch[p++] = (byte) (x >> 8);
                    scratch[p++] = (byte) x;
                }
                case DECIMAL -> { // one scale per column: equal values have equal bytes
                    p = putLong(p, ((BaseFixedWidthVector) v).getDataBuffer().getLong((long) r * 16));
                    p = putLong(p, ((BaseFixedWidthVector) v).getDataBuffer().getLong((long) r * 16 + 8));
                }
                case INT64, TIMESTAMP -> p = putLong(p, ((BaseFixedWidthVector) v).getDataBuffer().getLong((long) r * 8));
                case FLOAT64, FLOAT32 -> {
                    double d = v instanceof Float4Vector f4 ? f4.get(r) : ((Float8Vector) v).get(r);
                    if (d == 0.0) {
                        d = 0.0; // -0.0 groups with 0.0
                    }
                    p = putLong(p, Double.doubleToLongBits(d)); // canonical NaN
                }
                case TIME -> p = putLong(p, io.sluice.runtime.internal.types.Types.timeValue(v, r));
                case BINARY, FIXED_BINARY -> { // the bytes, length-prefixed: without them every value was one group
                    byte[] b = (byte[]) v.getObject(r);
                    ensureScratch(p + 4 + b.length);
                    p = putInt(p, b.length);
                    System.arraycopy(b, 0, scratch, p, b.length);
                    p += b.length;
                }
                case STRING -> {
                    VarCharVector s = (VarCharVector) v;
                    long start = s.getStartOffset(r);
                    int len = (int) (s.getEndOffset(r) - start);
                    ensureScratch(p + 4 + len);
                    p = putInt(p, len);
                    s.getDataBuffer().getBytes(start, scratch, p, len);
                    p += len;
                }
            }
        }
        return p;
    }

    private void ensureScratch(int n) {
        if (scratch.length < n) {
            scratch = Arrays.copyOf(scratch, Math.max(n, scratch.length * 2));
        }
    }

    private int putInt(int p, int x) {
        scratch[p] = (byte) x;
        scratch[p + 1] = (byte) (x >>> 8);
        scratch[p + 2] = (byte) (x >>> 16);
        scratch[p + 3] = (byte) (x >>> 24);
        return p + 4;
    }

    private int putLong(int p, long x) {
        p = putInt(p, (int) x);
        return putInt(p, (int) (x >>> 32));
    }

    private static int getInt(byte[] b, int p) {
        return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | (b[p + 3] & 0xff) << 24;
    }

    private static long getLong(byte[] b, int p) {
        return (getInt(b, p) & 0xffffffffL) | ((long) getInt(b, p + 4) << 32);
    }

    private static long hash(byte[] b, int s, int len) {
        long h = 0xcbf29ce484222325L;
        for (int i = s; i < s + len; i++) {
            h = (h ^ b[i]) * 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    private int findOrInsert(byte[] key, int off, int len, long h) {
        int mask = slots.length - 1;
        int i = (int) h & mask;
        while (true) {
            int g = slots[i] - 1;
            if (g < 0) {
                break;
            }
            if (hashes[g] == h && keyLen[g] == len
                    && Arrays.equals(arena, keyStart[g], keyStart[g] + len, key, off, off + len)) {
                return g;
            }
            i = (i + 1) & mask;
        }
        int g = size++;
        if (g == keyStart.length) {
            keyStart = Arrays.copyOf(keyStart, g * 2);
            keyLen = Arrays.copyOf(keyLen, g * 2);
            hashes = Arrays.copyOf(hashes, g * 2);
        }
        if (arenaLen + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arenaLen + len, arena.length * 2));
        }
        System.arraycopy(key, off, arena, arenaLen, len);
        keyStart[g] = arenaLen;
        keyLen[g] = len;
        hashes[g] = h;
        arenaLen += len;
        slots[i] = g + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return g;
    }

    private void rehash() {
        int[] s = new int[slots.length * 2];
        int mask = s.length - 1;
        for (int g = 0; g < size; g++) {
            int i = (int) hashes[g] & mask;
            while (s[i] != 0) {
                i = (i + 1) & mask;
            }
            s[i] = g + 1;
        }
        slots = s;
    }

    /** Writes key column {@code c} of groups [from, from+count) into {@code out} rows 0..count-1. */
    void decode(int c, int from, int count, FieldVector out) {
        out.setInitialCapacity(Math.max(count, 1));
        out.allocateNew();
        for (int k = 0; k < count; k++) {
            int g = from + k;
            int p = keyStart[g];
            for (int cc = 0; cc < c; cc++) {
                p = skip(cc, p);
            }
            if (arena[p] == 0) {
                if (out instanceof BaseFixedWidthVector fw) {
                    fw.setNull(k);
                } else {
                    ((org.apache.arrow.vector.BaseVariableWidthVector) out).setNull(k);
                }
                continue;
            }
            p++;
            switch ((types[c]).id()) {
                case BOOLEAN -> ((BitVector) out).setSafe(k, arena[p]);
                case INT32 -> ((IntVector) out).setSafe(k, getInt(arena, p));
                case DATE -> ((DateDayVector) out).setSafe(k, getInt(arena, p));
                case INT64 -> ((BigIntVector) out).setSafe(k, getLong(arena, p));
                case TIMESTAMP -> ((TimeStampVector) out).setSafe(k, getLong(arena, p));
                case FLOAT64 -> ((Float8Vector) out).setSafe(k, Double.longBitsToDouble(getLong(arena, p)));
                case FLOAT32 -> ((Float4Vector) out).setSafe(k, (float) Double.longBitsToDouble(getLong(arena, p)));
                case INT8 -> ((TinyIntVector) out).setSafe(k, arena[p]);
                case INT16 -> ((SmallIntVector) out).setSafe(k, (short) (((arena[p] & 0xFF) << 8) | (arena[p + 1] & 0xFF)));
                case DECIMAL -> {
                    DecimalVector d = (DecimalVector) out;
                    d.setIndexDefined(k);
                    d.getDataBuffer().setLong((long) k * 16, getLong(arena, p));
                    d.getDataBuffer().setLong((long) k * 16 + 8, getLong(arena, p + 8));
                }
                case STRING -> ((VarCharVector) out).setSafe(k, arena, p + 4, getInt(arena, p));
                case BINARY -> ((org.apache.arrow.vector.VarBinaryVector) out).setSafe(k, arena, p + 4, getInt(arena, p));
                case FIXED_BINARY -> ((org.apache.arrow.vector.FixedSizeBinaryVector) out).setSafe(k,
                        Arrays.copyOfRange(arena, p + 4, p + 4 + getInt(arena, p)));
                case TIME -> {
                    if (out instanceof org.apache.arrow.vector.TimeMilliVector ms) { // TIME(ms) is 32 bits wide
                        ms.setSafe(k, (int) getLong(arena, p));
                    } else {
                        ((BaseFixedWidthVector) out).setIndexDefined(k);
                        ((BaseFixedWidthVector) out).getDataBuffer().setLong((long) k * 8, getLong(arena, p));
                    }
                }
                default -> {
                    // LIST, STRUCT and MAP keys are not serialized yet (left alone here)
                }
            }
        }
        out.setValueCount(count);
    }

    private int skip(int c, int p) {
        if (arena[p] == 0) {
            return p + 1;
        }
        p++;
        return switch ((types[c]).id()) {
            case BOOLEAN, INT8 -> p + 1;
            case INT16 -> p + 2;
            case INT32, DATE -> p + 4;
            case INT64, TIMESTAMP, FLOAT64, FLOAT32, TIME -> p + 8;
            case DECIMAL -> p + 16;
            case STRING, BINARY, FIXED_BINARY -> p + 4 + getInt(arena, p);
            default -> throw new IllegalArgumentException("unsupported type " + (types[c])); //$NON-NLS-1$
        };
    }

}
