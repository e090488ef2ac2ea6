package io.sluice.model.resource;

/**
 * Why a .sluice file could not be loaded, with the place in the file. Line and column are 1-based;
 * 0 means unknown.
 */
public record LoadProblem(String file, int line, int column, String message) {

  /** {@code FILE:LINE:COLUMN: message}, the usual compiler form. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(message).toString(); //$NON-NLS-1$
  }
}
