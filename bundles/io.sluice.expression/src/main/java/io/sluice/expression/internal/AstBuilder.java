package io.sluice.expression.internal;

import io.sluice.expression.BinaryOp;
import io.sluice.expression.Expr;
import io.sluice.expression.Span;
import io.sluice.expression.UnaryOp;
import io.sluice.expression.internal.parser.SluiceLexer;
import io.sluice.expression.internal.parser.SluiceParser;
import io.sluice.expression.internal.parser.SluiceParserBaseVisitor;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;
import io.sluice.expression.types.TimePrecision;
import io.sluice.expression.types.TypeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Parse tree to {@link Expr}; reports literal and type-name errors as {@link Parsing.Failure}s. */
final class AstBuilder extends SluiceParserBaseVisitor<Expr> {

    private final String text;

    AstBuilder(String text) {
        this.text = text;
    }

    Expr build(SluiceParser.RootContext root) {
        return visit(root.expression());
    }

    private static Span span(ParserRuleContext ctx) {
        int start = ctx.getStart().getStartIndex();
        Token stop = ctx.getStop();
        int end = stop == null || stop.getType() == Token.EOF ? start : stop.getStopIndex() + 1;
        return new Span(start, Math.max(start, end));
    }

    private static Span span(Token token) {
        return new Span(token.getStartIndex(), token.getStopIndex() + 1);
    }

    private static Span join(Expr left, Expr right) {
        return left.span().union(right.span());
    }

    @Override
    public Expr visitRoot(SluiceParser.RootContext ctx) {
        return visit(ctx.expression());
    }

    @Override
    public Expr visitExpression(SluiceParser.ExpressionContext ctx) {
        return visit(ctx.orExpr());
    }

    @Override
    public Expr visitOrExpr(SluiceParser.OrExprContext ctx) {
        Expr result = visit(ctx.andExpr(0));
        for (int i = 1; i < ctx.andExpr().size(); i++) {
            Expr right = visit(ctx.andExpr(i));
            result = new Expr.Binary(BinaryOp.OR, result, right, join(result, right));
        }
        return result;
    }

    @Override
    public Expr visitAndExpr(SluiceParser.AndExprContext ctx) {
        Expr result = visit(ctx.notExpr(0));
        for (int i = 1; i < ctx.notExpr().size(); i++) {
            Expr right = visit(ctx.notExpr(i));
            result = new Expr.Binary(BinaryOp.AND, result, right, join(result, right));
        }
        return result;
    }

    @Override
    public Expr visitNotOperator(SluiceParser.NotOperatorContext ctx) {
        return new Expr.Unary(UnaryOp.NOT, visit(ctx.notExpr()), span(ctx));
    }

    @Override
    public Expr visitNotPredicate(SluiceParser.NotPredicateContext ctx) {
        return visit(ctx.predicate());
    }

    @Override
    public Expr visitPredicate(SluiceParser.PredicateContext ctx) {
        Expr result = visit(ctx.concatExpr());
        for (SluiceParser.PredicateSuffixContext suffix : ctx.predicateSuffix()) {
            Span span = new Span(result.span().start(), span(suffix).end());
            result = switch (suffix) {
                case SluiceParser.CompareSuffixContext c -> {
                    Expr right = visit(c.concatExpr());
                    yield new Expr.Binary(compareOp(c.compareOp().getStart()), result, right, span);
                }
                case SluiceParser.IsNullSuffixContext c -> new Expr.IsNull(result, c.NOT() != null, span);
                case SluiceParser.InSuffixContext c -> {
                    List<Expr> values = new ArrayList<>();
                    for (SluiceParser.ExpressionContext v : c.expression()) {
                        values.add(visit(v));
                    }
                    yield new Expr.In(result, values, c.NOT() != null, span);
                }
                case SluiceParser.BetweenSuffixContext c -> new Expr.Between(result, visit(c.concatExpr(0)),
                        visit(c.concatExpr(1)), c.NOT() != null, span);
                case SluiceParser.LikeSuffixContext c -> new Expr.Like(result, visit(c.concatExpr()), c.NOT() != null,
                        span);
                default -> throw new IllegalStateException("unknown predicate " + suffix.getClass()); //$NON-NLS-1$
            };
        }
        return result;
    }

