package io.sluice.runtime.internal.kernel;

import io.sluice.expression.BinaryOp;
import io.sluice.expression.BuiltinFunction;
import io.sluice.expression.EvaluationException;
import io.sluice.expression.Evaluator;
import io.sluice.expression.RunContext;
import io.sluice.expression.semantics.Casts;
import io.sluice.expression.semantics.Decimals;
import io.sluice.expression.semantics.Rules;
import io.sluice.expression.semantics.TimeRules;
import io.sluice.expression.TypedExpr;
import io.sluice.expression.types.DataType;
import io.sluice.expression.types.TemporalValues;

import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A typed expression compiled into a tree of column-at-a-time kernels: each node runs one tight loop over all
 * rows of the batch (per operator and type), never an interpretation of the tree per row. Semantics follow the
 * expression bundle's {@code Evaluator}, which the tests use as the oracle.
 *
 * <p>Instances are immutable and thread-safe; columns are read from the input root by index (the index the
 * expression was checked against).
 */
public final class ExprKernel {
    /** Evaluation context: input root and the rows to evaluate (all when sel is null). */
    record Ctx(VectorSchemaRoot root, int[] sel, int n) {
    }

    interface Node {
        Vals eval(Ctx c);
    }

    private final Node root;
    private final DataType type;
    private final TypedExpr expr;
    private final RunContext run;

    private ExprKernel(TypedExpr expr, RunContext run) {
        this.expr = expr;
        this.type = expr.type();
        this.run = run;
        this.root = node(expr);
    }

    /** Compiles an expression that reads no run context (run_id() and the like fail when evaluated). */
    public static ExprKernel compile(TypedExpr expr) {
        return new ExprKernel(expr, RunContext.NONE);
    }

    /** Compiles an expression for a run, whose context the run-context functions read. */
    public static ExprKernel compile(TypedExpr expr, RunContext run) {
        return new ExprKernel(expr, run);
    }

    public DataType type() {
        return type;
    }

    public TypedExpr expr() {
        return expr;
    }

    /** Evaluates over all rows of {@code in} into {@code out} (allocated and sized here). */
    public void evaluateInto(VectorSchemaRoot in, FieldVector out) {
        root.eval(new Ctx(in, null, in.getRowCount())).write(out);
    }

    /** Evaluates a BOOLEAN expression; writes the indices of rows where it is TRUE into sel; returns their count. */
    public int select(VectorSchemaRoot in, int[] sel) {
        int n = in.getRowCount();
        Vals v = root.eval(new Ctx(in, null, n));
        if (v.type == DataType.NULL) {
            return 0;
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (!v.isNull(i) && v.l[i] != 0) {
                sel[k++] = i;
            }
        }
        return k;
    }

    /** Values as Java objects of the Evaluator's classes (tests, previews). */
    public List<Object> evaluateToObjects(VectorSchemaRoot in) {
        Vals v = root.eval(new Ctx(in, null, in.getRowCount()));
        List<Object> out = new ArrayList<>(v.n);
        for (int i = 0; i < v.n; i++) {
            out.add(toObject(v, i));
        }
        return out;
    }

    static Object toObject(Vals v, int i) {
        if (v.type == DataType.NULL || v.isNull(i)) {
            return null;
        }
        return switch (v.type.id()) {
            case BOOLEAN -> v.l[i] != 0;
            case INT8, INT16, INT32 -> (int) v.l[i];
            case INT64 -> v.l[i];
            case FLOAT32 -> (float) v.d[i];
            case FLOAT64 -> v.d[i];
            case DECIMAL -> v.dec[i];
            case STRING -> v.s()[i];
            case DATE, TIME, TIMESTAMP -> TemporalValues.fromStored(v.l[i], v.type); // in the column's own unit
            case BINARY, FIXED_BINARY, LIST, STRUCT, MAP -> v.o[i];
            case NULL -> null;
            default -> throw new IllegalStateException("no kernel values for " + v.type); //$NON-NLS-1$
        };
    }

    // ------------------------------------------------------------------------------------------ compile

