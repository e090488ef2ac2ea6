package io.sluice.bench.data;

/**
 * A SplitMix64 stream that is re-seeded per row, so every row is a pure function of (seed, row) and
 * chunks of a file can be generated in any order, on any number of threads, with the same bytes.
 */
final class RowRandom {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    /** Positions the stream at the start of the values of {@code row} under {@code seed} and {@code salt}. */
    RowRandom at(long seed, long salt, long row) {
        state = mix(seed ^ mix(salt + row * GOLDEN));
        return this;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [0, bound). */
    long nextLong(long bound) {
        return Math.floorMod(nextLong(), bound);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return nextDouble() < p;
    }
}
