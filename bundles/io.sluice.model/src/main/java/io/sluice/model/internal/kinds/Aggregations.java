package io.sluice.model.internal.kinds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TypeRules;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.AggregateFunction;
import io.sluice.model.Aggregation;
import io.sluice.model.kind.SchemaContext;

/**
 * The typing rules of aggregate functions, shared by Aggregate, Window and Pivot: COUNT, COUNT_ALL and
 * COUNT_DISTINCT give INT64 not null; SUM gives INT64 for integer columns and FLOAT64 for FLOAT64; AVG gives
 * FLOAT64; MIN and MAX keep the column type. SUM, AVG, MIN and MAX are nullable when the column is, or when
 * {@code alwaysNullable} (no group keys: an empty input still gives one row; a pivot cell may have no rows).
 */
public final class Aggregations {
  private Aggregations() {
  }

  /** The output name of an aggregation: its outputName, or function_column in lower case. */
  public static String outputName(Aggregation a) {
    if (a.getOutputName() != null && !a.getOutputName().isBlank()) {
      return a.getOutputName();
    }
    if (a.getFunction() == AggregateFunction.COUNT_ALL || a.getColumn() == null || a.getColumn().isBlank()) {
      return a.getFunction() == AggregateFunction.COUNT_ALL ? "count" : a.getFunction().getLiteral().toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }
    return a.getFunction().getLiteral().toLowerCase(Locale.ROOT) + "_" + a.getColumn(); //$NON-NLS-1$
  }

  /** The group keys as they are, then one column per aggregation, after {@code prefix}. */
  static Schema aggregate(SchemaContext ctx, Schema in, List<String> groupKeys, List<Aggregation> aggregations, List<Field> prefix,
      String keyField) {
    List<Field> fields = new ArrayList<>(prefix);
    Set<String> names = new HashSet<>();
    for (Field f : prefix) {
      names.add(f.name());
    }
    if (!keys(ctx, in, groupKeys, keyField, names, fields)) {
      return new Schema(fields);
    }
    boolean global = groupKeys.isEmpty();
    for (Aggregation a : aggregations) {
      Field f = a.getFunction() == AggregateFunction.COUNT_ALL ? Field.required(outputName(a), DataType.INT64)
          : field(ctx, in, outputName(a), a.getFunction(), a.getColumn(), global);
      if (f == null) {
        continue;
      }
      if (!names.add(f.name())) {
        ctx.error("aggregations", "output column '" + f.name() + "' appears twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        continue;
      }
      fields.add(f);
    }
    return new Schema(fields);
  }

  /** Adds the group keys to {@code fields}; false when none could be added though some were asked for. */
  static boolean keys(SchemaContext ctx, Schema in, List<String> groupKeys, String keyField, Set<String> names, List<Field> fields) {
    for (String k : groupKeys) {
      Field f = ctx.column(in, k, keyField, "group key"); //$NON-NLS-1$
      if (f != null) {
        if (!names.add(f.name())) {
          ctx.error(keyField, "group key '" + k + "' appears twice"); //$NON-NLS-1$ //$NON-NLS-2$
          continue;
        }
        fields.add(f);
      }
    }
    return true;
  }

  /** The output field of {@code fn(column)} named {@code name}, or null after an error (COUNT_ALL: call with any column). */
  static Field field(SchemaContext ctx, Schema in, String name, AggregateFunction fn, String column, boolean alwaysNullable) {
    return field(ctx, in, name, fn, column, alwaysNullable, "aggregations"); //$NON-NLS-1$
  }

  static Field field(SchemaContext ctx, Schema in, String name, AggregateFunction fn, String column, boolean alwaysNullable,
      String property) {
    if (fn == AggregateFunction.COUNT_ALL) {
      return Field.required(name, DataType.INT64);
    }
    Field col = ctx.column(in, column, property, fn.getLiteral() + " of"); //$NON-NLS-1$
    if (col == null) {
      return null;
    }
    boolean nullable = col.nullable() || alwaysNullable;
    switch (fn) {
      case COUNT, COUNT_DISTINCT:
        return Field.required(name, DataType.INT64);
      case SUM:
      case AVG:
        if (!col.type().isNumeric()) {
          ctx.error(property, fn.getLiteral() + "(" + col.name() + "): needs a number, not " + col.type()); //$NON-NLS-1$ //$NON-NLS-2$
          return null;
        }
        DataType t = fn == AggregateFunction.AVG ? TypeRules.avg(col.type()) : TypeRules.sum(col.type());
        return new Field(name, t, nullable);
      case MIN:
      case MAX:
        if (col.type() == DataType.BOOLEAN) {
          ctx.error(property, fn.getLiteral() + "(" + col.name() + "): BOOLEAN values have no order"); //$NON-NLS-1$ //$NON-NLS-2$
          return null;
        }
        return new Field(name, col.type(), nullable);
      default:
        throw new IllegalStateException("unhandled aggregate function " + fn); //$NON-NLS-1$
    }
  }
}
