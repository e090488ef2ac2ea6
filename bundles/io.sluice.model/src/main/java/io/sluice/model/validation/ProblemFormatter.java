package io.sluice.model.validation;

import java.util.List;

import io.sluice.model.resource.Json;
import io.sluice.model.resource.LoadProblem;

/**
 * Text and JSON forms of validation results, as {@code sluice validate} prints them.
 * <p>Text, one problem a line: {@code FILE: step 'name': message} (pipeline-level problems omit the step,
 * warnings start their message with {@code warning: }); a file that did not load gives
 * {@code FILE:LINE:COLUMN: message}.
 * <p>JSON: {@code {"files":[{"file":..,"errors":n,"warnings":n,"problems":[{"severity":"error","stepId":..,
 * "stepName":..,"field":..,"message":..,"line":n,"column":n}]}],"errors":n,"warnings":n}}; {@code line} and
 * {@code column} appear for load problems only, step fields are null for them.
 */
public final class ProblemFormatter {

  private ProblemFormatter() {
  }

  /** One problem as a line; {@code file} may be null. */
  public static String line(String file, Problem p) {
    StringBuilder sb = new StringBuilder();
    if (file != null) {
      sb.append(file).append(": "); //$NON-NLS-1$
    }
    if (p.stepName() != null || p.stepId() != null) {
      sb.append("step '").append(p.stepName() != null ? p.stepName() : p.stepId()).append("': "); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (p.severity() == Severity.WARNING) {
      sb.append("warning: "); //$NON-NLS-1$
    }
    return sb.append(p.message()).toString();
  }

  /** All lines of a report, each ending in '\n'; empty for a clean file. */
  public static String text(FileReport report) {
    StringBuilder sb = new StringBuilder();
    for (LoadProblem lp : report.loadProblems()) {
      sb.append(lp).append('\n');
    }
    for (Problem p : report.problems()) {
      sb.append(line(report.file(), p)).append('\n');
    }
    return sb.toString();
  }

  /** The lines of several reports. */
  public static String text(List<FileReport> reports) {
    StringBuilder sb = new StringBuilder();
    for (FileReport r : reports) {
      sb.append(text(r));
    }
    return sb.toString();
  }

  /** "2 errors, 1 warning" over the reports. */
  public static String summary(List<FileReport> reports) {
    int errors = 0;
    int warnings = 0;
    for (FileReport r : reports) {
      errors += r.errorCount();
      warnings += r.warningCount();
    }
    return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
  }

  /** The JSON document for several files (see the class comment). */
  public static String json(List<FileReport> reports) {
    StringBuilder sb = new StringBuilder("{\"files\":["); //$NON-NLS-1$
    int errors = 0;
    int warnings = 0;
    for (int i = 0; i < reports.size(); i++) {
      FileReport r = reports.get(i);
      errors += r.errorCount();
      warnings += r.warningCount();
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"file\":").append(Json.str(r.file())) //$NON-NLS-1$
          .append(",\"errors\":").append(r.errorCount()) //$NON-NLS-1$
          .append(",\"warnings\":").append(r.warningCount()) //$NON-NLS-1$
          .append(",\"problems\":["); //$NON-NLS-1$
      boolean first = true;
      for (LoadProblem lp : r.loadProblems()) {
        sb.append(first ? "" : ",").append("{\"severity\":\"error\",\"stepId\":null,\"stepName\":null,\"field\":null,\"message\":") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append(Json.str(lp.message())).append(",\"line\":").append(lp.line()).append(",\"column\":").append(lp.column()).append('}'); //$NON-NLS-1$ //$NON-NLS-2$
        first = false;
      }
      for (Problem p : r.problems()) {
        sb.append(first ? "" : ",").append("{\"severity\":").append(Json.str(p.severity().label())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            .append(",\"stepId\":").append(Json.str(p.stepId())) //$NON-NLS-1$
            .append(",\"stepName\":").append(Json.str(p.stepName())) //$NON-NLS-1$
            .append(",\"field\":").append(Json.str(p.field())) //$NON-NLS-1$
            .append(",\"message\":").append(Json.str(p.message())).append('}'); //$NON-NLS-1$
        first = false;
      }
      sb.append("]}"); //$NON-NLS-1$
    }
    return sb.append("],\"errors\":").append(errors).append(",\"warnings\":").append(warnings).append("}\n").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }
}