    private Node node(TypedExpr e) {
        if (!(e instanceof TypedExpr.Literal) && Evaluator.isConstant(e)) {
            return folded(e);
        }
        return switch (e) {
            case TypedExpr.Literal lit -> literal(lit);
            case TypedExpr.Column col -> c -> Vals.read(c.root().getVector(col.index()), col.type(), c.sel(), c.n());
            case TypedExpr.Unary u -> unary(u);
            case TypedExpr.Binary b -> binary(b);
            case TypedExpr.IsNull isn -> isNull(isn);
            case TypedExpr.In in -> in(in);
            case TypedExpr.Between bt -> between(bt);
            case TypedExpr.Like like -> like(like);
            case TypedExpr.Case cs -> caseWhen(cs);
            case TypedExpr.Cast cast -> cast(cast);
            case TypedExpr.Call call -> call(call);
        };
    }

    /**
     * A constant folded once with the reference {@link Evaluator}. A constant that cannot be computed fails every
     * batch with rows (validation reports it before a run; this keeps a kernel compiled without validation honest).
     */
    private static Node folded(TypedExpr e) {
        Object value;
        try {
            value = Evaluator.evaluateConstant(e);
        } catch (EvaluationException ex) {
            String message = ex.getMessage();
            return c -> {
                if (c.n() > 0) {
                    throw new EvaluationException(message, ex);
                }
                return new Vals(e.type(), 0);
            };
        }
        return literal(new TypedExpr.Literal(value, value == null ? DataType.NULL : e.type(), e.span()));
    }

    private static Node literal(TypedExpr.Literal lit) {
        DataType t = lit.type();
        Object v = lit.value();
        return c -> {
            Vals r = new Vals(t, c.n());
            if (v == null || t == DataType.NULL) {
                r.nulls = Vals.allTrue(c.n());
                return r;
            }
            switch (t.id()) {
                case BOOLEAN -> java.util.Arrays.fill(r.l, ((Boolean) v) ? 1 : 0);
                case INT8, INT16, INT32 -> java.util.Arrays.fill(r.l, (Integer) v);
                case INT64 -> java.util.Arrays.fill(r.l, (Long) v);
                case FLOAT32 -> java.util.Arrays.fill(r.d, (Float) v);
                case FLOAT64 -> java.util.Arrays.fill(r.d, (Double) v);
                case DECIMAL -> java.util.Arrays.fill(r.dec, (BigDecimal) v);
                case STRING -> java.util.Arrays.fill(r.s(), v);
                case DATE, TIME, TIMESTAMP -> java.util.Arrays.fill(r.l, TemporalValues.toStored(v, t));
                case BINARY, FIXED_BINARY, LIST, STRUCT, MAP -> java.util.Arrays.fill(r.o, v);
                default -> throw new IllegalStateException();
            }
            return r;
        };
    }

    private static boolean[] orNulls(int n, Vals... vs) {
        boolean[] out = null;
        for (Vals v : vs) {
            if (v.type == DataType.NULL) {
                return Vals.allTrue(n);
            }
            if (v.nulls != null) {
                if (out == null) {
                    out = v.nulls.clone();
                } else {
                    for (int i = 0; i < n; i++) {
                        out[i] |= v.nulls[i];
                    }
                }
            }
        }
        return out;
    }

    private Node unary(TypedExpr.Unary u) {
        Node a = node(u.operand());
        DataType t = u.type();
        return switch (u.op()) {
            case NOT -> c -> {
                Vals x = a.eval(c);
                Vals r = new Vals(DataType.BOOLEAN, c.n());
                r.nulls = orNulls(c.n(), x);
                if (x.type != DataType.NULL) {
                    for (int i = 0; i < c.n(); i++) {
                        r.l[i] = x.l[i] == 0 ? 1 : 0;
                    }
                }
                return r;
            };
            case NEGATE -> c -> {
                Vals x = a.eval(c);
                Vals r = new Vals(t, c.n());
                r.nulls = orNulls(c.n(), x);
                int n = c.n();
                switch (t.id()) {
                    case FLOAT64 -> {
                        for (int i = 0; i < n; i++) {
                            r.d[i] = -x.d[i];
                        }
                    }
                    case DECIMAL -> {
                        for (int i = 0; i < n; i++) {
                            if (!r.isNull(i)) {
                                r.dec[i] = x.dec[i].negate();
                            }
                        }
                    }
                    case INT32, INT64 -> {
                        long min = t == DataType.INT32 ? Integer.MIN_VALUE : Long.MIN_VALUE;
                        for (int i = 0; i < n; i++) {
                            if (x.l[i] == min && !r.isNull(i)) {
                                throw Rules.overflow("negation", t); //$NON-NLS-1$
                            }
                            r.l[i] = -x.l[i];
                        }
                    }
                    default -> {
                    }
                }
                return r;
            };
        };
    }

