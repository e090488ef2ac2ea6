package io.sluice.model.internal.kinds;

import io.sluice.model.JsonLinesSource;
import io.sluice.model.SluicePackage;

/** Objects' fields are found by name, so declared columns are bound by name and the drift policy applies. */
final class JsonLinesSourceKind extends FileSourceKind<JsonLinesSource> {

  JsonLinesSourceKind() {
    super(SluicePackage.Literals.JSON_LINES_SOURCE, JsonLinesSource.class, "Reads newline-delimited JSON, one object per line"); //$NON-NLS-1$
  }

  @Override
  public boolean bindsByName(JsonLinesSource step) {
    return true;
  }
}
