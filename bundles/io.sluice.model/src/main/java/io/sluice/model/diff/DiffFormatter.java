package io.sluice.model.diff;

import io.sluice.model.diff.PipelineDiff.Change;
import io.sluice.model.resource.Json;

/**
 * Text and JSON forms of a {@link PipelineDiff}, as {@code sluice diff} prints them.
 *
 * <pre>
 * pipeline: description: "old" -&gt; "new"
 * + step 'enrich' (Derive, id derive1)
 * - step 'old filter' (Filter, id f1)
 * ~ step 'paid orders' renamed to 'paid only' (id paid_only)
 * ~ step 'paid only': condition: "status = 'paid'" -&gt; "status = 'paid' AND quantity &gt; 0"
 * - link 'a'.out -&gt; 'b'.in
 * + link 'a'.out -&gt; 'c'.in
 * layout: 2 steps moved or resized ('a', 'b')
 * </pre>
 * Unset values print as {@code (none)}. No changes at all print {@code no changes}.
 */
public final class DiffFormatter {

  private DiffFormatter() {
  }

  public static String text(PipelineDiff diff) {
    StringBuilder sb = new StringBuilder();
    for (Change c : diff.changes()) {
      switch (c.kind()) {
        case PIPELINE_PROPERTY -> sb.append("pipeline: ").append(c.property()).append(": ").append(v(c.oldValue())).append(" -> ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append(v(c.newValue()));
        case STEP_ADDED -> sb.append("+ step '").append(c.stepName()).append("' (").append(c.newValue()).append(", id ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append(c.stepId()).append(')');
        case STEP_REMOVED -> sb.append("- step '").append(c.stepName()).append("' (").append(c.oldValue()).append(", id ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append(c.stepId()).append(')');
        case STEP_RENAMED -> sb.append("~ step '").append(c.oldValue()).append("' renamed to '").append(c.newValue()) //$NON-NLS-1$ //$NON-NLS-2$
            .append("' (id ").append(c.stepId()).append(')'); //$NON-NLS-1$
        case STEP_PROPERTY -> sb.append("~ step '").append(c.stepName()).append("': ").append(c.property()).append(": ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append(v(c.oldValue())).append(" -> ").append(v(c.newValue())); //$NON-NLS-1$
        case LINK_REMOVED -> sb.append("- link ").append(c.oldValue()); //$NON-NLS-1$
        case LINK_ADDED -> sb.append("+ link ").append(c.newValue()); //$NON-NLS-1$
        default -> throw new IllegalStateException("unhandled change kind " + c.kind()); //$NON-NLS-1$
      }
      sb.append('\n');
    }
    String layout = layoutLine(diff);
    if (layout != null) {
      sb.append(layout).append('\n');
    }
    return sb.length() == 0 ? "no changes\n" : sb.toString(); //$NON-NLS-1$
  }

  /** The one-line layout summary, or null when nothing moved. */
  public static String layoutLine(PipelineDiff diff) {
    if (diff.movedSteps().isEmpty() && diff.movedNotes() == 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder("layout: "); //$NON-NLS-1$
    int n = diff.movedSteps().size();
    if (n > 0) {
      sb.append(n).append(n == 1 ? " step" : " steps").append(" moved or resized ("); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
      for (int i = 0; i < n; i++) {
        sb.append(i == 0 ? "" : ", ").append('\'').append(diff.movedSteps().get(i)).append('\''); //$NON-NLS-1$ //$NON-NLS-2$
      }
      sb.append(')');
    }
    if (diff.movedNotes() > 0) {
      sb.append(n > 0 ? ", " : "").append(diff.movedNotes()).append(diff.movedNotes() == 1 ? " note" : " notes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      if (n == 0) {
        sb.append(" moved or resized"); //$NON-NLS-1$
      }
    }
    return sb.toString();
  }

  /**
   * {@code {"changes":[{"kind":"STEP_PROPERTY","stepId":..,"stepName":..,"property":..,"old":..,"new":..}],
   * "movedSteps":[..],"movedNotes":n}}
   */
  public static String json(PipelineDiff diff) {
    StringBuilder sb = new StringBuilder("{\"changes\":["); //$NON-NLS-1$
    boolean first = true;
    for (Change c : diff.changes()) {
      sb.append(first ? "" : ",").append("{\"kind\":").append(Json.str(c.kind().name())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          .append(",\"stepId\":").append(Json.str(c.stepId())) //$NON-NLS-1$
          .append(",\"stepName\":").append(Json.str(c.stepName())) //$NON-NLS-1$
          .append(",\"property\":").append(Json.str(c.property())) //$NON-NLS-1$
          .append(",\"old\":").append(Json.str(c.oldValue())) //$NON-NLS-1$
          .append(",\"new\":").append(Json.str(c.newValue())).append('}'); //$NON-NLS-1$
      first = false;
    }
    sb.append("],\"movedSteps\":["); //$NON-NLS-1$
    for (int i = 0; i < diff.movedSteps().size(); i++) {
      sb.append(i == 0 ? "" : ",").append(Json.str(diff.movedSteps().get(i))); //$NON-NLS-1$ //$NON-NLS-2$
    }
    return sb.append("],\"movedNotes\":").append(diff.movedNotes()).append("}\n").toString(); //$NON-NLS-1$ //$NON-NLS-2$
  }

  static String v(String value) {
    return value == null ? "(none)" : '"' + value + '"'; //$NON-NLS-1$
  }
}