    private Node binary(TypedExpr.Binary b) {
        BinaryOp op = b.op();
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            return logical(b);
        }
        if (op.isComparison() && b.left().type() == DataType.STRING) {
            Node fast = stringLiteralEquality(b);
            if (fast != null) {
                return fast;
            }
        }
        Node left = node(b.left());
        Node right = node(b.right());
        DataType opType = b.left().type();
        DataType resultType = b.type();
        return c -> {
            Vals x = left.eval(c);
            Vals y = right.eval(c);
            int n = c.n();
            Vals r = new Vals(resultType, n);
            if (opType == DataType.NULL || resultType == DataType.NULL) {
                r.nulls = Vals.allTrue(n);
                return r;
            }
            boolean[] nulls = orNulls(n, x, y);
            r.nulls = nulls;
            if (op.isComparison()) {
                compare(op, opType, x, y, r, n);
                return r;
            }
            if (resultType.isDecimal()) {
                Decimals.Op dop = Decimals.op(op);
                for (int i = 0; i < n; i++) {
                    if (nulls == null || !nulls[i]) {
                        r.dec[i] = Decimals.arithmetic(dop, x.dec[i], y.dec[i], resultType);
                    }
                }
                return r;
            }
            switch (op) {
                case CONCAT -> {
                    String[] xs = x.s();
                    String[] ys = y.s();
                    String[] rs = r.s();
                    for (int i = 0; i < n; i++) {
                        if (nulls == null || !nulls[i]) {
                            rs[i] = xs[i].concat(ys[i]);
                        }
                    }
                }
                case DIV -> {
                    for (int i = 0; i < n; i++) {
                        double p = opType == DataType.FLOAT64 ? x.d[i] : x.l[i];
                        double q = opType == DataType.FLOAT64 ? y.d[i] : y.l[i];
                        r.d[i] = p / q;
                    }
                }
                case MOD -> {
                    for (int i = 0; i < n; i++) {
                        if (nulls != null && nulls[i]) {
                            continue;
                        }
                        r.l[i] = Rules.mod(x.l[i], y.l[i]);
                    }
                }
                default -> arithmetic(op, opType, x, y, r, nulls, n);
            }
            return r;
        };
    }

    private static void arithmetic(BinaryOp op, DataType t, Vals x, Vals y, Vals r, boolean[] nulls, int n) {
        if (t == DataType.FLOAT64) {
            double[] a = x.d;
            double[] b = y.d;
            double[] o = r.d;
            switch (op) {
                case ADD -> {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] + b[i];
                    }
                }
                case SUB -> {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] - b[i];
                    }
                }
                case MUL -> {
                    for (int i = 0; i < n; i++) {
                        o[i] = a[i] * b[i];
                    }
                }
                default -> throw new IllegalStateException(op.toString());
            }
            return;
        }
        long[] a = x.l;
        long[] b = y.l;
        long[] o = r.l;
        boolean int32 = t == DataType.INT32;
        for (int i = 0; i < n; i++) {
            if (nulls != null && nulls[i]) {
                continue;
            }
            long v;
            try {
                v = switch (op) {
                    case ADD -> Math.addExact(a[i], b[i]);
                    case SUB -> Math.subtractExact(a[i], b[i]);
                    case MUL -> Math.multiplyExact(a[i], b[i]);
                    default -> throw new IllegalStateException(op.toString());
                };
            } catch (ArithmeticException e) {
                throw Rules.overflow("'" + op.symbol() + "'", t); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (int32) {
                Rules.checkRange(v, t, "'" + op.symbol() + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            o[i] = v;
        }
    }

    private static boolean test(BinaryOp op, int cmp) {
        return switch (op) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            default -> throw new IllegalStateException(op.toString());
        };
    }

    static int compareAt(DataType t, Vals x, int i, Vals y, int j) {
        return switch (t.id()) {
            case FLOAT64, FLOAT32 -> Rules.compare(x.d[i], y.d[j]);
            case DECIMAL -> x.dec[i].compareTo(y.dec[j]);
            case STRING -> Rules.compare(x.s()[i], y.s()[j]);
            case BINARY, FIXED_BINARY -> Rules.compare(x.o[i], y.o[j]);
            default -> Long.compare(x.l[i], y.l[j]);
        };
    }

    private static void compare(BinaryOp op, DataType t, Vals x, Vals y, Vals r, int n) {
        long[] o = r.l;
        switch (t.id()) {
            case FLOAT64, FLOAT32 -> {
                for (int i = 0; i < n; i++) {
                    o[i] = test(op, Rules.compare(x.d[i], y.d[i])) ? 1 : 0;
                }
            }
            case DECIMAL -> {
                for (int i = 0; i < n; i++) {
                    if (!r.isNull(i)) {
                        o[i] = test(op, x.dec[i].compareTo(y.dec[i])) ? 1 : 0;
                    }
                }
            }
            case STRING -> {
                String[] a = x.s();
                String[] b = y.s();
                for (int i = 0; i < n; i++) {
                    if (!r.isNull(i)) {
                        o[i] = test(op, Rules.compare(a[i], b[i])) ? 1 : 0;
                    }
                }
            }
            case BINARY, FIXED_BINARY -> {
                for (int i = 0; i < n; i++) {
                    if (!r.isNull(i)) {
                        o[i] = test(op, Rules.compare(x.o[i], y.o[i])) ? 1 : 0;
                    }
                }
            }
            default -> {
                long[] a = x.l;
                long[] b = y.l;
                for (int i = 0; i < n; i++) {
                    o[i] = test(op, Long.compare(a[i], b[i])) ? 1 : 0;
                }
            }
        }
    }

    /** {@code column = 'literal'} (and the other comparisons) on the UTF-8 bytes, without decoding strings. */
    private Node stringLiteralEquality(TypedExpr.Binary b) {
        TypedExpr l = b.left();
        TypedExpr rr = b.right();
        boolean swapped = false;
        if (l instanceof TypedExpr.Literal && rr instanceof TypedExpr.Column) {
            TypedExpr t = l;
            l = rr;
            rr = t;
            swapped = true;
        }
        if (!(l instanceof TypedExpr.Column col) || !(rr instanceof TypedExpr.Literal lit) || lit.value() == null) {
            return null;
        }
        byte[] key = ((String) lit.value()).getBytes(StandardCharsets.UTF_8);
        BinaryOp op = b.op();
        boolean swap = swapped;
        return c -> {
            int n = c.n();
            Vals r = new Vals(DataType.BOOLEAN, n);
            VarCharVector v = (VarCharVector) c.root().getVector(col.index());
            org.apache.arrow.memory.ArrowBuf data = v.getDataBuffer();
            for (int i = 0; i < n; i++) {
                int row = c.sel() == null ? i : c.sel()[i];
                if (v.isNull(row)) {
                    r.setNull(i);
                    continue;
                }
                long s = v.getStartOffset(row);
                int len = (int) (v.getEndOffset(row) - s);
                int m = Math.min(len, key.length);
                int cmp = 0;
                for (int k = 0; k < m && cmp == 0; k++) {
                    cmp = (data.getByte(s + k) & 0xff) - (key[k] & 0xff);
                }
                if (cmp == 0) {
                    cmp = len - key.length;
                }
                if (swap) {
                    cmp = -cmp;
                }
                r.l[i] = test(op, cmp) ? 1 : 0;
            }
            return r;
        };
    }

    private Node logical(TypedExpr.Binary b) {
        Node left = node(b.left());
        Node right = node(b.right());
        boolean and = b.op() == BinaryOp.AND;
        return c -> {
            Vals x = left.eval(c);
            Vals y = right.eval(c);
            int n = c.n();
            Vals r = new Vals(DataType.BOOLEAN, n);
            for (int i = 0; i < n; i++) {
                boolean xn = x.type == DataType.NULL || x.isNull(i);
                boolean yn = y.type == DataType.NULL || y.isNull(i);
                boolean xv = !xn && x.l[i] != 0;
                boolean yv = !yn && y.l[i] != 0;
                if (and) {
                    if ((!xn && !xv) || (!yn && !yv)) {
                        r.l[i] = 0;
                    } else if (xn || yn) {
                        r.setNull(i);
                    } else {
                        r.l[i] = 1;
                    }
                } else {
                    if (xv || yv) {
                        r.l[i] = 1;
                    } else if (xn || yn) {
                        r.setNull(i);
                    } else {
                        r.l[i] = 0;
                    }
                }
            }
            return r;
        };
    }

    private Node isNull(TypedExpr.IsNull e) {
        Node a = node(e.operand());
        boolean neg = e.negated();
        return c -> {
            Vals x = a.eval(c);
            Vals r = new Vals(DataType.BOOLEAN, c.n());
            for (int i = 0; i < c.n(); i++) {
                boolean isNull = x.type == DataType.NULL || x.isNull(i);
                r.l[i] = isNull != neg ? 1 : 0;
            }
            return r;
        };
    }

    private Node in(TypedExpr.In e) {
        Node a = node(e.operand());
        List<Node> values = e.values().stream().map(this::node).toList();
        DataType t = e.operand().type();
        boolean neg = e.negated();
        return c -> {
            int n = c.n();
            Vals x = a.eval(c);
            List<Vals> vs = new ArrayList<>();
            for (Node v : values) {
                vs.add(v.eval(c));
            }
            Vals r = new Vals(DataType.BOOLEAN, n);
            for (int i = 0; i < n; i++) {
                if (t == DataType.NULL || x.isNull(i)) {
                    r.setNull(i);
                    continue;
                }
                boolean found = false;
                boolean sawNull = false;
                for (Vals v : vs) {
                    if (v.type == DataType.NULL || v.isNull(i)) {
                        sawNull = true;
                    } else if (compareAt(t, x, i, v, i) == 0) {
                        found = true;
                        break;
                    }
                }
                if (found) {
                    r.l[i] = neg ? 0 : 1;
                } else if (sawNull) {
                    r.setNull(i);
                } else {
                    r.l[i] = neg ? 1 : 0;
                }
            }
            return r;
        };
    }

    private Node between(TypedExpr.Between e) {
        Node a = node(e.operand());
        Node lo = node(e.low());
        Node hi = node(e.high());
        DataType t = e.operand().type();
        boolean neg = e.negated();
        return c -> {
            int n = c.n();
            Vals x = a.eval(c);
            Vals l = lo.eval(c);
            Vals h = hi.eval(c);
            Vals r = new Vals(DataType.BOOLEAN, n);
            for (int i = 0; i < n; i++) {
                boolean xn = t == DataType.NULL || x.isNull(i);
                // x >= low
                Boolean ge = xn || l.type == DataType.NULL || l.isNull(i) ? null : compareAt(t, x, i, l, i) >= 0;
                Boolean le = xn || h.type == DataType.NULL || h.isNull(i) ? null : compareAt(t, x, i, h, i) <= 0;
                Boolean v;
                if (Boolean.FALSE.equals(ge) || Boolean.FALSE.equals(le)) {
                    v = false;
                } else if (ge == null || le == null) {
                    v = null;
                } else {
                    v = true;
                }
                if (v == null) {
                    r.setNull(i);
                } else {
                    r.l[i] = v != neg ? 1 : 0;
                }
            }
            return r;
        };
    }

    private Node like(TypedExpr.Like e) {
        Node a = node(e.operand());
        boolean neg = e.negated();
        Pattern constant = e.pattern() instanceof TypedExpr.Literal lit && lit.value() instanceof String s
                ? Rules.likePattern(s)
                : null;
        Node p = node(e.pattern());
        return c -> {
            int n = c.n();
            Vals x = a.eval(c);
            Vals pv = p.eval(c);
            Vals r = new Vals(DataType.BOOLEAN, n);
            r.nulls = orNulls(n, x, pv);
            if (x.type == DataType.NULL || pv.type == DataType.NULL) {
                return r;
            }
            String[] xs = x.s();
            String[] ps = pv.s();
            String lastP = null;
            Pattern last = constant;
            for (int i = 0; i < n; i++) {
                if (r.isNull(i)) {
                    continue;
                }
                Pattern pat = last;
                if (constant == null && !ps[i].equals(lastP)) {
                    pat = Rules.likePattern(ps[i]);
                    lastP = ps[i];
                    last = pat;
                }
                r.l[i] = pat.matcher(xs[i]).matches() != neg ? 1 : 0;
            }
            return r;
        };
    }

    /** CASE: each THEN/ELSE is evaluated only over the rows that select it (gathered, then scattered back). */
    private Node caseWhen(TypedExpr.Case e) {
        List<Node> conds = new ArrayList<>();
        List<Node> results = new ArrayList<>();
        for (TypedExpr.When w : e.whens()) {
            conds.add(node(w.condition()));
            results.add(node(w.result()));
        }
        Node otherwise = node(e.otherwise());
        DataType t = e.type();
        return c -> {
            int n = c.n();
            Vals r = new Vals(t, n);
            if (t == DataType.NULL) {
                return r;
            }
            int[] remaining = new int[n];
            for (int i = 0; i < n; i++) {
                remaining[i] = i;
            }
            int rem = n;
            for (int w = 0; w < conds.size() && rem > 0; w++) {
                Ctx sub = subset(c, remaining, rem);
                Vals cond = conds.get(w).eval(sub);
                int[] take = new int[rem];
                int nt = 0;
                int[] keep = new int[rem];
                int nk = 0;
                for (int i = 0; i < rem; i++) {
                    if (cond.type != DataType.NULL && !cond.isNull(i) && cond.l[i] != 0) {
                        take[nt++] = remaining[i];
                    } else {
                        keep[nk++] = remaining[i];
                    }
                }
                if (nt > 0) {
                    scatter(results.get(w).eval(subset(c, take, nt)), take, nt, r);
                }
                remaining = keep;
                rem = nk;
            }
            if (rem > 0) {
                scatter(otherwise.eval(subset(c, remaining, rem)), remaining, rem, r);
            }
            return r;
        };
    }

    /** The context of the rows {@code idx[0..k)} of c (indices relative to c). */
    private static Ctx subset(Ctx c, int[] idx, int k) {
        int[] sel = new int[k];
        for (int i = 0; i < k; i++) {
            sel[i] = c.sel() == null ? idx[i] : c.sel()[idx[i]];
        }
        return new Ctx(c.root(), sel, k);
    }

    private static void scatter(Vals v, int[] idx, int k, Vals r) {
        for (int i = 0; i < k; i++) {
            int o = idx[i];
            if (v.type == DataType.NULL || v.isNull(i)) {
                r.setNull(o);
                continue;
            }
            switch (r.type.id()) {
                case FLOAT64, FLOAT32 -> r.d[o] = v.d[i];
                case DECIMAL -> r.dec[o] = v.dec[i];
                case STRING -> r.s()[o] = v.s()[i];
                case BINARY, FIXED_BINARY, LIST, STRUCT, MAP -> r.o[o] = v.o[i];
                default -> r.l[o] = v.l[i];
            }
        }
    }

    // ------------------------------------------------------------------------------------------ casts

    private Node cast(TypedExpr.Cast e) {
        Node a = node(e.operand());
        DataType from = e.operand().type();
        DataType to = e.type();
        return c -> castVals(a.eval(c), from, to);
    }

    static Vals castVals(Vals x, DataType from, DataType to) {
        int n = x.n;
        if (from == to) {
            return x;
        }
        Vals r = new Vals(to, n);
        if (from == DataType.NULL) {
            r.nulls = Vals.allTrue(n);
            return r;
        }
        if (to == DataType.NULL) {
            return r;
        }
        r.nulls = x.nulls == null ? null : x.nulls.clone();
        if (!isClassic(from) || !isClassic(to)) {
            // DECIMAL and the narrow types: the evaluator's cast, value by value (one semantics, Casts)
            for (int i = 0; i < n; i++) {
                if (!r.isNull(i)) {
                    FunctionKernels.set(r, i, Casts.cast(toObject(x, i), to));
                }
            }
            return r;
        }
        String[] xs = from == DataType.STRING ? x.s() : null;
        for (int i = 0; i < n; i++) {
            if (r.isNull(i)) {
                continue;
            }
            switch (to.id()) {
                case STRING -> r.s()[i] = switch (from.id()) {
                    case BOOLEAN -> x.l[i] != 0 ? "true" : "false"; //$NON-NLS-1$ //$NON-NLS-2$
                    case INT32, INT64 -> Long.toString(x.l[i]);
                    case FLOAT64 -> Rules.toText(x.d[i]);
                    case DATE -> Rules.dateText(x.l[i]);
                    case TIMESTAMP -> Rules.timestampText(x.l[i]);
                    default -> throw new IllegalStateException(from.toString());
                };
                case FLOAT64 -> r.d[i] = from == DataType.STRING ? Rules.parseFloat(xs[i]) : (double) x.l[i];
                case INT32, INT64 -> {
                    long v;
                    if (from == DataType.STRING) {
                        v = Rules.parseInteger(xs[i], to);
                    } else if (from == DataType.FLOAT64) {
                        v = Rules.toInteger(x.d[i], to);
                    } else {
                        v = to == DataType.INT32 ? Rules.toInt32(x.l[i]) : x.l[i];
                    }
                    r.l[i] = v;
                }
                case BOOLEAN -> r.l[i] = from == DataType.STRING ? (Rules.parseBoolean(xs[i]) ? 1 : 0) : x.l[i];
                case DATE -> r.l[i] = switch (from.id()) {
                    case STRING -> Rules.parseDate(xs[i]);
                    case TIMESTAMP -> TimeRules.days(DataType.TIMESTAMP, x.l[i]);
                    default -> throw new EvaluationException("cannot cast " + from + " to DATE"); //$NON-NLS-1$ //$NON-NLS-2$
                };
                case TIMESTAMP -> r.l[i] = switch (from.id()) {
                    case STRING -> Rules.parseTimestamp(xs[i]);
                    case DATE -> Math.multiplyExact(x.l[i], TimeRules.MICROS_PER_DAY);
                    default -> throw new EvaluationException("cannot cast " + from + " to TIMESTAMP"); //$NON-NLS-1$ //$NON-NLS-2$
                };
                default -> throw new IllegalStateException(to.toString());
            }
        }
        return r;
    }

    /** The types the column loops above handle directly: BOOLEAN, INT32, INT64, FLOAT64, STRING, DATE, TIMESTAMP(µs). */
    private static boolean isClassic(DataType t) {
        return t == DataType.BOOLEAN || t == DataType.INT32 || t == DataType.INT64 || t == DataType.FLOAT64
                || t == DataType.STRING || t == DataType.DATE || t == DataType.TIMESTAMP;
    }

    // ------------------------------------------------------------------------------------------ functions

    private Node call(TypedExpr.Call call) {
        BuiltinFunction f = call.function();
        List<Node> args = call.args().stream().map(this::node).toList();
        List<Object> constants = call.args().stream()
                .map(a -> a instanceof TypedExpr.Literal lit ? lit.value() : null).toList();
        FunctionKernels.Call info = new FunctionKernels.Call(f,
                call.args().stream().map(TypedExpr::type).toList(), constants, run);
        DataType t = call.type();
        FunctionKernels.Kernel kernel = FunctionKernels.of(f, info.argTypes(), t);
        return c -> {
            int n = c.n();
            List<Vals> xs = new ArrayList<>(args.size());
            for (Node a : args) {
                xs.add(a.eval(c));
            }
            Vals r = new Vals(t, n);
            if (t == DataType.NULL) {
                return r;
            }
            if (f.nulls() == BuiltinFunction.Nulls.PROPAGATE) {
                r.nulls = orNulls(n, xs.toArray(new Vals[0]));
                if (r.nulls != null && allNull(r.nulls)) {
                    return r;
                }
            }
            kernel.apply(info, xs, r, n);
            return r;
        };
    }

    private static boolean allNull(boolean[] nulls) {
        for (boolean b : nulls) {
            if (!b) {
                return false;
            }
        }
        return true;
    }
}
