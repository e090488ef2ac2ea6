package io.sluice.runtime.spark.internal.translate;

import io.sluice.model.ArrowIpcSink;

/** Arrow IPC files written by the embedded writer, one per partition. */
public final class ArrowIpcSinkTranslator extends EmbeddedFileSinkTranslator<ArrowIpcSink> {
    @Override
    protected Format format(ArrowIpcSink step, io.sluice.runtime.spark.internal.Translation t) {
        return io.sluice.runtime.internal.ipc.ArrowIpcWriter::new;
    }

    @Override
    protected String extension() {
        return "arrow"; //$NON-NLS-1$
    }
}
