package io.sluice.model.internal.kinds;

import io.sluice.model.JdbcSource;
import io.sluice.model.SluicePackage;
import io.sluice.model.kind.PropertyChecks;

final class JdbcSourceKind extends SourceKind<JdbcSource> {

  JdbcSourceKind() {
    super(SluicePackage.Literals.JDBC_SOURCE, JdbcSource.class,
        "Runs a SQL query on a database (embedded H2 by default)"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(JdbcSource jdbc, PropertyChecks checks) {
    if (PropertyChecks.blank(jdbc.getConnection())) {
      checks.required("url", jdbc.getUrl()); //$NON-NLS-1$
    }
    if (PropertyChecks.blank(jdbc.getTable())) {
      checks.required("query", jdbc.getQuery()); //$NON-NLS-1$
    } else if (!PropertyChecks.blank(jdbc.getQuery())) {
      checks.error("table", "set either a query or a table, not both"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    checks.password(jdbc.getPassword());
  }
}
