package io.sluice.runtime.internal.parquet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;

/**
 * Parquet page compression without Hadoop: UNCOMPRESSED, SNAPPY and ZSTD through aircompressor (pure Java),
 * GZIP through the JDK. Other codecs are refused with a message naming them.
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
            case GZIP: {
                ByteArrayOutputStream bos = new ByteArrayOutputStream(in.length / 2 + 64);
                try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
                    gz.write(in);
                }
                return bos.toByteArray();
            }
            default:
                throw new IOException("unsupported Parquet compression " + codec //$NON-NLS-1$
                        + "; expected UNCOMPRESSED, SNAPPY, GZIP or ZSTD"); //$NON-NLS-1$
        }
    }

    static byte[] decompress(CompressionCodecName codec, byte[] in, int size) throws IOException {
        switch (codec) {
            case UNCOMPRESSED:
                return in;
            case SNAPPY: {
                byte[] out = new byte[size];
                new SnappyDecompressor().decompress(in, 0, in.length, out, 0, size);
                return out;
            }
            case ZSTD: {
                byte[] out = new byte[size];
                new ZstdDecompressor().decompress(in, 0, in.length, out, 0, size);
                return out;
            }
            case GZIP: {
                try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(in))) {
                    return gz.readNBytes(size);
                }
            }
            default:
                throw new IOException("unsupported Parquet compression " + codec //$NON-NLS-1$
                        + "; expected UNCOMPRESSED, SNAPPY, GZIP or ZSTD"); //$NON-NLS-1$
        }
    }
}
