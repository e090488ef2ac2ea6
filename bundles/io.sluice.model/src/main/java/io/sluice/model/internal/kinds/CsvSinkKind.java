package io.sluice.model.internal.kinds;

import io.sluice.model.CsvSink;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.PropertyChecks;

final class CsvSinkKind extends FileSinkKind<CsvSink> {

  CsvSinkKind() {
    super(SluicePackage.Literals.CSV_SINK, CsvSink.class, true, "Writes a CSV file"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(CsvSink csv, PropertyChecks checks) {
    super.checkProperties(csv, checks);
    checks.oneChar("delimiter", csv.getDelimiter()); //$NON-NLS-1$
  }

  @Override
  public boolean writesHeader(CsvSink step) {
    return step.isHeader();
  }
}
