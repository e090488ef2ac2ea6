package io.sluice.expression.internal;

import io.sluice.expression.types.DataType;
import java.util.List;

/**
 * Every user-visible message of the expression language, in one place (the only user-visible text of the bundle;
 * callers show it next to the line and column).
 */
public final class Messages {

    private Messages() {
    }

    // syntax

    public static String unexpected(String found, String expected) {
        return expected.isEmpty() ? "unexpected " + found : "unexpected " + found + " — expected " + expected; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static final String END_OF_INPUT = "end of input"; //$NON-NLS-1$
    public static final String AN_EXPRESSION = "an expression"; //$NON-NLS-1$
    public static final String A_TYPE_NAME = "a type name"; //$NON-NLS-1$
    public static final String A_NAME = "a name"; //$NON-NLS-1$
    public static final String AN_OPERATOR = "an operator"; //$NON-NLS-1$
    public static final String THE_END = "the end of the expression"; //$NON-NLS-1$
    public static final String A_STRING = "a string"; //$NON-NLS-1$
    public static final String OPERATOR_OR_END = "an operator or the end of the expression"; //$NON-NLS-1$
    public static final String UNTERMINATED_STRING = "unterminated string literal (a ' is missing)"; //$NON-NLS-1$
    public static final String UNTERMINATED_IDENTIFIER = "unterminated quoted name (a \" is missing)"; //$NON-NLS-1$
    public static final String TOO_DEEP = "the expression is nested too deeply"; //$NON-NLS-1$
    public static final String EMPTY_IDENTIFIER = "a quoted name must not be empty"; //$NON-NLS-1$

    public static String unexpectedCharacter(String c) {
        return "unexpected character '" + c + "'"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String integerOutOfRange(String text) {
        return "integer literal " + text + " is out of range for INT64"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String decimalOutOfRange(String text) {
        return "number " + text + " is out of range for FLOAT64"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String invalidDate(String text) {
        return "invalid DATE literal '" + text + "' (expected yyyy-MM-dd)"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String invalidTimestamp(String text) {
        return "invalid TIMESTAMP literal '" + text + "' (expected yyyy-MM-dd HH:mm:ss[.ffffff])"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String badLiteralPrefix(String prefix) {
        return "unexpected string after '" + prefix + "' — only DATE and TIMESTAMP can precede a string literal"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String unknownType(String name) {
        return "unknown type '" + name //$NON-NLS-1$
                + "' (expected BOOLEAN, INT32, INT64, FLOAT64, STRING, DATE or TIMESTAMP)"; //$NON-NLS-1$
    }

    // types

    public static String unknownColumn(String name, String suggestion) {
        return "unknown column '" + name + "'" + didYouMean(suggestion); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String unknownFunction(String name, String suggestion) {
        return "unknown function '" + name + "'" + didYouMean(suggestion); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String didYouMean(String suggestion) {
        return suggestion == null ? "" : " — did you mean '" + suggestion + "'?"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static String notOffered(String name) {
        return "function '" + name + "' is not offered: pipelines must be deterministic"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String operatorTypes(String op, DataType left, DataType right) {
        return "operator '" + op + "' cannot apply to " + left + " and " + right; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static String operatorType(String op, DataType operand) {
        return "operator '" + op + "' cannot apply to " + operand; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String needsBoolean(String op, DataType actual) {
        return op + " needs a BOOLEAN operand but got " + actual; //$NON-NLS-1$
    }

    public static String conditionNotBoolean(DataType actual) {
        return "a condition must be BOOLEAN but this expression is " + actual; //$NON-NLS-1$
    }

    public static String caseConditionNotBoolean(DataType actual) {
        return "a WHEN condition must be BOOLEAN but got " + actual; //$NON-NLS-1$
    }

    public static String cannotCompare(String what, DataType left, DataType right) {
        return what + " cannot compare " + left + " with " + right; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String hintDateLiteral() {
        return " (write DATE 'yyyy-MM-dd' or TIMESTAMP '…' for a temporal constant)"; //$NON-NLS-1$
    }

    public static String noCommonType(String what, List<DataType> types) {
        return what + " mixes types that have no common type: " + types; //$NON-NLS-1$
    }

    public static String cannotCast(DataType from, DataType to) {
        return "cannot cast " + from + " to " + to; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String arity(String function, int min, int max, int actual, String signature) {
        String expected = min == max ? Integer.toString(min)
                : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max; //$NON-NLS-1$ //$NON-NLS-2$
        return "function '" + function + "' expects " + expected + " argument" + (min == 1 && (max == 1 || max == Integer.MAX_VALUE) ? "" : "s") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + " but got " + actual + ": " + signature; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String argumentType(String function, int position, String expected, DataType actual) {
        return "function '" + function + "' expects argument " + position + " to be " + expected + " but got " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + actual;
    }

    public static String unitNotLiteral(String function, List<String> units) {
        return "function '" + function + "' expects argument 1 to be a unit literal, one of " + units; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String unknownUnit(String function, String unit, List<String> units) {
        return "function '" + function + "' does not know the unit '" + unit + "' (expected one of " + units + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    public static String invalidRegex(String function, String detail) {
        return "function '" + function + "' got an invalid regular expression: " + detail; //$NON-NLS-1$ //$NON-NLS-2$
    }

    // evaluation

    public static String overflow(String what, DataType type) {
        return "integer overflow in " + what + " (" + type + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static final String DIVISION_BY_ZERO = "division by zero"; //$NON-NLS-1$

    public static String cannotCastValue(String value, DataType to) {
        return "cannot cast " + value + " to " + to; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String constantFails(String reason) {
        return "this constant part always fails: " + reason; //$NON-NLS-1$
    }

    public static String negativeLength(long length) {
        return "substring length must not be negative, got " + length; //$NON-NLS-1$
    }

    // nested and binary values

    public static String noField(String name, DataType struct, String suggestion) {
        return "no field '" + name + "' in " + struct + didYouMean(suggestion); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String notAStruct(String name, DataType actual) {
        return "field access '." + name + "' needs a STRUCT but got " + actual; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String quoteDottedColumn(String dotted) {
        return " (a column whose name has a dot is written in double quotes: \"" + dotted + "\")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String notSubscriptable(DataType actual) {
        return "a subscript [...] needs a LIST or a MAP but got " + actual; //$NON-NLS-1$
    }

    public static String listIndex(DataType actual) {
        return "a LIST position must be INT32 or INT64 but got " + actual; //$NON-NLS-1$
    }

    public static String mapKey(DataType key, DataType actual) {
        return "the keys of this MAP are " + key + ", so a key cannot be " + actual; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String duplicateField(String function, String name) {
        return "function '" + function + "' names field '" + name + "' twice"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static String untypedList(String function) {
        return "function '" + function + "' cannot tell the element type from NULLs alone (CAST one of them)"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static String pairs(String function) {
        return "function '" + function + "' expects name, value pairs"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
