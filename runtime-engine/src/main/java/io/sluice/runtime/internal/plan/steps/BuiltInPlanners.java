package io.sluice.runtime.internal.plan.steps;

import java.util.List;

import io.sluice.runtime.internal.plan.StepPlanner;

/** The planners of the metamodel's step kinds. A new kind adds one line here. */
public final class BuiltInPlanners {
    private BuiltInPlanners() {
    }

    public static List<StepPlanner<?>> all() {
        return List.of(
                new AggregatePlanner(),
                new ArrowIpcSinkPlanner(),
                new ArrowIpcSourcePlanner(),
                new CsvSinkPlanner(),
                new CsvSourcePlanner(),
                new DeduplicatePlanner(),
                new DerivePlanner(),
                new FilterPlanner(),
                new JdbcSinkPlanner(),
                new JdbcSourcePlanner(),
                new JoinPlanner(),
                new JsonLinesSinkPlanner(),
                new JsonLinesSourcePlanner(),
                new MaskPlanner(),
                new ParquetSinkPlanner(),
                new ParquetSourcePlanner(),
                new PivotPlanner(),
                new QualityCheckPlanner(),
                new SelectPlanner(),
                new SortPlanner(),
                new UnionPlanner(),
                new UnpivotPlanner(),
                new WindowPlanner());
    }
}
