package io.sluice.model.internal.kinds;

import io.sluice.expression.types.Schema;
import io.sluice.model.JdbcSink;
import io.sluice.model.LoadMethod;
import io.sluice.model.SluicePackage;
import io.sluice.model.WriteMode;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;

final class JdbcSinkKind extends SinkKind<JdbcSink> {

  JdbcSinkKind() {
    super(SluicePackage.Literals.JDBC_SINK, JdbcSink.class,
        "Writes to a database table in one transaction, or upserts by key"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(JdbcSink jdbc, PropertyChecks checks) {
    if (PropertyChecks.blank(jdbc.getConnection())) {
      checks.required("url", jdbc.getUrl()); //$NON-NLS-1$
    }
    checks.required("table", jdbc.getTable()); //$NON-NLS-1$
    checks.password(jdbc.getPassword());
    if (jdbc.getMode() == WriteMode.UPSERT && jdbc.getKeyColumns().isEmpty()) {
      checks.error("keyColumns", "UPSERT needs key columns"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (jdbc.getMode() == WriteMode.UPSERT && jdbc.getLoadMethod() == LoadMethod.COPY) {
      checks.error("loadMethod", "COPY only inserts; UPSERT needs BATCH"); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (jdbc.getCommitEvery() < 0) {
      checks.error("commitEvery", "must be 0 (one transaction) or a number of rows"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  @Override
  public Schema output(JdbcSink jdbc, SchemaContext ctx) {
    if (jdbc.getMode() == WriteMode.UPSERT) {
      for (String k : jdbc.getKeyColumns()) {
        ctx.column(ctx.in(), k, "keyColumns", "key column"); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    return ctx.in();
  }
}