    private static BinaryOp compareOp(Token t) {
        return switch (t.getType()) {
            case SluiceLexer.EQ -> BinaryOp.EQ;
            case SluiceLexer.NEQ -> BinaryOp.NE;
            case SluiceLexer.LT -> BinaryOp.LT;
            case SluiceLexer.LE -> BinaryOp.LE;
            case SluiceLexer.GT -> BinaryOp.GT;
            case SluiceLexer.GE -> BinaryOp.GE;
            default -> throw new IllegalStateException("not a comparison: " + t); //$NON-NLS-1$
        };
    }

    @Override
    public Expr visitConcatExpr(SluiceParser.ConcatExprContext ctx) {
        Expr result = visit(ctx.additive(0));
        for (int i = 1; i < ctx.additive().size(); i++) {
            Expr right = visit(ctx.additive(i));
            result = new Expr.Binary(BinaryOp.CONCAT, result, right, join(result, right));
        }
        return result;
    }

    @Override
    public Expr visitAdditive(SluiceParser.AdditiveContext ctx) {
        Expr result = visit(ctx.multiplicative(0));
        for (int i = 1; i < ctx.multiplicative().size(); i++) {
            Expr right = visit(ctx.multiplicative(i));
            BinaryOp op = ctx.additiveOp(i - 1).PLUS() != null ? BinaryOp.ADD : BinaryOp.SUB;
            result = new Expr.Binary(op, result, right, join(result, right));
        }
        return result;
    }

    @Override
    public Expr visitMultiplicative(SluiceParser.MultiplicativeContext ctx) {
        Expr result = visit(ctx.unary(0));
        for (int i = 1; i < ctx.unary().size(); i++) {
            Expr right = visit(ctx.unary(i));
            SluiceParser.MultiplicativeOpContext op = ctx.multiplicativeOp(i - 1);
            BinaryOp binary = op.STAR() != null ? BinaryOp.MUL : op.SLASH() != null ? BinaryOp.DIV : BinaryOp.MOD;
            result = new Expr.Binary(binary, result, right, join(result, right));
        }
        return result;
    }

    @Override
    public Expr visitNegate(SluiceParser.NegateContext ctx) {
        // "-5" is one literal, so that -2147483648 is an INT32 and -9223372036854775808 an INT64
        if (ctx.unary() instanceof SluiceParser.PrimaryUnaryContext p && p.postfixOp().isEmpty()) {
            if (p.primary() instanceof SluiceParser.IntegerLiteralContext i) {
                return integer("-" + i.INTEGER().getText(), span(ctx)); //$NON-NLS-1$
            }
            if (p.primary() instanceof SluiceParser.DecimalLiteralContext d) {
                return decimal("-" + d.DECIMAL().getText(), span(ctx)); //$NON-NLS-1$
            }
        }
        return new Expr.Unary(UnaryOp.NEGATE, visit(ctx.unary()), span(ctx));
    }

    @Override
    public Expr visitUnaryPlus(SluiceParser.UnaryPlusContext ctx) {
        return visit(ctx.unary());
    }

    @Override
    public Expr visitPrimaryUnary(SluiceParser.PrimaryUnaryContext ctx) {
        Expr result = visit(ctx.primary());
        int start = result.span().start();
        for (SluiceParser.PostfixOpContext op : ctx.postfixOp()) {
            Span span = new Span(start, span(op).end());
            if (op instanceof SluiceParser.FieldAccessContext f) {
                result = new Expr.FieldAccess(result, identifier(f.identifier()), span);
            } else {
                result = new Expr.Subscript(result, visit(((SluiceParser.SubscriptContext) op).expression()), span);
            }
        }
        return result;
    }

    @Override
    public Expr visitIntegerLiteral(SluiceParser.IntegerLiteralContext ctx) {
        return integer(ctx.INTEGER().getText(), span(ctx));
    }

