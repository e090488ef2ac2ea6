package io.sluice.runtime;

import io.sluice.expression.types.Schema;
import io.sluice.model.validation.Problem;

import java.util.List;

/**
 * The first rows at a step's output. Values are of the expression language's Java classes (see the expression
 * bundle's {@code Evaluator}): Boolean, Integer, Long, Double, String, LocalDate, Instant; also BigDecimal, LocalTime (TIME),
 * LocalDateTime (a local TIMESTAMP), each at its column's precision, and BINARY as its hex text; null for NULL.
 *
 * @param schema   the step's output columns (null when the preview could not run)
 * @param rows     at most the requested number of rows
 * @param problems why the preview could not be planned, if so
 * @param error    why it failed while running, or null
 */
public record PreviewResult(Schema schema, List<List<Object>> rows, List<Problem> problems, String error) {
    public PreviewResult {
        rows = List.copyOf(rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList());
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && error == null;
    }
}
