package io.sluice.model.internal.kinds;

import java.util.List;

import io.sluice.model.ArrowIpcSink;
import io.sluice.model.ArrowIpcSource;
import io.sluice.model.JsonLinesSink;
import io.sluice.model.ParquetSink;
import io.sluice.model.ParquetSource;
import io.sluice.model.SluicePackage.Literals;
import io.sluice.model.kind.StepKind;

/** The step kinds of the metamodel, in palette order. A new kind adds one line here. */
public final class BuiltInKinds {
  private BuiltInKinds() {
  }

  public static List<StepKind<?>> all() {
    return List.of(
        new CsvSourceKind(),
        new JsonLinesSourceKind(),
        new FileSourceKind<>(Literals.PARQUET_SOURCE, ParquetSource.class, "Reads a Parquet file; its columns come from the file's footer"), //$NON-NLS-1$
        new FileSourceKind<>(Literals.ARROW_IPC_SOURCE, ArrowIpcSource.class, "Reads an Arrow IPC (Feather v2) file; its columns come from the file's schema"), //$NON-NLS-1$
        new JdbcSourceKind(),
        new FilterKind(),
        new SelectKind(),
        new DeriveKind(),
        new JoinStepKind(),
        new AggregateKind(),
        new SortKind(),
        new DeduplicateKind(),
        new UnionKind(),
        new WindowStepKind(),
        new QualityCheckKind(),
        new MaskKind(),
        new PivotKind(),
        new UnpivotKind(),
        new CsvSinkKind(),
        new FileSinkKind<>(Literals.JSON_LINES_SINK, JsonLinesSink.class, true, "Writes newline-delimited JSON"), //$NON-NLS-1$
        new FileSinkKind<>(Literals.PARQUET_SINK, ParquetSink.class, false, "Writes a Parquet file"), //$NON-NLS-1$
        new FileSinkKind<>(Literals.ARROW_IPC_SINK, ArrowIpcSink.class, false, "Writes an Arrow IPC (Feather v2) file"), //$NON-NLS-1$
        new JdbcSinkKind());
  }
}
