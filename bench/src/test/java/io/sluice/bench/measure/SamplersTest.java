package io.sluice.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The samplers see what is allocated while they run. */
class SamplersTest {
    private static final long MIB = 1 << 20;

    @Test
    void nativeSamplerSeesArrowBuffers() throws InterruptedException {
        NativeMemorySampler s = new NativeMemorySampler();
        Assumptions.assumeTrue(s.available(), "run with -XX:NativeMemoryTracking=summary (the POM's surefire argLine does)");
        try (BufferAllocator root = new RootAllocator(1L << 30)) {
            s.start();
            long arrowPeak;
            try (ArrowBuf buf = root.buffer(64 * MIB)) {
                buf.setZero(0, buf.capacity());
                Thread.sleep(100);
                arrowPeak = root.getPeakMemoryAllocation();
            }
            long peak = s.stop();
            assertTrue(peak >= 64 * MIB && peak < 80 * MIB, "native peak " + peak / MIB + " MiB for a 64 MiB buffer");
            assertTrue(Math.abs(peak - arrowPeak) < 8 * MIB, "NMT " + peak + " vs Arrow's own peak " + arrowPeak);
            assertEquals(0, root.getAllocatedMemory());
        }
    }

    @Test
    void heapSamplerSeesALiveArray() throws InterruptedException {
        HeapSampler h = new HeapSampler();
        h.start();
        byte[] big = new byte[(int) (96 * MIB)];
        big[big.length - 1] = 1;
        Thread.sleep(50);
        HeapSampler.Heap heap = h.stop();
        assertTrue(heap.peakUsed() - heap.baseline() >= 96 * MIB, heap::toString);
        assertTrue(heap.max() > 0);
        assertEquals(1, big[big.length - 1]);
    }
}
