package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.List;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.Durations;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Window;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.PropertyChecks;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * {@code window_start} and {@code window_end} (TIMESTAMP, not null), the group keys, then the aggregations as for
 * Aggregate. The event-time column must be a TIMESTAMP.
 */
final class WindowStepKind extends StepKind<Window> {
  public static final String WINDOW_START = "window_start"; //$NON-NLS-1$
  public static final String WINDOW_END = "window_end"; //$NON-NLS-1$

  WindowStepKind() {
    super(SluicePackage.Literals.WINDOW, Window.class, Cardinality.FOLDING,
        "Aggregates over tumbling or sliding event-time windows"); //$NON-NLS-1$
  }

  @Override
  public void checkProperties(Window w, PropertyChecks checks) {
    checks.required("eventTimeColumn", w.getEventTimeColumn()); //$NON-NLS-1$
    checks.required("size", w.getSize()); //$NON-NLS-1$
    if (w.getWindowKind() == io.sluice.model.WindowKind.SLIDING) {
      checks.required("slide", w.getSlide()); //$NON-NLS-1$
    } else if (!PropertyChecks.blank(w.getSlide())) {
      checks.warning("slide", "slide is ignored by a tumbling window"); //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  @Override
  public Schema output(Window window, SchemaContext ctx) {
    Schema in = ctx.in();
    Field time = ctx.column(in, window.getEventTimeColumn(), "eventTimeColumn", "event-time column"); //$NON-NLS-1$ //$NON-NLS-2$
    if (time != null && time.type() != DataType.TIMESTAMP) {
      ctx.error("eventTimeColumn", "event-time column '" + time.name() + "' is " + time.type() + ", not TIMESTAMP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
    if (window.getSize() != null && !window.getSize().isBlank() && Durations.parse(window.getSize()).isEmpty()) {
      ctx.error("size", "size '" + window.getSize() + "' is not a duration such as 30s, 5m, 1h or PT5M"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    if (window.getWindowKind() == io.sluice.model.WindowKind.SLIDING && window.getSlide() != null && !window.getSlide().isBlank()) {
      if (Durations.parse(window.getSlide()).isEmpty()) {
        ctx.error("slide", "slide '" + window.getSlide() + "' is not a duration such as 30s, 5m, 1h or PT5M"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      } else if (Durations.parse(window.getSize()).isPresent()
          && Durations.parse(window.getSlide()).get().compareTo(Durations.parse(window.getSize()).get()) > 0) {
        ctx.warning("slide", "the slide is longer than the window: some rows fall in no window"); //$NON-NLS-1$ //$NON-NLS-2$
      }
    }
    List<Field> prefix = List.of(Field.required(WINDOW_START, DataType.TIMESTAMP), Field.required(WINDOW_END, DataType.TIMESTAMP));
    return Aggregations.aggregate(ctx, in, window.getGroupKeys(), window.getAggregations(), prefix, "groupKeys"); //$NON-NLS-1$
  }

  @Override
  public List<ColumnLineage> lineage(Window w, SchemaContext inputs, Schema output) {
    List<ColumnLineage> result = new ArrayList<>();
    List<ColumnLineage.Ref> time = List.of(new ColumnLineage.Ref(Ports.IN, 0, w.getEventTimeColumn()));
    result.add(new ColumnLineage(WINDOW_START, time));
    result.add(new ColumnLineage(WINDOW_END, time));
    result.addAll(AggregateKind.lineage(w.getGroupKeys(), w.getAggregations()));
    return result;
  }
}
