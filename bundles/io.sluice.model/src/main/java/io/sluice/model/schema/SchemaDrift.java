package io.sluice.model.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.DriftPolicy;

/**
 * How the columns a source finds in its data differ from its declared ones, matched by name (exactly, else ignoring
 * case): columns added, missing, retyped (the data no longer reads as the declared type) and whether the order
 * changed. A rename is a missing plus an added column. One place for the drift rules: the model's schema
 * propagation (the output of EVOLVE and RESCUE sources), the runtime's binding and {@code validate --against} use it.
 */
public record SchemaDrift(List<String> added, List<String> missing, List<Retyped> retyped, boolean reordered) {

  /** The column that holds a RESCUE source's unexpected columns (a JSON object of name → text). */
  public static final String RESCUED = "_rescued"; //$NON-NLS-1$

  /** A column whose data reads only as a wider type than declared. */
  public record Retyped(String column, DataType declared, DataType found) {
    @Override
    public String toString() {
      return column + " " + declared + " → " + found; //$NON-NLS-1$ //$NON-NLS-2$
    }
  }

  public SchemaDrift {
    added = List.copyOf(added);
    missing = List.copyOf(missing);
    retyped = List.copyOf(retyped);
  }

  /** Whether a source binds its columns by name and so can meet schema drift: CSV with a header, JSON lines. */
  public static boolean bindsByName(io.sluice.model.Source source) {
    return io.sluice.model.kind.StepKinds.of(source).bindsByName(source);
  }

  /** Compares the declared columns with those found (types {@link DataType#NULL} when the data has no values). */
  public static SchemaDrift compare(Schema declared, Schema found) {
    List<String> added = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<Retyped> retyped = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (Field d : declared.fields()) {
      int i = find(found, d.name());
      if (i < 0) {
        missing.add(d.name());
        continue;
      }
      positions.add(i);
      DataType t = found.fields().get(i).type();
      if (sameInText(d.type(), t)) {
        t = d.type(); // a sample of text does not tell integer widths, decimals and floats, or time precisions apart
      }
      if (t != DataType.NULL && widen(d.type(), t) != d.type()) {
        retyped.add(new Retyped(d.name(), d.type(), widen(d.type(), t)));
      }
    }
    for (Field f : found.fields()) {
      if (find(declared, f.name()) < 0) {
        added.add(f.name());
      }
    }
    boolean reordered = false;
    for (int k = 1; k < positions.size(); k++) {
      reordered |= positions.get(k) < positions.get(k - 1);
    }
    return new SchemaDrift(added, missing, retyped, reordered);
  }

  /**
   * Whether values found as {@code found} (INT64, FLOAT64, TIMESTAMP: what text shows) are read by the declared type
   * without a change of meaning: any integer width for INT64; DECIMAL or FLOAT32 for INT64 or FLOAT64; a TIMESTAMP of
   * any precision or kind for TIMESTAMP. A value that does not fit the declared type is a reject when it is read.
   */
  static boolean sameInText(DataType declared, DataType found) {
    if (found == DataType.INT64) {
      return declared.isNumeric() && declared != DataType.FLOAT64;
    }
    if (found == DataType.FLOAT64) {
      return declared.isDecimal() || declared == DataType.FLOAT32;
    }
    return found == DataType.TIMESTAMP && declared.id() == io.sluice.expression.types.TypeId.TIMESTAMP;
  }

  /** The index of a column by name: exact, else ignoring case; -1 when absent. */
  public static int find(Schema s, String name) {
    int i = s.indexOf(name);
    if (i >= 0) {
      return i;
    }
    for (int k = 0; k < s.size(); k++) {
      if (s.fields().get(k).name().equalsIgnoreCase(name)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The widening rules: INT32 → INT64 → FLOAT64, DATE → TIMESTAMP; anything else meets in STRING. {@code NULL}
   * (no values seen) widens to the other type.
   */
  public static DataType widen(DataType a, DataType b) {
    if (a == b || b == DataType.NULL) {
      return a;
    }
    if (a == DataType.NULL) {
      return b;
    }
    List<DataType> numbers = List.of(DataType.INT32, DataType.INT64, DataType.FLOAT64);
    if (numbers.contains(a) && numbers.contains(b)) {
      return numbers.get(Math.max(numbers.indexOf(a), numbers.indexOf(b)));
    }
    List<DataType> times = List.of(DataType.DATE, DataType.TIMESTAMP);
    if (times.contains(a) && times.contains(b)) {
      return DataType.TIMESTAMP;
    }
    return DataType.STRING;
  }

  /** True when the data's columns differ from the declared ones (a new order alone is no difference: columns bind by name). */
  public boolean changed() {
    return !added.isEmpty() || !missing.isEmpty() || !retyped.isEmpty();
  }

  /** The output columns of a source under a policy: declared (STRICT); widened plus new ones (EVOLVE); plus {@link #RESCUED} (RESCUE). */
  public static Schema output(Schema declared, Schema found, DriftPolicy policy) {
    if (policy == DriftPolicy.RESCUE) {
      List<Field> fs = new ArrayList<>();
      for (Field d : declared.fields()) {
        fs.add(found != null && find(found, d.name()) < 0 ? Field.nullable(d.name(), d.type()) : d);
      }
      fs.add(Field.nullable(RESCUED, DataType.STRING));
      return new Schema(fs);
    }
    if (policy != DriftPolicy.EVOLVE || found == null) {
      return declared;
    }
    List<Field> fs = new ArrayList<>();
    for (Field d : declared.fields()) {
      int i = find(found, d.name());
      fs.add(i < 0 ? Field.nullable(d.name(), d.type())
          : new Field(d.name(), widen(d.type(), found.fields().get(i).type()), d.nullable()));
    }
    for (Field f : found.fields()) {
      if (find(declared, f.name()) < 0) {
        fs.add(Field.nullable(f.name(), f.type() == DataType.NULL ? DataType.STRING : f.type()));
      }
    }
    return new Schema(fs);
  }

  /** "added [x], missing [y], retyped [a INT64 → STRING], reordered" (empty when nothing changed). */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!added.isEmpty()) {
      parts.add("added " + added); //$NON-NLS-1$
    }
    if (!missing.isEmpty()) {
      parts.add("missing " + missing); //$NON-NLS-1$
    }
    if (!retyped.isEmpty()) {
      parts.add("retyped " + retyped); //$NON-NLS-1$
    }
    if (reordered) {
      parts.add("reordered (bound by name)"); //$NON-NLS-1$
    }
    return String.join(", ", parts).toLowerCase(Locale.ROOT).isEmpty() ? "" : String.join(", ", parts); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
