package io.sluice.bench.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer that formats the few things a CSV row needs (integers, fixed two-decimal amounts,
 * two-digit fields, ASCII text) without creating a String per field.
 */
final class AsciiBuffer {
    private byte[] bytes;
    private int size;
    private final byte[] digits = new byte[20];

    AsciiBuffer(int capacity) {
        bytes = new byte[Math.max(64, capacity)];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    AsciiBuffer put(byte b) {
        ensure(1);
        bytes[size++] = b;
        return this;
    }

    AsciiBuffer put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    /** A non-negative or negative decimal integer. */
    AsciiBuffer putLong(long v) {
        if (v == Long.MIN_VALUE) {
            return put(Long.toString(v).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        ensure(20);
        if (v < 0) {
            bytes[size++] = '-';
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        while (n > 0) {
            bytes[size++] = digits[--n];
        }
        return this;
    }

    /** Exactly two digits, 0..99. */
    AsciiBuffer put2(int v) {
        ensure(2);
        bytes[size++] = (byte) ('0' + v / 10);
        bytes[size++] = (byte) ('0' + v % 10);
        return this;
    }

    /** cents as {@code units.cc}, e.g. 12345 as {@code 123.45}, 100 as {@code 1.00}. */
    AsciiBuffer putCents(long cents) {
        putLong(cents / 100);
        put((byte) '.');
        return put2((int) (cents % 100));
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
