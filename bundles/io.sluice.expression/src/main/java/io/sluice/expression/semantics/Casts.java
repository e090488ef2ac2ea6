package io.sluice.expression.semantics;

import io.sluice.expression.EvaluationException;
import io.sluice.expression.internal.Messages;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
            case INT8, INT16, INT32 -> (int) toLong(v, to);
            case INT64 -> toLong(v, to);
            case FLOAT32 -> switch (v) {
                case Float f -> f;
                case Number n when !(n instanceof BigDecimal) -> (float) n.doubleValue();
                case BigDecimal d -> d.floatValue();
                case String s -> (float) Rules.parseFloat(s);
                default -> throw cannotCast(v, to);
            };
            case FLOAT64 -> switch (v) {
                case Integer i -> (double) i;
                case Long l -> (double) l;
                case Float f -> (double) f;
                case Double d -> d;
                case BigDecimal d -> d.doubleValue();
                case String s -> Rules.parseFloat(s);
                default -> throw cannotCast(v, to);
            };
            case DECIMAL -> switch (v) {
                case Integer i -> Decimals.fromLong(i, to);
                case Long l -> Decimals.fromLong(l, to);
                case Float f -> Decimals.fromDouble(f, to);
                case Double d -> Decimals.fromDouble(d, to);
                case BigDecimal d -> Decimals.convert(d, to);
                case String s -> Decimals.parse(s, to);
                default -> throw cannotCast(v, to);
            };
            case STRING -> toText(v);
            case DATE -> switch (v) {
                case LocalDate d -> d;
                case Instant i -> LocalDate.ofInstant(i, ZoneOffset.UTC);
                case LocalDateTime t -> t.toLocalDate();
                case String s -> TemporalValues.fromDays(Rules.parseTemporal(s, to));
                default -> throw cannotCast(v, to);
            };
            case TIMESTAMP -> switch (v) {
                // any precision, instant or local (read as UTC): cut to the target's unit, as the target holds it
                case Instant i -> TemporalValues.fit(i, to);
                case LocalDateTime t -> TemporalValues.fit(t, to);
                case LocalDate d -> TemporalValues.fit(d.atStartOfDay(ZoneOffset.UTC).toInstant(), to);
                case String s -> TemporalValues.fromStored(Rules.parseTemporal(s, to), to);
                default -> throw cannotCast(v, to);
            };
            case TIME -> switch (v) {
                case LocalTime t -> TemporalValues.fit(t, to);
                case String s -> TemporalValues.fromStored(Rules.parseTemporal(s, to), to);
                default -> throw cannotCast(v, to);
            };
            // text is hex both ways (as text outputs write BINARY and text inputs read it), never UTF-8
            case BINARY -> switch (v) {
                case byte[] b -> b;
                case String s -> NestedRules.unhex(s);
                default -> throw cannotCast(v, to);
            };
            default -> throw cannotCast(v, to);
        };
    }

    private static long range(long l, DataType to) {
        if (!Rules.inRange(l, to)) {
            throw new EvaluationException(Messages.cannotCastValue(Long.toString(l), to) + " (out of range)"); //$NON-NLS-1$
        }
        return l;
    }

    private static long toLong(Object v, DataType to) {
        return switch (v) {
            case Integer i -> range(i, to);
            case Long l -> range(l, to);
            case Float f -> Rules.toInteger(f, to);
            case Double d -> Rules.toInteger(d, to);
            case BigDecimal d -> Decimals.toInteger(d, to);
            case String s -> Rules.parseInteger(s, to);
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
            case Float f -> Rules.toText(Double.parseDouble(Float.toString(f)));
            case BigDecimal d -> Decimals.toText(d);
            // the one formatter of casts, previews and text outputs: an instant with Z, a local date-time without
            case LocalDate d -> TemporalValues.format(d);
            case Instant i -> TemporalValues.format(i);
            case LocalDateTime t -> TemporalValues.format(t);
            case LocalTime t -> TemporalValues.format(t);
            case byte[] b -> NestedRules.hex(b);
            default -> throw new IllegalStateException("no text for " + v.getClass()); //$NON-NLS-1$
        };
    }

    private static EvaluationException cannotCast(Object v, DataType to) {
        String shown = v instanceof String s ? "'" + s + "'" : toText(v); //$NON-NLS-1$ //$NON-NLS-2$
        return new EvaluationException(Messages.cannotCastValue(shown, to));
    }
}
