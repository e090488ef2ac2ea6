package io.sluice.model.internal.migration;

import org.w3c.dom.Document;

import io.sluice.model.resource.FormatException;

/** Upgrades a .sluice document from {@link #fromVersion()} to {@code fromVersion() + 1}, in place. */
public interface Migration {
  int fromVersion();

  /**
   * @param doc the document, elements carrying their source line as user data {@link Migrations#LINE}
   * @param location file name for messages
   */
  void migrate(Document doc, String location) throws FormatException;
}