    private static Expr integer(String digits, Span span) {
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new Parsing.Failure(span.start(), Messages.integerOutOfRange(digits));
        }
        if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
            return new Expr.Literal((int) value, DataType.INT32, span);
        }
        return new Expr.Literal(value, DataType.INT64, span);
    }

    @Override
    public Expr visitDecimalLiteral(SluiceParser.DecimalLiteralContext ctx) {
        return decimal(ctx.DECIMAL().getText(), span(ctx));
    }

    private static Expr decimal(String text, Span span) {
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new Parsing.Failure(span.start(), Messages.decimalOutOfRange(text));
        }
        return new Expr.Literal(value, DataType.FLOAT64, span);
    }

    @Override
    public Expr visitStringLiteral(SluiceParser.StringLiteralContext ctx) {
        return new Expr.Literal(unquote(ctx.STRING().getText(), '\''), DataType.STRING, span(ctx));
    }

    static String unquote(String quoted, char quote) {
        String body = quoted.substring(1, quoted.length() - 1);
        String doubled = String.valueOf(quote) + quote;
        return body.replace(doubled, String.valueOf(quote));
    }

    @Override
    public Expr visitTrueLiteral(SluiceParser.TrueLiteralContext ctx) {
        return new Expr.Literal(Boolean.TRUE, DataType.BOOLEAN, span(ctx));
    }

    @Override
    public Expr visitFalseLiteral(SluiceParser.FalseLiteralContext ctx) {
        return new Expr.Literal(Boolean.FALSE, DataType.BOOLEAN, span(ctx));
    }

    @Override
    public Expr visitNullLiteral(SluiceParser.NullLiteralContext ctx) {
        return new Expr.Literal(null, DataType.NULL, span(ctx));
    }

    @Override
    public Expr visitTypedLiteral(SluiceParser.TypedLiteralContext ctx) {
        String prefix = ctx.IDENTIFIER().getText();
        String value = unquote(ctx.STRING().getText(), '\'');
        Span span = span(ctx);
        switch (prefix.toUpperCase(Locale.ROOT)) {
            case "DATE", "TIME", "TIMESTAMP", "TIMESTAMPTZ", "TIMESTAMP_TZ", "TIMESTAMP_NTZ", "DATETIME", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                    "TIMESTAMP_MS", "TIMESTAMP_NS" -> { //$NON-NLS-1$ //$NON-NLS-2$
                DataType type = temporalLiteralType(prefix.toUpperCase(Locale.ROOT), value);
                long stored = TemporalValues.parse(value, type);
                if (!TemporalValues.isValue(stored)) {
                    int at = ctx.STRING().getSymbol().getStartIndex();
                    throw new Parsing.Failure(at, type == DataType.DATE ? Messages.invalidDate(value)
                            : type.id() == TypeId.TIMESTAMP ? Messages.invalidTimestamp(value)
                                    + TemporalValues.reason(stored, type)
                                    : Messages.cannotCastValue("'" + value + "'", type)); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return new Expr.Literal(TemporalValues.fromStored(stored, type), type, span);
            }
            case "DECIMAL", "NUMERIC" -> { //$NON-NLS-1$ //$NON-NLS-2$
                // DECIMAL '12.50' is DECIMAL(4,2): as many digits as written, the scale as written
                String t = value.strip();
                if (!t.matches("[+-]?[0-9]*(?:\\.[0-9]*)?") || !t.matches(".*[0-9].*")) { //$NON-NLS-1$ //$NON-NLS-2$
                    throw new Parsing.Failure(ctx.STRING().getSymbol().getStartIndex(),
                            Messages.cannotCastValue("'" + value + "'", DataType.decimal(18, 3))); //$NON-NLS-1$ //$NON-NLS-2$
                }
                java.math.BigDecimal d = new java.math.BigDecimal(t);
                int scale = Math.max(d.scale(), 0);
                int precision = Math.max(Math.max(d.precision(), scale), 1);
                if (d.scale() < 0) {
                    d = d.setScale(0);
                    precision = d.precision();
                }
                if (precision > DataType.MAX_DECIMAL_PRECISION) {
                    throw new Parsing.Failure(ctx.STRING().getSymbol().getStartIndex(),
                            Messages.cannotCastValue("'" + value + "'", DataType.decimal(38, 0)) + " (more than 38 digits)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
                return new Expr.Literal(d, DataType.decimal(precision, scale), span);
            }
            default -> throw new Parsing.Failure(ctx.STRING().getSymbol().getStartIndex(),
                    Messages.badLiteralPrefix(prefix));
        }
    }

    /**
     * The type of a date or time literal: {@code DATE}; {@code TIME} and {@code TIMESTAMP}/{@code TIMESTAMPTZ} (an
     * instant, UTC: an offset in the text is converted) or {@code TIMESTAMP_NTZ}/{@code DATETIME} (a local
     * date-time, no offset) at microseconds, or nanoseconds when the text has more than six fraction digits;
     * {@code TIMESTAMP_MS}/{@code TIMESTAMP_NS} (instants) at their unit.
     */
    private static DataType temporalLiteralType(String prefix, String text) {
        DataType named = DataType.parse(prefix);
        return switch (prefix) {
            case "TIME", "TIMESTAMP", "TIMESTAMPTZ", "TIMESTAMP_TZ", "TIMESTAMP_NTZ", "DATETIME" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                TimePrecision p = TemporalValues.fractionDigits(text) > 6 ? TimePrecision.NANO : TimePrecision.MICRO;
                yield named.id() == TypeId.TIME ? DataType.time(p) : DataType.timestamp(p, named.isInstant());
            }
            default -> named;
        };
    }

    /** A type's text as written ({@code DECIMAL(12, 2)}, {@code TIMESTAMP WITHOUT TIME ZONE}), read by {@link DataType#fromName}. */
    private static DataType typeName(SluiceParser.TypeNameContext ctx) {
        int start = ctx.getStart().getStartIndex();
        String name = ctx.getStart().getInputStream().getText(
                org.antlr.v4.runtime.misc.Interval.of(start, ctx.getStop().getStopIndex()));
        return DataType.fromName(name).filter(t -> t != DataType.NULL)
                .orElseThrow(() -> new Parsing.Failure(start, Messages.unknownType(name)));
    }

    @Override
    public Expr visitCast(SluiceParser.CastContext ctx) {
        DataType type = typeName(ctx.typeName());
        return new Expr.Cast(visit(ctx.expression()), type, span(ctx));
    }

    /** {@code TRY_CAST(x AS type)} is the function {@code try_cast} with the type's name as a STRING literal. */
    @Override
    public Expr visitTryCast(SluiceParser.TryCastContext ctx) {
        DataType type = typeName(ctx.typeName());
        Span typeSpan = new Span(ctx.typeName().getStart().getStartIndex(), ctx.typeName().getStop().getStopIndex() + 1);
        return new Expr.Call("try_cast", List.of(visit(ctx.expression()), //$NON-NLS-1$
                new Expr.Literal(type.name(), DataType.STRING, typeSpan)), span(ctx));
    }

    @Override
    public Expr visitCase(SluiceParser.CaseContext ctx) {
        Optional<Expr> operand = ctx.operand == null ? Optional.empty() : Optional.of(visit(ctx.operand));
        List<Expr.When> whens = new ArrayList<>();
        for (SluiceParser.WhenClauseContext w : ctx.whenClause()) {
            whens.add(new Expr.When(visit(w.expression(0)), visit(w.expression(1))));
        }
        Optional<Expr> otherwise = ctx.otherwise == null ? Optional.empty() : Optional.of(visit(ctx.otherwise));
        return new Expr.Case(operand, whens, otherwise, span(ctx));
    }

    @Override
    public Expr visitCall(SluiceParser.CallContext ctx) {
        List<Expr> args = new ArrayList<>();
        for (SluiceParser.ExpressionContext a : ctx.expression()) {
            args.add(visit(a));
        }
        return new Expr.Call(ctx.IDENTIFIER().getText().toLowerCase(Locale.ROOT), args, span(ctx));
    }

    @Override
    public Expr visitColumn(SluiceParser.ColumnContext ctx) {
        return new Expr.Column(identifier(ctx.identifier()), span(ctx));
    }

    /** The name an identifier spells, quotes removed; an empty quoted name is an error. */
    private static String identifier(SluiceParser.IdentifierContext id) {
        TerminalNode quoted = id.QUOTED_IDENTIFIER();
        String name = quoted != null ? unquote(quoted.getText(), '"') : id.IDENTIFIER().getText();
        if (name.isEmpty()) {
            throw new Parsing.Failure(span(id).start(), Messages.EMPTY_IDENTIFIER);
        }
        return name;
    }

    @Override
    public Expr visitParenthesized(SluiceParser.ParenthesizedContext ctx) {
        return visit(ctx.expression());
    }

    @Override
    protected Expr defaultResult() {
        return null;
    }

    @Override
    public Expr visitChildren(org.antlr.v4.runtime.tree.RuleNode node) {
        throw new IllegalStateException("no builder for " + node.getClass().getSimpleName() + " in '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

}
