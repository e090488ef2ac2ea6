package io.sluice.model.resource;

import java.io.IOException;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * A .sluice file that cannot be read: not XML, an unsupported format version or a failed migration.
 * It is also a {@link Resource.Diagnostic}, so it appears in {@link Resource#getErrors()} with its line.
 */
public class FormatException extends IOException implements Resource.Diagnostic {
  private static final long serialVersionUID = 1L;
  private final String location;
  private final int line;
  private final int column;

  public FormatException(String message, String location, int line, int column) {
    super(message);
    this.location = location;
    this.line = line;
    this.column = column;
  }

  @Override
  public String getLocation() {
    return location;
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getColumn() {
    return column;
  }
}
