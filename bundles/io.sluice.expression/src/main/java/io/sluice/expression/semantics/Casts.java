package io.sluice.expression.semantics;

import io.sluice.expression.EvaluationException;
import io.sluice.expression.internal.Messages;
import io.sluice.expression.internal.Temporals;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@code CAST} and {@code TRY_CAST} on the evaluator's Java values, built on the per-value rules of {@link Rules}. */
public final class Casts {

    private Casts() {
    }

    /** {@code CAST(v AS to)}; null stays null. */
    public static Object cast(Object v, DataType to) {
        if (v == null) {
            return null;
        }
        return switch (to.id()) {
            case BOOLEAN -> switch (v) {
                case Boolean b -> b;
                case String s -> Rules.parseBoolean(s);
                default -> throw cannotCast(v, to);
            };
            case INT32 -> switch (v) {
                case Integer i -> i;
                case Long l -> (int) Rules.toInt32(l);
                case Double d -> (int) Rules.toInteger(d, to);
                case String s -> (int) Rules.parseInteger(s, to);
                default -> throw cannotCast(v, to);
            };
            case INT64 -> switch (v) {
                case Integer i -> (long) i;
                case Long l -> l;
                case Double d -> Rules.toInteger(d, to);
                case String s -> Rules.parseInteger(s, to);
                default -> throw cannotCast(v, to);
            };
            case FLOAT64 -> switch (v) {
                case Integer i -> (double) i;
                case Long l -> (double) l;
                case Double d -> d;
                case String s -> Rules.parseFloat(s);
                default -> throw cannotCast(v, to);
            };
            case STRING -> toText(v);
            case DATE -> switch (v) {
                case LocalDate d -> d;
                case Instant i -> LocalDate.ofInstant(i, ZoneOffset.UTC);
                case String s -> TemporalValues.fromDays(Rules.parseDate(s));
                default -> throw cannotCast(v, to);
            };
            case TIMESTAMP -> switch (v) {
                case Instant i -> i;
                case LocalDate d -> d.atStartOfDay(ZoneOffset.UTC).toInstant();
                case String s -> TemporalValues.fromMicros(Rules.parseTimestamp(s));
                default -> throw cannotCast(v, to);
            };
            case NULL -> throw cannotCast(v, to);
            default -> throw cannotCast(v, to);
        };
    }

    /** {@code TRY_CAST(v AS to)}: the cast, or null where it fails. */
    public static Object tryCast(Object v, DataType to) {
        try {
            return cast(v, to);
        } catch (EvaluationException e) {
            return null;
        }
    }

    /** A value's text, as {@code CAST(v AS STRING)} gives it. */
    public static String toText(Object v) {
        return switch (v) {
            case String s -> s;
            case Boolean b -> b.toString();
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Double d -> Rules.toText(d);
            case LocalDate d -> Temporals.formatDate(d);
            case Instant i -> Temporals.formatTimestamp(i);
            default -> throw new IllegalStateException("no text for " + v.getClass()); //$NON-NLS-1$
        };
    }

    private static EvaluationException cannotCast(Object v, DataType to) {
        String shown = v instanceof String s ? "'" + s + "'" : toText(v); //$NON-NLS-1$ //$NON-NLS-2$
        return new EvaluationException(Messages.cannotCastValue(shown, to));
    }
}
