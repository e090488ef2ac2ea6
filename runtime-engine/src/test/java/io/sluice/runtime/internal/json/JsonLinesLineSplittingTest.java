package io.sluice.runtime.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sluice.runtime.internal.files.ByteRange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON lines reader cuts a file into lines from a 64 KiB buffer it scans in bulk: lines shorter and longer than the
 * buffer, LF and CRLF ends (a CR may end one buffer and its LF start the next), a byte order mark, a last line without
 * an end, and byte ranges give exactly the lines, and line numbers, of a plain reference split.
 */
class JsonLinesLineSplittingTest {
    @TempDir
    Path dir;

    @Test
    void linesOfEveryLengthAroundTheBufferSizeComeOutExactlyWithTheirNumbers() throws Exception {
        Random random = new Random(20261130);
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder("\uFEFF"); // a byte order mark, which is not part of the first line
        int[] lengths = {0, 1, 65535, 65536, 65537, 131072, 200000, 3, 65534, 0, 70000};
        for (int i = 0; i < 400; i++) {
            int n = i < lengths.length ? lengths[i] : random.nextInt(i % 10 == 0 ? 140_000 : 300);
            String line = "x".repeat(n) + (i % 2 == 0 ? "é" : ""); //$NON-NLS-1$ //$NON-NLS-2$
            lines.add(line);
            text.append(line).append(i % 3 == 0 ? "\r\n" : "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        lines.add("last, without an end"); //$NON-NLS-1$
        text.append("last, without an end"); //$NON-NLS-1$
        Path file = dir.resolve("lines.jsonl"); //$NON-NLS-1$
        Files.writeString(file, text, StandardCharsets.UTF_8);

        assertEquals(lines, readAll(file, null, 1));

        // The ranges the parallel reader cuts, each read on its own, give the same lines with the same numbers.
        for (long size : new long[] {1, 4096, 65536, 100_000, 1 << 20}) {
            List<String> joined = new ArrayList<>();
            long expectedFirst = 1;
            for (ByteRange r : JsonLinesReader.ranges(file, size)) {
                assertEquals(expectedFirst, r.firstLine(), "first line of " + r); //$NON-NLS-1$
                List<String> part = readAll(file, r, r.firstLine());
                joined.addAll(part);
                expectedFirst += part.size();
            }
            assertEquals(lines, joined, "ranges of " + size + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void anEmptyFileAndAFileOfOnlyABomHaveNoLines() throws Exception {
        Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]); //$NON-NLS-1$
        Path bom = Files.write(dir.resolve("bom.jsonl"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); //$NON-NLS-1$
        assertEquals(List.of(), readAll(empty, null, 1));
        assertEquals(List.of(), readAll(bom, null, 1));
    }

    /** Every line of the file (or range), checking that the reader numbers them from {@code first}. */
    private static List<String> readAll(Path file, ByteRange range, long first) throws Exception {
        List<String> out = new ArrayList<>();
        try (JsonLinesReader.Global g = new JsonLinesReader.Global(null, file, range)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            for (byte[] l = g.readLine(buf); l != null; l = g.readLine(buf)) {
                out.add(new String(l, StandardCharsets.UTF_8));
                assertEquals(first + out.size() - 1, g.line, "line number"); //$NON-NLS-1$
            }
        }
        return out;
    }
}
