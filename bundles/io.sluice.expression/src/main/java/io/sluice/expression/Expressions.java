package io.sluice.expression;

import io.sluice.expression.internal.Checker;
import io.sluice.expression.internal.Parsing;
import io.sluice.expression.internal.Printer;
import io.sluice.expression.internal.Trees;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Schema;
import java.util.Set;

/**
 * The expression language's entry points. None of them throws for user input: syntax and type errors come back as
 * {@link ExpressionProblem}s with a 1-based line and column.
 *
 * <pre>{@code
 * CheckResult r = Expressions.compile("amount * 1.2 > 100 AND name LIKE 'A%'", schema);
 * if (r.ok()) { TypedExpr e = r.typed(); ... } else { r.problems().forEach(...); }
 * }</pre>
 *
 * <h2>The language</h2> Keywords are case-insensitive. Literals: integers (INT32 when they fit, else INT64),
 * decimals and exponents (FLOAT64), {@code 'strings'} ({@code ''} inside for a quote), {@code TRUE},
 * {@code FALSE}, {@code NULL}, {@code DATE '2024-01-31'}, {@code TIMESTAMP '2024-01-31 10:00:00[.ffffff]'}.
 * Columns: {@code amount} or {@code "order id"} ({@code ""} inside for a double quote); names are matched
 * case-sensitively. Operators, loosest first: {@code OR}; {@code AND}; {@code NOT}; comparisons
 * {@code = <> != < <= > >=}, {@code IS [NOT] NULL}, {@code [NOT] IN (…)}, {@code [NOT] BETWEEN a AND b},
 * {@code [NOT] LIKE p} (one level, left to right); {@code ||}; {@code + -}; {@code * / %}; unary {@code -}.
 * Also {@code CASE [x] WHEN … THEN … [ELSE …] END}, {@code CAST(x AS type)} and the functions of
 * {@link BuiltinFunction}. Type rules: see {@link TypedExpr} and {@link Evaluator}.
 */
public final class Expressions {

    private Expressions() {
    }

    /** Parses {@code text} into an untyped tree, or reports the first syntax error. */
    public static ParseResult parse(String text) {
        return Parsing.parse(text);
    }

    /**
     * Type-checks {@code expr} against the columns of {@code input}. The problems' offsets come from the spans;
     * without the source text their line is 1 and their column is offset + 1 (use
     * {@link #check(Expr, Schema, String)} for multi-line text).
     */
    public static CheckResult check(Expr expr, Schema input) {
        return Checker.check(expr, input, null, null);
    }

    /** Type-checks {@code expr}, parsed from {@code sourceText}, so that problems get their true line and column. */
    public static CheckResult check(Expr expr, Schema input, String sourceText) {
        return Checker.check(expr, input, sourceText, null);
    }

    /** Parses then checks. */
    public static CheckResult compile(String text, Schema input) {
        ParseResult parsed = parse(text);
        return parsed.ok() ? check(parsed.expr(), input, text) : CheckResult.failure(parsed.problems());
    }

    /**
     * Parses and checks a condition (a filter or a quality rule): like {@link #compile(String, Schema)}, and the
     * result must be BOOLEAN (a bare NULL is accepted as an always-unknown condition).
     */
    public static CheckResult compilePredicate(String text, Schema input) {
        ParseResult parsed = parse(text);
        return parsed.ok() ? Checker.check(parsed.expr(), input, text, DataType.BOOLEAN)
                : CheckResult.failure(parsed.problems());
    }

    /** The names of the columns {@code expr} reads, in order of first appearance. */
    public static Set<String> referencedColumns(Expr expr) {
        return Trees.referencedColumns(expr);
    }

    /** The names of the columns {@code expr} reads, in order of first appearance. */
    public static Set<String> referencedColumns(TypedExpr expr) {
        return Trees.referencedColumns(expr);
    }

    /** The direct operands of a typed node, in reading order: the one walk of the tree every analysis shares. */
    public static java.util.List<TypedExpr> children(TypedExpr expr) {
        return Trees.children(expr);
    }

    /**
     * The canonical text of {@code expr}: keywords upper-case, single spaces around binary operators, only the
     * parentheses precedence needs, identifiers quoted only when they must be. {@code parse(print(e))} gives
     * {@code e} again, spans aside.
     */
    public static String print(Expr expr) {
        return Printer.print(expr);
    }

    /**
     * The text of a typed tree, with the implicit casts written out as {@code CAST}s (for messages, logs and
     * tests); it parses and checks to an equivalent tree.
     */
    public static String print(TypedExpr expr) {
        return Printer.print(expr);
    }

    /** {@code expr} with every span replaced by {@link Span#NONE}, to compare trees by structure. */
    public static Expr withoutSpans(Expr expr) {
        return Trees.withoutSpans(expr);
    }

    /**
     * Content assist after a field access: when the text before {@code caret} ends with a path to a STRUCT and a dot
     * ({@code address.}, {@code address.geo.la}), the names of its fields that start with the part after the dot
     * (case-insensitive), as they are written (quoted when they must be); otherwise empty.
     */
    public static java.util.List<String> fieldCompletions(String text, int caret, io.sluice.expression.types.Schema input) {
        return io.sluice.expression.internal.Completions.fields(text, caret, input);
    }
}
