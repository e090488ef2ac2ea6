package io.sluice.model.internal.kinds;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.Schema;
import io.sluice.model.Sink;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/** What every sink shares: one input, no outputs; what it writes is its input. */
class SinkKind<S extends Sink> extends StepKind<S> {

  SinkKind(EClass eClass, Class<S> type, String documentation) {
    super(eClass, type, Cardinality.SINK, documentation);
  }

  @Override
  public EList<String> outputPorts(S step) {
    return NO_PORTS;
  }

  @Override
  public Schema output(S step, SchemaContext ctx) {
    return ctx.in();
  }

  @Override
  public List<ColumnLineage> lineage(S step, SchemaContext inputs, Schema output) {
    return List.of();
  }
}
