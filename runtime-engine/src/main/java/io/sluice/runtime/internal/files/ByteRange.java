package io.sluice.runtime.internal.files;

/**
 * A byte range of an input file that begins and ends on record boundaries, and the 1-based physical line at its
 * start: a distributed engine reads each range of a big file in its own task, and rejects rows still name the line.
 */
public record ByteRange(long start, long end, long firstLine) implements java.io.Serializable {
    public ByteRange {
        if (start < 0 || end < start || firstLine < 1) {
            throw new IllegalArgumentException("byte range: expected 0 <= start <= end and firstLine >= 1, got " + start + ", " //$NON-NLS-1$ //$NON-NLS-2$
                    + end + ", " + firstLine); //$NON-NLS-1$
        }
    }
}
