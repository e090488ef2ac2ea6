package io.sluice.runtime.internal.plan.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.eclipse.emf.ecore.EClass;

import io.sluice.expression.types.DataType;
import io.sluice.model.Derivation;
import io.sluice.model.Derive;
import io.sluice.model.Ports;
import io.sluice.model.SluicePackage;
import io.sluice.runtime.internal.exec.ExecGraph;
import io.sluice.runtime.internal.kernel.ExprKernel;
import io.sluice.runtime.internal.ops.DeriveOperator;
import io.sluice.runtime.internal.ops.RejectingOperator;
import io.sluice.runtime.internal.plan.PlanContext;
import io.sluice.runtime.internal.plan.StepPlanner;
import io.sluice.runtime.internal.types.Types;

/** One {@link DeriveOperator} whose failing rows go to rejects; each derivation sees the columns derived before it. */
final class DerivePlanner implements StepPlanner<Derive> {
    @Override
    public EClass eClass() {
        return SluicePackage.Literals.DERIVE;
    }

    @Override
    public ExecGraph.Node plan(Derive d, PlanContext ctx) {
        Schema rejects = ctx.transformRejects();
        return ctx.graph().operator(ctx.id(), ctx.kind(), new RejectingOperator<>(derive(d, ctx.input().schema(), ctx), rejects),
                ctx.input(), Map.of(Ports.REJECTS, rejects));
    }

    static DeriveOperator derive(Derive d, Schema in, PlanContext ctx) {
        int inputs = in.getFields().size();
        List<Field> out = new ArrayList<>(in.getFields());
        // current view: column name -> slot (input index, or inputs + output slot)
        List<String> names = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            names.add(in.getFields().get(i).getName());
            slots.add(i);
        }
        List<DeriveOperator.Step> steps = new ArrayList<>();
        for (Derivation dv : d.getDerivations()) {
            List<Integer> viewSlots = List.copyOf(slots);
            List<Field> viewFields = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) {
                int slot = slots.get(k);
                Field f = slot < inputs ? in.getFields().get(slot) : out.get(slot - inputs);
                viewFields.add(new Field(names.get(k), f.getFieldType(), null));
            }
            Schema view = new Schema(viewFields);
            ExprKernel k = ctx.compile(dv.getExpression(), view, false);
            String name = ctx.expand(dv.getName());
            DataType t = k.type() == DataType.NULL ? DataType.STRING : k.type();
            Field f = Types.field(t, name, k.expr().nullable() || k.type() == DataType.NULL);
            int existing = names.indexOf(name);
            int outSlot;
            if (existing >= 0 && slots.get(existing) < inputs) {
                outSlot = slots.get(existing);
                out.set(outSlot, f);
            } else if (existing >= 0) {
                outSlot = slots.get(existing) - inputs;
                out.set(outSlot, f);
            } else {
                outSlot = out.size();
                out.add(f);
                names.add(name);
                slots.add(inputs + outSlot);
                existing = names.size() - 1;
            }
            slots.set(existing, inputs + outSlot);
            steps.add(new DeriveOperator.Step(outSlot, k, viewSlots, name));
        }
        return new DeriveOperator(new Schema(out), inputs, steps);
    }
}
