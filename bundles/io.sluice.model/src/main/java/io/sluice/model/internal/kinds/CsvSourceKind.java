package io.sluice.model.internal.kinds;

import java.nio.charset.Charset;

import io.sluice.model.CsvSource;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.PropertyChecks;

final class CsvSourceKind extends FileSourceKind<CsvSource> {

  CsvSourceKind() {
    super(SluicePackage.Literals.CSV_SOURCE, CsvSource.class,
        "Reads a CSV file (RFC 4180: quotes, embedded newlines, BOM, header or not)"); //$NON-NLS-1$
  }

  /** With a header, unless bound by position. */
  @Override
  public boolean bindsByName(CsvSource csv) {
    return csv.isHeader() && !csv.isBindByPosition();
  }

  @Override
  public void checkProperties(CsvSource csv, PropertyChecks checks) {
    super.checkProperties(csv, checks);
    checks.oneChar("delimiter", csv.getDelimiter()); //$NON-NLS-1$
    checks.oneChar("quote", csv.getQuote()); //$NON-NLS-1$
    if (!PropertyChecks.blank(csv.getEncoding()) && !Charset.isSupported(csv.getEncoding())) {
      checks.error("encoding", "unknown encoding '" + csv.getEncoding() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
  }
}
