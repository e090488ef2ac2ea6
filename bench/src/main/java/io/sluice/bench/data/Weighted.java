package io.sluice.bench.data;

import java.nio.charset.StandardCharsets;

/** A fixed set of values drawn with given weights through a 4096-slot lookup table (one random int a draw). */
final class Weighted {
    private static final int SLOTS = 4096;
    private final byte[][] values;
    private final String[] names;
    private final short[] table = new short[SLOTS];

    Weighted(String[] names, double[] weights) {
        if (names.length != weights.length) {
            throw new IllegalArgumentException("expected one weight per value, got " + weights.length + " for " + names.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.names = names.clone();
        values = new byte[names.length][];
        double total = 0;
        for (int i = 0; i < names.length; i++) {
            values[i] = names[i].getBytes(StandardCharsets.UTF_8);
            total += weights[i];
        }
        double cumulative = 0;
        int slot = 0;
        for (int i = 0; i < names.length; i++) {
            cumulative += weights[i];
            int end = i == names.length - 1 ? SLOTS : (int) Math.round(cumulative / total * SLOTS);
            while (slot < end) {
                table[slot++] = (short) i;
            }
        }
    }

    int draw(RowRandom r) {
        return table[r.nextInt(SLOTS)];
    }

    byte[] bytes(int index) {
        return values[index];
    }

    String name(int index) {
        return names[index];
    }

    int size() {
        return names.length;
    }
}
