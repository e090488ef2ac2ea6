package io.sluice.runtime;

import java.util.List;

/**
 * The outcome of one data-quality rule of a {@code quality} step in one run.
 *
 * <p>Row rules (NOT_NULL, UNIQUE, RANGE, ALLOWED_VALUES, REGEX, MAX_LENGTH, EXPRESSION): {@code checked} rows the
 * rule tested, {@code failed} rows that broke it, {@code samples} the first failing values (at most 5, as text;
 * {@code NULL} for a null). Table rules (ROW_COUNT, FRESHNESS, NULL_RATE), tested once at the end of the stream:
 * {@code checked} rows seen, {@code failed} 1 when the check failed and 0 when it held, {@code message} the
 * measured value ("null rate 0.25 (25 of 100) > 0.1").
 *
 * @param step     id of the quality step
 * @param rule     the rule's name, or {@code KIND(column)} when it has none
 * @param kind     the model's rule kind literal, e.g. {@code NOT_NULL}
 * @param column   the column tested, or null (EXPRESSION, ROW_COUNT)
 * @param severity WARN, QUARANTINE or FAIL
 * @param message  verdict of a table rule, or of a FAIL rule that stopped the run; otherwise null
 */
public record RuleResult(String step, String rule, String kind, String column, String severity, long checked,
        long failed, List<String> samples, String message) {
    public RuleResult {
        samples = samples.stream().map(Redaction::redact).toList();
        message = Redaction.redact(message);
    }

    public boolean passed() {
        return failed == 0;
    }
}
