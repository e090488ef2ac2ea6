package io.sluice.expression.internal;

import io.sluice.expression.Expr;
import io.sluice.expression.Span;
import io.sluice.expression.TypedExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Walks over trees: column references, span removal. */
public final class Trees {

    private Trees() {
    }

    public static Set<String> referencedColumns(Expr expr) {
        Set<String> names = new LinkedHashSet<>();
        collect(expr, names);
        return Collections.unmodifiableSet(names);
    }

    private static void collect(Expr expr, Set<String> names) {
        switch (expr) {
            case Expr.Literal l -> { }
            case Expr.Column c -> names.add(c.name());
            case Expr.Unary u -> collect(u.operand(), names);
            case Expr.Binary b -> {
                collect(b.left(), names);
                collect(b.right(), names);
            }
            case Expr.IsNull n -> collect(n.operand(), names);
            case Expr.In in -> {
                collect(in.operand(), names);
                in.values().forEach(v -> collect(v, names));
            }
            case Expr.Between b -> {
                collect(b.operand(), names);
                collect(b.low(), names);
                collect(b.high(), names);
            }
            case Expr.Like l -> {
                collect(l.operand(), names);
                collect(l.pattern(), names);
            }
            case Expr.Case c -> {
                c.operand().ifPresent(o -> collect(o, names));
                for (Expr.When w : c.whens()) {
                    collect(w.condition(), names);
                    collect(w.result(), names);
                }
                c.otherwise().ifPresent(o -> collect(o, names));
            }
            case Expr.Cast c -> collect(c.operand(), names);
            case Expr.Call c -> c.args().forEach(a -> collect(a, names));
            case Expr.FieldAccess f -> collect(f.operand(), names);
            case Expr.Subscript s -> {
                collect(s.operand(), names);
                collect(s.index(), names);
            }
        }
    }

    public static Set<String> referencedColumns(TypedExpr expr) {
        Set<String> names = new LinkedHashSet<>();
        collect(expr, names);
        return Collections.unmodifiableSet(names);
    }

    private static void collect(TypedExpr expr, Set<String> names) {
        if (expr instanceof TypedExpr.Column c) {
            names.add(c.name());
        }
        for (TypedExpr child : children(expr)) {
            collect(child, names);
        }
    }

    /** The direct operands of {@code expr}, in reading order (a CASE's conditions and results, then its ELSE). */
    public static List<TypedExpr> children(TypedExpr expr) {
        return switch (expr) {
            case TypedExpr.Literal l -> List.of();
            case TypedExpr.Column c -> List.of();
            case TypedExpr.Unary u -> List.of(u.operand());
            case TypedExpr.Binary b -> List.of(b.left(), b.right());
            case TypedExpr.IsNull n -> List.of(n.operand());
            case TypedExpr.In in -> {
                List<TypedExpr> all = new ArrayList<>(in.values().size() + 1);
                all.add(in.operand());
                all.addAll(in.values());
                yield all;
            }
            case TypedExpr.Between b -> List.of(b.operand(), b.low(), b.high());
            case TypedExpr.Like l -> List.of(l.operand(), l.pattern());
            case TypedExpr.Case c -> {
                List<TypedExpr> all = new ArrayList<>(2 * c.whens().size() + 1);
                for (TypedExpr.When w : c.whens()) {
                    all.add(w.condition());
                    all.add(w.result());
                }
                all.add(c.otherwise());
                yield all;
            }
            case TypedExpr.Cast c -> List.of(c.operand());
            case TypedExpr.Call c -> c.args();
        };
    }

    public static Expr withoutSpans(Expr expr) {
        Span none = Span.NONE;
        return switch (expr) {
            case Expr.Literal l -> new Expr.Literal(l.value(), l.type(), none);
            case Expr.Column c -> new Expr.Column(c.name(), none);
            case Expr.Unary u -> new Expr.Unary(u.op(), withoutSpans(u.operand()), none);
            case Expr.Binary b -> new Expr.Binary(b.op(), withoutSpans(b.left()), withoutSpans(b.right()), none);
            case Expr.IsNull n -> new Expr.IsNull(withoutSpans(n.operand()), n.negated(), none);
            case Expr.In in -> new Expr.In(withoutSpans(in.operand()), all(in.values()), in.negated(), none);
            case Expr.Between b -> new Expr.Between(withoutSpans(b.operand()), withoutSpans(b.low()),
                    withoutSpans(b.high()), b.negated(), none);
            case Expr.Like l -> new Expr.Like(withoutSpans(l.operand()), withoutSpans(l.pattern()), l.negated(), none);
            case Expr.Case c -> {
                List<Expr.When> whens = new ArrayList<>();
                for (Expr.When w : c.whens()) {
                    whens.add(new Expr.When(withoutSpans(w.condition()), withoutSpans(w.result())));
                }
                yield new Expr.Case(c.operand().map(Trees::withoutSpans), whens,
                        c.otherwise().map(Trees::withoutSpans), none);
            }
            case Expr.Cast c -> new Expr.Cast(withoutSpans(c.operand()), c.target(), none);
            case Expr.Call c -> new Expr.Call(c.name(), all(c.args()), none);
            case Expr.FieldAccess f -> new Expr.FieldAccess(withoutSpans(f.operand()), f.name(), none);
            case Expr.Subscript s -> new Expr.Subscript(withoutSpans(s.operand()), withoutSpans(s.index()), none);
        };
    }

    private static List<Expr> all(List<Expr> exprs) {
        List<Expr> result = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            result.add(withoutSpans(e));
        }
        return result;
    }
}
