package io.sluice.model.kind;

import java.util.List;

/**
 * Where one output column of a step comes from: the input columns its values are computed from (empty for a
 * column computed from nothing, such as a count or a constant).
 */
public record ColumnLineage(String output, List<Ref> from) {

  /** An input column: the input port, the link's position on that port, and the column name. */
  public record Ref(String port, int link, String column) {
  }

  public ColumnLineage {
    from = List.copyOf(from);
  }
}
