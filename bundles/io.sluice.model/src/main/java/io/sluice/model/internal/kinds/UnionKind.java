package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.expression.types.TypeRules;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.model.Union;
import io.sluice.model.UnionMode;
import io.sluice.model.kind.Cardinality;
import io.sluice.model.kind.ColumnLineage;
import io.sluice.model.kind.SchemaContext;
import io.sluice.model.kind.StepKind;

/**
 * The first input's column names. BY_NAME needs every input to have the same set of names; BY_POSITION the same
 * number of columns. Types must agree per column ({@link TypeRules#commonForStacking}); a column is nullable when it is
 * in any input. Its {@code in} port takes many links.
 */
final class UnionKind extends StepKind<Union> {

  UnionKind() {
    super(SluicePackage.Literals.UNION, Union.class, Cardinality.FAN_IN, "Appends several inputs, by column name or position"); //$NON-NLS-1$
  }

  @Override
  public boolean acceptsManyLinks(Union step, String port) {
    return Ports.IN.equals(port);
  }

  @Override
  public Schema output(Union union, SchemaContext ctx) {
    List<Schema> inputs = ctx.inputs(Ports.IN);
    Schema first = inputs.get(0);
    List<Field> fields = new ArrayList<>(first.fields());
    for (int i = 1; i < inputs.size(); i++) {
      Schema other = inputs.get(i);
      if (union.getMode() == UnionMode.BY_POSITION) {
        if (other.size() != first.size()) {
          ctx.error("mode", "input " + (i + 1) + " has " + other.size() + " columns, input 1 has " + first.size()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          return null;
        }
      } else if (!new HashSet<>(other.names()).equals(new HashSet<>(first.names()))) {
        Set<String> missing = new TreeSet<>(first.names());
        missing.removeAll(other.names());
        Set<String> extra = new TreeSet<>(other.names());
        extra.removeAll(first.names());
        ctx.error("mode", "input " + (i + 1) + " does not have the columns of input 1" //$NON-NLS-1$ //$NON-NLS-2$
            + (missing.isEmpty() ? "" : "; missing " + missing) + (extra.isEmpty() ? "" : "; extra " + extra)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return null;
      }
      for (int c = 0; c < fields.size(); c++) {
        Field mine = fields.get(c);
        Field theirs = union.getMode() == UnionMode.BY_POSITION ? other.fields().get(c) : other.field(mine.name()).get();
        DataType common = TypeRules.commonForStacking(mine.type(), theirs.type());
        if (common != null && mine.type() != theirs.type() && (mine.type().isNested() || theirs.type().isNested())) {
          // the runtime does not cast nested values yet: nested columns meet only when their types are equal
          ctx.error("mode", "column '" + mine.name() + "' is " + mine.type() + " in input 1 but " + theirs.type() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
              + " in input " + (i + 1) + ": nested columns are unioned only when their types are equal"); //$NON-NLS-1$ //$NON-NLS-2$
          return null;
        }
        if (common == null) {
          ctx.error("mode", "column '" + mine.name() + "' is " + mine.type() + " in input 1 but " + theirs.type() + " in input " + (i + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
          return null;
        }
        fields.set(c, new Field(mine.name(), common, mine.nullable() || theirs.nullable()));
      }
    }
    return new Schema(fields);
  }

  @Override
  public List<ColumnLineage> lineage(Union union, SchemaContext inputs, Schema output) {
    List<ColumnLineage> result = new ArrayList<>();
    List<Schema> ins = inputs.inputs(Ports.IN);
    for (int c = 0; c < output.size(); c++) {
      String name = output.fields().get(c).name();
      List<ColumnLineage.Ref> from = new ArrayList<>();
      for (int i = 0; i < ins.size(); i++) {
        from.add(new ColumnLineage.Ref(Ports.IN, i, union.getMode() == UnionMode.BY_POSITION ? ins.get(i).fields().get(c).name() : name));
      }
      result.add(new ColumnLineage(name, from));
    }
    return result;
  }
}
