package io.sluice.runtime.internal.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.junit.jupiter.api.Test;

import io.sluice.expression.types.TemporalValues;

/** Rejects carry their row as text written exactly as the CSV sink writes it: one formatter for both. */
class RejectsTextTest {

    @Test
    void timestampsAndDatesOfRejectedRowsReadAsInTheMainCsvOutput() {
        try (RootAllocator allocator = new RootAllocator(1 << 20);
                TimeStampMicroTZVector ts = new TimeStampMicroTZVector("at", allocator, "UTC");
                DateDayVector day = new DateDayVector("day", allocator)) {
            long micros = 1_704_164_645_123_000L; // 2024-01-02 03:04:05.123 UTC
            ts.allocateNew(1);
            ts.set(0, micros);
            ts.setValueCount(1);
            day.allocateNew(1);
            day.set(0, 19_724);
            day.setValueCount(1);
            assertEquals("2024-01-02 03:04:05.123", new String(MaskOperator.text(ts, 0), StandardCharsets.UTF_8));
            assertEquals(TemporalValues.formatTimestamp(micros), new String(MaskOperator.text(ts, 0), StandardCharsets.UTF_8));
            assertEquals(TemporalValues.formatDate(19_724), new String(MaskOperator.text(day, 0), StandardCharsets.UTF_8));
        }
    }
}
