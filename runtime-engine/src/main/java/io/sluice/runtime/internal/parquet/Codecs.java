package io.sluice.runtime.internal.parquet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import org.brotli.dec.BrotliInputStream;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdInputStream;

/**
 * Parquet page compression without Hadoop: SNAPPY, ZSTD, LZ4 (Hadoop framing) and LZ4_RAW through aircompressor
 * (pure Java), GZIP through the JDK, BROTLI (read only) through Google's pure-Java decoder {@code org.brotli:dec}.
 * LZO and anything newer are refused as an unsupported feature, naming the codec.
 */
public final class Codecs implements CompressionCodecFactory {
    public static final Codecs INSTANCE = new Codecs();

    private Codecs() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                byte[] in = bytes.toByteArray();
                return BytesInput.from(Codecs.compress(codec, in));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                return BytesInput.from(Codecs.decompress(codec, bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(Codecs.decompress(codec, in, uncompressedSize));
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public void release() {
    }

    /** Largest page Sluice decompresses: a page header claiming more is damaged (or not a file for Sluice). */
    static final int MAX_PAGE_BYTES = 1 << 30;

    static byte[] compress(CompressionCodecName codec, byte[] in) throws IOException {
        switch (codec) {
            case UNCOMPRESSED:
                return in;
            case SNAPPY: {
                SnappyCompressor c = new SnappyCompressor();
                byte[] out = new byte[c.maxCompressedLength(in.length)];
                int n = c.compress(in, 0, in.length, out, 0, out.length);
                return java.util.Arrays.copyOf(out, n);
            }
            case ZSTD: {
                ZstdCompressor c = new ZstdCompressor();
                byte[] out = new byte[c.maxCompressedLength(in.length)];
                int n = c.compress(in, 0, in.length, out, 0, out.length);
                return java.util.Arrays.copyOf(out, n);
            }
            case LZ4_RAW: {
                Lz4Compressor c = new Lz4Compressor();
                byte[] out = new byte[c.maxCompressedLength(in.length)];
                int n = c.compress(in, 0, in.length, out, 0, out.length);
                return java.util.Arrays.copyOf(out, n);
            }
            case LZ4: { // Hadoop framing: one block of [uncompressed length][compressed length][LZ4 block], big-endian
                byte[] raw = compress(CompressionCodecName.LZ4_RAW, in);
                return ByteBuffer.allocate(8 + raw.length).putInt(in.length).putInt(raw.length).put(raw).array();
            }
            case GZIP: {
                ByteArrayOutputStream bos = new ByteArrayOutputStream(in.length / 2 + 64);
                try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
                    gz.write(in);
                }
                return bos.toByteArray();
            }
            default:
                throw new IOException("unsupported Parquet feature: writing " + codec //$NON-NLS-1$
                        + " compression; Sluice writes UNCOMPRESSED, SNAPPY, GZIP, ZSTD, LZ4 and LZ4_RAW"); //$NON-NLS-1$
        }
    }

    /**
     * Decompresses one page to exactly {@code size} bytes. The size comes from the page header and is checked
     * before anything is allocated for it, so a lying header is a named error, not a 2 GiB allocation.
     */
    static byte[] decompress(CompressionCodecName codec, byte[] in, int size) throws IOException {
        if (size < 0 || size > MAX_PAGE_BYTES) {
            throw new IOException("damaged page: its header claims " + Integer.toUnsignedLong(size) //$NON-NLS-1$
                    + " bytes uncompressed; at most " + MAX_PAGE_BYTES + " are accepted"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (size == 0) {
            return new byte[0]; // an empty page (data page v2 with no values, an empty dictionary)
        }
        try {
            return switch (codec) {
                case UNCOMPRESSED -> exact(codec, in, in.length, size);
                case SNAPPY -> {
                    int claimed = SnappyDecompressor.getUncompressedLength(in, 0);
                    if (claimed != size) {
                        throw new IOException("damaged page: SNAPPY data holds " + claimed //$NON-NLS-1$
                                + " bytes, the page header says " + size); //$NON-NLS-1$
                    }
                    byte[] out = new byte[size];
                    yield exact(codec, out, new SnappyDecompressor().decompress(in, 0, in.length, out, 0, size), size);
                }
                case ZSTD -> {
                    try (InputStream z = new ZstdInputStream(new ByteArrayInputStream(in))) {
                        byte[] out = z.readNBytes(size);
                        yield exact(codec, out, out.length, size);
                    }
                }
                case GZIP -> {
                    try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(in))) {
                        byte[] out = gz.readNBytes(size);
                        yield exact(codec, out, out.length, size);
                    }
                }
                case BROTLI -> {
                    try (InputStream b = new BrotliInputStream(new ByteArrayInputStream(in))) {
                        byte[] out = b.readNBytes(size);
                        yield exact(codec, out, out.length, size);
                    }
                }
                case LZ4_RAW -> lz4Raw(in, 0, in.length, size);
                case LZ4 -> lz4Hadoop(in, size);
                default -> throw new IOException("unsupported Parquet feature: " + codec //$NON-NLS-1$
                        + " compression; Sluice reads UNCOMPRESSED, SNAPPY, GZIP, ZSTD, BROTLI, LZ4 and LZ4_RAW"); //$NON-NLS-1$
            };
        } catch (MalformedInputException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException("damaged page: " + codec + " data does not decompress (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static byte[] exact(CompressionCodecName codec, byte[] out, int produced, int size) throws IOException {
        if (produced != size) {
            throw new IOException("damaged page: " + codec + " data holds " + produced //$NON-NLS-1$ //$NON-NLS-2$
                    + " bytes, the page header says " + size); //$NON-NLS-1$
        }
        return out;
    }

    /** A raw LZ4 block; LZ4 expands at most about 255 times, so a larger claim is refused before allocating. */
    private static byte[] lz4Raw(byte[] in, int off, int len, int size) throws IOException {
        if ((long) size > 255L * len + 16) {
            throw new IOException("damaged page: " + len + " bytes of LZ4 cannot hold the " + size //$NON-NLS-1$ //$NON-NLS-2$
                    + " bytes its header claims"); //$NON-NLS-1$
        }
        byte[] out = new byte[size];
        return exact(CompressionCodecName.LZ4_RAW, out, new Lz4Decompressor().decompress(in, off, len, out, 0, size), size);
    }

    /**
     * Parquet's deprecated LZ4: Hadoop's framing (blocks of [uncompressed length][compressed length][LZ4 block],
     * big-endian), or — as older parquet-cpp wrote it — one raw LZ4 block. Like Arrow's reader, the framing is
     * tried first and the raw block is the fallback.
     */
    private static byte[] lz4Hadoop(byte[] in, int size) throws IOException {
        byte[] out = hadoopFrames(in, size);
        return out != null ? out : lz4Raw(in, 0, in.length, size);
    }

    private static byte[] hadoopFrames(byte[] in, int size) {
        ByteBuffer b = ByteBuffer.wrap(in);
        byte[] out = new byte[size];
        int produced = 0;
        try {
            while (b.remaining() >= 8) {
                int blockSize = b.getInt();
                if (blockSize < 0 || blockSize > size - produced) {
                    return null;
                }
                int blockEnd = produced + blockSize;
                while (produced < blockEnd) {
                    if (b.remaining() < 4) {
                        return null;
                    }
                    int c = b.getInt();
                    if (c <= 0 || c > b.remaining()) {
                        return null;
                    }
                    int n = new Lz4Decompressor().decompress(in, b.position(), c, out, produced, blockEnd - produced);
                    b.position(b.position() + c);
                    produced += n;
                }
            }
        } catch (MalformedInputException | IndexOutOfBoundsException e) {
            return null;
        }
        return b.remaining() == 0 && produced == size ? out : null;
    }
}
