package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sluice.expression.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckerTest {

    private static TypedExpr typed(String text) {
        CheckResult r = Expressions.compile(text, TestSchemas.SCHEMA);
        assertTrue(r.ok(), () -> text + ": " + r.problems());
        return r.typed();
    }

    private static ExpressionProblem problem(String text) {
        CheckResult r = Expressions.compile(text, TestSchemas.SCHEMA);
        assertFalse(r.ok(), () -> text + " should not check");
        return r.problems().get(0);
    }

    // ------------------------------------------------------------------------------------------------- messages

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '"', textBlock = """
            'abc' + 1                 | 7  | operator '+' cannot apply to STRING and INT32
            1 - 'abc'                 | 3  | operator '-' cannot apply to INT32 and STRING
            code * 2                  | 6  | operator '*' cannot apply to STRING and INT32
            active / 2                | 8  | operator '/' cannot apply to BOOLEAN and INT32
            1 || 2                    | 3  | operator '||' cannot apply to INT32 and INT32
            d = 1                     | 3  | operator '=' cannot apply to DATE and INT32
            1 < d                     | 3  | operator '<' cannot apply to INT32 and DATE
            ts >= 1.5                 | 4  | operator '>=' cannot apply to TIMESTAMP and FLOAT64
            active = 1                | 8  | operator '=' cannot apply to BOOLEAN and INT32
            amout                     | 1  | unknown column 'amout' — did you mean 'amount'?
            ID + 1                    | 1  | unknown column 'ID' — did you mean 'id'?
            nmae                      | 1  | unknown column 'nmae' — did you mean 'name'?
            zebra                     | 1  | unknown column 'zebra'
            x                         | 1  | unknown column 'x'
            uppr(code)                | 1  | unknown function 'uppr' — did you mean 'upper'?
            frobnicate(1)             | 1  | unknown function 'frobnicate'
            current_date()            | 1  | function 'current_date' is not offered: pipelines must be deterministic
            upper()                   | 1  | function 'upper' expects 1 argument but got 0: upper(STRING) → STRING
            coalesce()                | 1  | function 'coalesce' expects at least 1 argument but got 0: coalesce(any, …) → common type
            replace(code, 'a')        | 1  | function 'replace' expects 3 arguments but got 2: replace(STRING, STRING, STRING) → STRING
            round(1, 2, 3)            | 1  | function 'round' expects 1 to 2 arguments but got 3: round(numeric[, INT64]) → same numeric type
            abs('x')                  | 5  | function 'abs' expects argument 1 to be a number but got STRING
            substring(code, 1.5)      | 17 | function 'substring' expects argument 2 to be INT32 or INT64 but got FLOAT64
            year(code)                | 6  | function 'year' expects argument 1 to be DATE or TIMESTAMP but got STRING
            date_diff(day, d, d)      | 11 | unknown column 'day'
            date_diff(code, d, d)     | 11 | function 'date_diff' expects argument 1 to be a unit literal, one of [year, quarter, month, week, day, hour, minute, second]
            coalesce(id, code)        | 14 | function 'coalesce' mixes types that have no common type: [INT32, STRING]
            id AND active             | 1  | AND needs a BOOLEAN operand but got INT32
            active OR code            | 11 | OR needs a BOOLEAN operand but got STRING
            NOT code                  | 5  | NOT needs a BOOLEAN operand but got STRING
            CASE WHEN id THEN 1 END   | 11 | a WHEN condition must be BOOLEAN but got INT32
            CASE id WHEN 'a' THEN 1 END | 14 | CASE cannot compare INT32 with STRING
            id BETWEEN 'a' AND 'z'    | 12 | BETWEEN cannot compare INT32 with STRING
            CAST(d AS INT64)          | 1  | cannot cast DATE to INT64
            CAST(1 AS DATE)           | 1  | cannot cast INT32 to DATE
            -active                   | 1  | operator '-' cannot apply to BOOLEAN
            """)
    void errorMessages(String text, int column, String message) {
        ExpressionProblem p = problem(text);
        assertEquals(message, p.message());
        assertEquals(1, p.line());
        assertEquals(column, p.column());
        assertEquals(column - 1, p.offset());
    }

    @Test
    void reportsEveryIndependentProblemInSourceOrder() {
        CheckResult r = Expressions.compile("foo + 1 = bar AND upper(7) = 'X'", TestSchemas.SCHEMA);
        List<String> messages = r.problems().stream().map(ExpressionProblem::message).toList();
        assertEquals(List.of("unknown column 'foo'", "unknown column 'bar'",
                "function 'upper' expects argument 1 to be STRING but got INT32"), messages);
    }

    @Test
    void doesNotCascadeFromAPoisonedOperand() {
        CheckResult r = Expressions.compile("(nope + 1) * 2 > 'x'", TestSchemas.SCHEMA);
        assertEquals(1, r.problems().size(), r.problems().toString());
    }

    @Test
    void problemsInMultiLineTextHaveTrueLineAndColumn() {
        String text = "id > 1\n  AND code +\n    2 = 3";
        ExpressionProblem p = problem(text);
        assertEquals("operator '+' cannot apply to STRING and INT32", p.message());
        assertEquals(2, p.line());
        assertEquals(12, p.column());
        assertEquals(text.indexOf('+'), p.offset());
        assertEquals("line 2, column 12: operator '+' cannot apply to STRING and INT32", p.toString());
    }

    @Test
    void checkWithoutSourceCountsColumnsFromOffsets() {
        Expr e = Expressions.parse("id +\n'x'").expr();
        CheckResult r = Expressions.check(e, TestSchemas.SCHEMA);
        ExpressionProblem p = r.problems().get(0);
        assertEquals(1, p.line());
        assertEquals(p.offset() + 1, p.column());
        CheckResult withSource = Expressions.check(e, TestSchemas.SCHEMA, "id +\n'x'");
        assertEquals(1, withSource.problems().get(0).line());
        assertEquals(4, withSource.problems().get(0).column());
    }

    @Test
    void predicatesMustBeBoolean() {
        CheckResult r = Expressions.compilePredicate("id + 1", TestSchemas.SCHEMA);
        assertEquals("a condition must be BOOLEAN but this expression is INT32", r.problems().get(0).message());
        assertEquals(DataType.BOOLEAN, Expressions.compilePredicate("id > 1", TestSchemas.SCHEMA).type());
        CheckResult unknown = Expressions.compilePredicate("NULL", TestSchemas.SCHEMA);
        assertEquals(DataType.BOOLEAN, unknown.type());
        assertEquals("unexpected end of input — expected an expression",
                Expressions.compilePredicate("id >", TestSchemas.SCHEMA).problems().get(0).message());
    }

    @Test
    void invalidLiteralRegexIsACheckTimeProblem() {
        assertEquals("function 'regexp_matches' got an invalid regular expression: Dangling meta character '*'",
                problem("regexp_matches(code, '*a')").message());
        assertTrue(Expressions.compile("regexp_matches(code, name)", TestSchemas.SCHEMA).ok());
    }

    @Test
    void resultAccessorsRejectMisuse() {
        CheckResult bad = Expressions.compile("nope", TestSchemas.SCHEMA);
        assertThrows(IllegalStateException.class, bad::typed);
        ParseResult unparsed = Expressions.parse("1 +");
        assertThrows(IllegalStateException.class, unparsed::expr);
    }

    // ---------------------------------------------------------------------------------------------- nullability

    @ParameterizedTest(name = "{0} nullable={1}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '"', textBlock = """
            id + 1                      | false
            qty + 1                     | true
            id + qty                    | true
            amount > 1                  | true
            qty IS NULL                 | false
            qty IS NOT NULL             | false
            coalesce(qty, amount)       | true
            coalesce(qty, id)           | false
            coalesce(NULL, code)        | false
            concat(name, NULL)          | false
            name || 'x'                 | true
            nullif(id, 1)               | true
            upper(code)                 | false
            upper(name)                 | true
            CASE WHEN active THEN 1 END | true
            CASE WHEN active THEN 1 ELSE 2 END | false
            CASE WHEN active THEN qty ELSE 2 END | true
            CASE WHEN flag THEN 1 ELSE 2 END | false
            active AND flag             | true
            NOT active                  | false
            id IN (1, 2)                | false
            id IN (1, qty)              | true
            d BETWEEN d AND ts          | true
            CAST(code AS INT64)         | false
            CAST(NULL AS INT64)         | true
            NULL                        | true
            1                           | false
            """)
    void nullability(String text, boolean nullable) {
        assertEquals(nullable, typed(text).nullable());
    }

    // ------------------------------------------------------------------------------------------- implicit casts

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " | ", quoteCharacter = '"', textBlock = """
            big + id                    | big + CAST(id AS INT64)                               | INT64
            amount > 1                  | amount > CAST(1 AS FLOAT64)                           | BOOLEAN
            id / 2                      | CAST(id AS FLOAT64) / CAST(2 AS FLOAT64)              | FLOAT64
            d < ts                      | CAST(d AS TIMESTAMP) < ts                             | BOOLEAN
            id = NULL                   | id = CAST(NULL AS INT32)                              | BOOLEAN
            'n' || id                   | 'n' || CAST(id AS STRING)                             | STRING
            concat(id, d)               | concat(CAST(id AS STRING), CAST(d AS STRING))         | STRING
            substring(code, 2)          | substring(code, CAST(2 AS INT64))                     | STRING
            sqrt(id)                    | sqrt(CAST(id AS FLOAT64))                             | FLOAT64
            hour(d)                     | hour(CAST(d AS TIMESTAMP))                            | INT32
            id IN (1, big, 2.5)         | CAST(id AS FLOAT64) IN (CAST(1 AS FLOAT64), CAST(big AS FLOAT64), 2.5) | BOOLEAN
            id BETWEEN 1 AND big        | CAST(id AS INT64) BETWEEN CAST(1 AS INT64) AND big    | BOOLEAN
            coalesce(qty, big)          | coalesce(CAST(qty AS INT64), big)                     | INT64
            least(id, 2.0)              | least(CAST(id AS FLOAT64), 2.0)                       | FLOAT64
            date_diff('Day', d, ts)     | date_diff('day', CAST(d AS TIMESTAMP), ts)            | INT64
            CASE WHEN active THEN 1 ELSE big END | CASE WHEN active THEN CAST(1 AS INT64) ELSE big END | INT64
            CASE id WHEN 1 THEN 'a' END | CASE WHEN id = 1 THEN 'a' ELSE CAST(NULL AS STRING) END | STRING
            CASE big WHEN id THEN 1 END | CASE WHEN big = CAST(id AS INT64) THEN 1 ELSE CAST(NULL AS INT32) END | INT32
            NOT NULL                    | NOT CAST(NULL AS BOOLEAN)                             | BOOLEAN
            """)
    void implicitCastsAreExplicit(String text, String typedForm, DataType type) {
        TypedExpr t = typed(text);
        assertEquals(typedForm, Expressions.print(t));
        assertEquals(type, t.type());
    }

    @Test
    void implicitAndExplicitCastsAreMarked() {
        TypedExpr.Binary sum = assertInstanceOf(TypedExpr.Binary.class, typed("big + CAST(id AS INT64)"));
        TypedExpr.Cast explicit = assertInstanceOf(TypedExpr.Cast.class, sum.right());
        assertFalse(explicit.implicit());
        TypedExpr.Binary implicitSum = assertInstanceOf(TypedExpr.Binary.class, typed("big + id"));
        TypedExpr.Cast implicit = assertInstanceOf(TypedExpr.Cast.class, implicitSum.right());
        assertTrue(implicit.implicit());
        assertEquals(DataType.INT64, implicit.type());
        assertEquals(DataType.INT32, implicit.operand().type());
        assertEquals(new Span(6, 8), implicit.span());
    }

    @Test
    void operandsOfEveryBinaryShareOneType() {
        for (String text : List.of("id + amount", "big * 2", "id % big", "d = ts", "id < 2.5", "code || 1")) {
            TypedExpr.Binary b = assertInstanceOf(TypedExpr.Binary.class, typed(text));
            assertEquals(b.left().type(), b.right().type(), text);
        }
    }

    @Test
    void columnsAreResolvedToTheirIndex() {
        TypedExpr.Column c = assertInstanceOf(TypedExpr.Column.class, typed("\"order id\""));
        assertEquals(10, c.index());
        assertEquals(DataType.INT64, c.type());
        assertTrue(c.nullable());
    }

    @Test
    void callsAreResolvedToTheCatalog() {
        TypedExpr.Call call = assertInstanceOf(TypedExpr.Call.class, typed("UPPER(code)"));
        assertEquals(BuiltinFunction.UPPER, call.function());
        TypedExpr.Call trunc = assertInstanceOf(TypedExpr.Call.class, typed("date_trunc('MONTH', d)"));
        assertEquals(DataType.DATE, trunc.type());
        assertEquals(new TypedExpr.Literal("month", DataType.STRING, new Span(11, 18)), trunc.args().get(0));
    }

    @Test
    void typedPrintingChecksAgainToTheSameTree() {
        for (String text : List.of("big + id", "CASE id WHEN 1 THEN 'a' END", "d < ts AND amount > 1",
                "coalesce(qty, big)", "-(-5) + abs(id)")) {
            TypedExpr first = typed(text);
            TypedExpr again = typed(Expressions.print(first));
            assertEquals(Expressions.print(first), Expressions.print(again), text);
            assertEquals(first.type(), again.type());
            assertEquals(first.nullable(), again.nullable());
        }
    }

    @Test
    void referencedColumnsInOrderOfFirstUse() {
        Expr e = Expressions.parse("coalesce(qty, id) + id * \"order id\" > CASE WHEN flag THEN amount END").expr();
        assertEquals(List.of("qty", "id", "order id", "flag", "amount"),
                List.copyOf(Expressions.referencedColumns(e)));
        assertEquals(List.copyOf(Expressions.referencedColumns(e)),
                List.copyOf(Expressions.referencedColumns(Expressions.check(e, TestSchemas.SCHEMA).typed())));
        assertTrue(Expressions.referencedColumns(Expressions.parse("1 + 2").expr()).isEmpty());
    }

    @Test
    void catalogIsConsistent() {
        for (BuiltinFunction f : BuiltinFunction.values()) {
            assertEquals(f, BuiltinFunction.byName(f.functionName().toUpperCase()).orElseThrow());
            assertTrue(f.minArgs() >= 0 && f.minArgs() <= f.params().size(), f.name());
            assertTrue(f.minArgs() >= 1 || f.params().isEmpty() || f.paramAt(0) != f.params().get(f.params().size() - 1)
                    || !f.isVariadic(), f.name());
            assertFalse(f.description().isBlank(), f.name());
            assertTrue(f.example().toLowerCase().contains(f.functionName() + "("), f.name() + ": " + f.example());
            assertTrue(f.signature().startsWith(f.functionName() + "("), f.signature());
        }
        assertFalse(BuiltinFunction.byName("now").isPresent());
        assertTrue(BuiltinFunction.values().length >= 100, "the library offers about 100 functions");
        assertEquals("substring(STRING, INT64[, INT64]) → STRING", BuiltinFunction.SUBSTRING.signature());
    }

    @Test
    void aConstantThatAlwaysFailsIsAProblem() {
        for (String text : List.of("2147483647 + 1", "id + 1 % 0", "CAST('x' AS INT32) > id", "make_date(2023, 2, 29)")) {
            CheckResult r = Expressions.compile(text, TestSchemas.SCHEMA);
            assertFalse(r.ok(), text);
            assertTrue(r.problems().get(0).message().startsWith("this constant part always fails: "),
                    r.problems().toString());
        }
        assertTrue(Expressions.compile("CASE WHEN id = 0 THEN 1 % 0 END", TestSchemas.SCHEMA).ok(),
                "a CASE arm is evaluated only for the rows that select it");
        assertTrue(Expressions.compile("2147483646 + 1 = id", TestSchemas.SCHEMA).ok());
    }
}
