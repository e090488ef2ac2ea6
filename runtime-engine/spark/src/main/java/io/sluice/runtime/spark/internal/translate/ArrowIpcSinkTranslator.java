package io.sluice.runtime.spark.internal.translate;

import java.nio.file.Path;

import io.sluice.model.ArrowIpcSink;
import io.sluice.runtime.spark.internal.EmbeddedSinkTask;

/** Arrow IPC files written by the embedded writer, one per partition. */
public final class ArrowIpcSinkTranslator extends EmbeddedFileSinkTranslator<ArrowIpcSink> {
    @Override
    protected EmbeddedSinkTask.Factory writer(String dir) {
        return (partition, schema) -> new io.sluice.runtime.internal.ipc.ArrowIpcWriter(
                EmbeddedSinkTask.part(Path.of(dir), partition, "arrow"), schema); //$NON-NLS-1$
    }

    @Override
    protected Format format(ArrowIpcSink step, io.sluice.runtime.spark.internal.Translation t) {
        return io.sluice.runtime.internal.ipc.ArrowIpcWriter::new;
    }

    @Override
    protected String extension() {
        return "arrow"; //$NON-NLS-1$
    }
}
