package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParserTest {

    private static final Span N = Span.NONE;

    private static Expr parse(String text) {
        ParseResult r = Expressions.parse(text);
        assertTrue(r.ok(), () -> text + ": " + r.problems());
        return r.expr();
    }

    private static Expr col(String name) {
        return new Expr.Column(name, N);
    }

    private static Expr lit(Object value, DataType type) {
        return new Expr.Literal(value, type, N);
    }

    private static Expr bin(BinaryOp op, Expr l, Expr r) {
        return new Expr.Binary(op, l, r, N);
    }

    @Test
    void spansCoverTheSource() {
        Expr.Binary sum = assertInstanceOf(Expr.Binary.class, parse("a + f(b, 'x')"));
        assertEquals(new Span(0, 13), sum.span());
        assertEquals(new Span(0, 1), sum.left().span());
        Expr.Call call = assertInstanceOf(Expr.Call.class, sum.right());
        assertEquals(new Span(4, 13), call.span());
        assertEquals(new Span(9, 12), call.args().get(1).span());
        Expr.IsNull isNull = assertInstanceOf(Expr.IsNull.class, parse("  x IS NOT NULL  "));
        assertEquals(new Span(2, 15), isNull.span());
        assertEquals(new Span(0, 2), parse("-5").span());
    }

    @Test
    void keywordsAreCaseInsensitiveNamesAreNot() {
        assertEquals(Expressions.withoutSpans(parse("NOT Amount IS NULL AND x BETWEEN 1 AND 2")),
                Expressions.withoutSpans(parse("not Amount is null and x between 1 and 2")));
        assertEquals(col("Amount"), Expressions.withoutSpans(parse("Amount")));
        assertEquals(new Expr.Call("upper", List.of(col("x")), N), Expressions.withoutSpans(parse("UpPeR(x)")));
        assertEquals(lit(LocalDate.of(2024, 1, 31), DataType.DATE), Expressions.withoutSpans(parse("date '2024-01-31'")));
    }

    @Test
    void quotedNames() {
        assertEquals(col("order id"), Expressions.withoutSpans(parse("\"order id\"")));
        assertEquals(col("say \"hi\""), Expressions.withoutSpans(parse("\"say \"\"hi\"\"\"")));
        assertEquals("\"say \"\"hi\"\"\"", Expressions.print(col("say \"hi\"")));
        assertEquals("\"AND\"", Expressions.print(col("AND")));
        assertEquals("\"1st\"", Expressions.print(col("1st")));
        assertEquals("größe", Expressions.print(col("größe")));
        assertEquals("date", Expressions.print(col("date")));
        assertEquals(col("date"), Expressions.withoutSpans(parse("date")));
        assertEquals(col("year"), Expressions.withoutSpans(parse("year")));
        assertEquals("a quoted name must not be empty", Expressions.parse("\"\"").problems().get(0).message());
    }

    @Test
    void precedence() {
        Expr a = col("a");
        Expr b = col("b");
        Expr c = col("c");
        assertEquals(bin(BinaryOp.OR, a, bin(BinaryOp.AND, b, c)), Expressions.withoutSpans(parse("a OR b AND c")));
        assertEquals(new Expr.Unary(UnaryOp.NOT, bin(BinaryOp.EQ, a, b), N),
                Expressions.withoutSpans(parse("NOT a = b")));
        assertEquals(bin(BinaryOp.EQ, bin(BinaryOp.CONCAT, a, bin(BinaryOp.ADD, b, c)), a),
                Expressions.withoutSpans(parse("a || b + c = a")));
        assertEquals(bin(BinaryOp.ADD, a, bin(BinaryOp.MUL, b, new Expr.Unary(UnaryOp.NEGATE, c, N))),
                Expressions.withoutSpans(parse("a + b * -c")));
        assertEquals(new Expr.IsNull(bin(BinaryOp.EQ, a, b), false, N), Expressions.withoutSpans(parse("a = b IS NULL")));
        assertEquals(bin(BinaryOp.AND, new Expr.Between(a, b, c, true, N), a),
                Expressions.withoutSpans(parse("a NOT BETWEEN b AND c AND a")));
        assertEquals(new Expr.Like(a, bin(BinaryOp.CONCAT, b, c), false, N),
                Expressions.withoutSpans(parse("a LIKE b || c")));
    }

    @Test
    void syntaxErrorsOnLaterLines() {
        ParseResult r = Expressions.parse("a +\n  b *\n  )");
        assertFalse(r.ok());
        ExpressionProblem p = r.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(3, p.column());
        assertEquals("line 3, column 3: unexpected ')' — expected an expression", p.toString());
        assertEquals(1, r.problems().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "(", ")", "a +* b", "CASE", "CAST(a)", "f(", "'", "a IN 1", "a NOT", "1 2",
        "a IS NOT", "@", "DATE +", "CASE WHEN THEN END", "a BETWEEN AND", "TIMESTAMP 'x'"})
    void malformedInputNeverThrowsNorPrints(String text) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ParseResult r = Expressions.parse(text);
            assertFalse(r.ok(), text);
            assertEquals(1, r.problems().size());
            ExpressionProblem p = r.problems().get(0);
            assertTrue(p.offset() >= 0 && p.offset() <= text.length(), p.toString());
            assertFalse(p.message().contains("{"), "no ANTLR token set dump: " + p.message());
            assertFalse(p.message().contains("<EOF>"), p.message());
            assertFalse(Expressions.compile(text, TestSchemas.SCHEMA).ok());
        } finally {
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "nothing printed to the console");
    }

    @Test
    void deepNestingIsAProblemNotACrash() {
        String deep = "(".repeat(50_000) + "1" + ")".repeat(50_000);
        ParseResult r = Expressions.parse(deep);
        assertFalse(r.ok());
        assertEquals("the expression is nested too deeply", r.problems().get(0).message());
        String fine = "(".repeat(100) + "1" + ")".repeat(100);
        assertEquals(lit(1, DataType.INT32), Expressions.withoutSpans(parse(fine)));
    }

    @Test
    void expectedTokensInPlainWords() {
        assertEquals("unexpected end of input — expected an expression", Expressions.parse("").problems().get(0).message());
        assertEquals("unexpected '1' — expected '('", Expressions.parse("a IN 1").problems().get(0).message());
        assertEquals("unexpected end of input — expected an operator, ',' or ')'", Expressions.parse("f(a").problems().get(0).message());
        assertEquals("unexpected 'x' — expected an operator or THEN", Expressions.parse("CASE WHEN a x").problems().get(0).message());
        assertEquals("unexpected ')' — expected an operator or AS", Expressions.parse("CAST(a)").problems().get(0).message());
        assertEquals("unexpected 'b' — expected an operator or the end of the expression",
                Expressions.parse("a b").problems().get(0).message());
        assertEquals("unexpected ')' — expected an operator or the end of the expression",
                Expressions.parse("f(a))").problems().get(0).message());
        assertEquals("unexpected ',' — expected an operator or ')'", Expressions.parse("(a, b)").problems().get(0).message());
        assertEquals("unexpected 'NULL' — expected IN, BETWEEN or LIKE",
                Expressions.parse("a NOT NULL").problems().get(0).message());
        assertEquals("unexpected end of input — expected an operator, ',' or ')'",
                Expressions.parse("a IN (1").problems().get(0).message());
        assertEquals("unexpected character '😀'", Expressions.parse("a 😀").problems().get(0).message());
        assertEquals("unexpected '5' — expected NULL", Expressions.parse("a IS 5").problems().get(0).message());
        assertEquals("invalid TIMESTAMP literal 'x' (expected yyyy-MM-dd HH:mm:ss[.ffffff])",
                Expressions.parse("TIMESTAMP 'x'").problems().get(0).message());
    }

    // ------------------------------------------------------------------------------------------- round trips

    @Test
    void printerParenthesisesOnlyWhereNeeded() {
        Expr a = col("a");
        Expr b = col("b");
        Expr c = col("c");
        assertEquals("a - (b - c)", Expressions.print(bin(BinaryOp.SUB, a, bin(BinaryOp.SUB, b, c))));
        assertEquals("a - b - c", Expressions.print(bin(BinaryOp.SUB, bin(BinaryOp.SUB, a, b), c)));
        assertEquals("(a OR b) AND c", Expressions.print(bin(BinaryOp.AND, bin(BinaryOp.OR, a, b), c)));
        assertEquals("(NOT a) = b", Expressions.print(bin(BinaryOp.EQ, new Expr.Unary(UnaryOp.NOT, a, N), b)));
        assertEquals("(a AND b) IS NULL", Expressions.print(new Expr.IsNull(bin(BinaryOp.AND, a, b), false, N)));
        assertEquals("a BETWEEN (b = c) AND c", Expressions.print(new Expr.Between(a, bin(BinaryOp.EQ, b, c), c, false, N)));
        assertEquals("-(a * b)", Expressions.print(new Expr.Unary(UnaryOp.NEGATE, bin(BinaryOp.MUL, a, b), N)));
        assertEquals("a - -5", Expressions.print(bin(BinaryOp.SUB, a, lit(-5, DataType.INT32))));
        assertEquals("-0.0", Expressions.print(lit(-0.0, DataType.FLOAT64)));
        assertEquals("1.0E-7", Expressions.print(lit(1e-7, DataType.FLOAT64)));
        assertEquals("'it''s'", Expressions.print(lit("it's", DataType.STRING)));
        // a small INT64 constant (built by hand) keeps its type when printed
        assertEquals("CAST(5 AS INT64)", Expressions.print(lit(5L, DataType.INT64)));
        assertEquals("CAST('NaN' AS FLOAT64)", Expressions.print(lit(Double.NaN, DataType.FLOAT64)));
        assertEquals("TIMESTAMP '1969-12-31 23:59:59.5'",
                Expressions.print(lit(Instant.parse("1969-12-31T23:59:59.5Z"), DataType.TIMESTAMP)));
    }

    @Test
    void randomTreesSurviveAPrintParseRoundTrip() {
        Random random = new Random(20240131);
        for (int n = 0; n < 2000; n++) {
            Expr tree = randomTree(random, 4);
            String printed = Expressions.print(tree);
            ParseResult reparsed = Expressions.parse(printed);
            assertTrue(reparsed.ok(), () -> printed + ": " + reparsed.problems());
            assertEquals(tree, Expressions.withoutSpans(reparsed.expr()), printed);
        }
    }

    private static final String[] NAMES = {"a", "B", "order id", "AND", "date", "ü", "x\"y", "_1"};
    private static final String[] FUNCTIONS = {"f", "upper", "date_trunc", "coalesce"};

    private static Expr randomTree(Random r, int depth) {
        int kind = depth == 0 ? r.nextInt(2) : r.nextInt(13);
        return switch (kind) {
            case 0 -> randomLiteral(r);
            case 1 -> col(NAMES[r.nextInt(NAMES.length)]);
            case 2 -> new Expr.Unary(r.nextBoolean() ? UnaryOp.NOT : UnaryOp.NEGATE, randomTree(r, depth - 1), N);
            case 3, 4, 5 -> bin(BinaryOp.values()[r.nextInt(BinaryOp.values().length)], randomTree(r, depth - 1),
                    randomTree(r, depth - 1));
            case 6 -> new Expr.IsNull(randomTree(r, depth - 1), r.nextBoolean(), N);
            case 7 -> new Expr.In(randomTree(r, depth - 1), randomList(r, depth - 1, 1), r.nextBoolean(), N);
            case 8 -> new Expr.Between(randomTree(r, depth - 1), randomTree(r, depth - 1), randomTree(r, depth - 1),
                    r.nextBoolean(), N);
            case 9 -> new Expr.Like(randomTree(r, depth - 1), randomTree(r, depth - 1), r.nextBoolean(), N);
            case 10 -> {
                List<Expr.When> whens = new ArrayList<>();
                for (int i = 0, count = 1 + r.nextInt(2); i < count; i++) {
                    whens.add(new Expr.When(randomTree(r, depth - 1), randomTree(r, depth - 1)));
                }
                yield new Expr.Case(r.nextBoolean() ? Optional.of(randomTree(r, depth - 1)) : Optional.empty(), whens,
                        r.nextBoolean() ? Optional.of(randomTree(r, depth - 1)) : Optional.empty(), N);
            }
            case 11 -> new Expr.Cast(randomTree(r, depth - 1),
                    DataType.common().get(r.nextInt(DataType.common().size())), N);
            default -> new Expr.Call(FUNCTIONS[r.nextInt(FUNCTIONS.length)], randomList(r, depth - 1, 0), N);
        };
    }

    private static List<Expr> randomList(Random r, int depth, int min) {
        List<Expr> list = new ArrayList<>();
        for (int i = 0, count = min + r.nextInt(3); i < count; i++) {
            list.add(randomTree(r, depth));
        }
        return list;
    }

    private static Expr randomLiteral(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> lit(r.nextInt(), DataType.INT32);
            case 1 -> lit(r.nextBoolean() ? Long.MIN_VALUE : (long) Integer.MAX_VALUE + 1 + r.nextInt(1000),
                    DataType.INT64);
            case 2 -> lit((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20), DataType.FLOAT64);
            case 3 -> lit(new String[] {"", "it's", "😀", "a\nb", "%_"}[r.nextInt(5)], DataType.STRING);
            case 4 -> lit(r.nextBoolean(), DataType.BOOLEAN);
            case 5 -> lit(null, DataType.NULL);
            case 6 -> lit(LocalDate.ofEpochDay(r.nextInt(100_000) - 20_000), DataType.DATE);
            case 7 -> lit(Instant.EPOCH.plusNanos(r.nextLong(-4_000_000_000_000_000L, 4_000_000_000_000_000L) / 1000
                    * 1000), DataType.TIMESTAMP);
            default -> lit(0, DataType.INT32);
        };
    }
}
