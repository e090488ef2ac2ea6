package io.sluice.runtime.spark.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;

import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.runtime.spark.internal.translate.AggregateTranslator;
import io.sluice.runtime.spark.internal.translate.ArrowIpcSinkTranslator;
import io.sluice.runtime.spark.internal.translate.ArrowIpcSourceTranslator;
import io.sluice.runtime.spark.internal.translate.CsvSinkTranslator;
import io.sluice.runtime.spark.internal.translate.CsvSourceTranslator;
import io.sluice.runtime.spark.internal.translate.DeduplicateTranslator;
import io.sluice.runtime.spark.internal.translate.DeriveTranslator;
import io.sluice.runtime.spark.internal.translate.FilterTranslator;
import io.sluice.runtime.spark.internal.translate.FlattenTranslator;
import io.sluice.runtime.spark.internal.translate.JdbcSinkTranslator;
import io.sluice.runtime.spark.internal.translate.JdbcSourceTranslator;
import io.sluice.runtime.spark.internal.translate.JoinTranslator;
import io.sluice.runtime.spark.internal.translate.JsonLinesSinkTranslator;
import io.sluice.runtime.spark.internal.translate.JsonLinesSourceTranslator;
import io.sluice.runtime.spark.internal.translate.MaskTranslator;
import io.sluice.runtime.spark.internal.translate.ParquetSinkTranslator;
import io.sluice.runtime.spark.internal.translate.ParquetSourceTranslator;
import io.sluice.runtime.spark.internal.translate.PivotTranslator;
import io.sluice.runtime.spark.internal.translate.QualityCheckTranslator;
import io.sluice.runtime.spark.internal.translate.SelectTranslator;
import io.sluice.runtime.spark.internal.translate.SortTranslator;
import io.sluice.runtime.spark.internal.translate.UnionTranslator;
import io.sluice.runtime.spark.internal.translate.UnnestTranslator;
import io.sluice.runtime.spark.internal.translate.UnpivotTranslator;
import io.sluice.runtime.spark.internal.translate.WindowTranslator;

/**
 * The Spark translator of every step kind, keyed by the step's EClass — the Spark column of the step-kind registry
 * (a kind is added in one place per layer). A concrete step EClass is either translated or declared unsupported
 * with the reason validation for the Spark engine reports; {@code SparkTranslatorsTest} fails naming any kind that
 * is neither.
 */
public final class SparkTranslators {
    private static final SluicePackage P = SluicePackage.eINSTANCE;
    private static final Map<EClass, SparkTranslator<?>> TRANSLATORS = new LinkedHashMap<>();
    private static final Map<EClass, String> UNSUPPORTED = new LinkedHashMap<>();

    static {
        TRANSLATORS.put(P.getCsvSource(), new CsvSourceTranslator());
        TRANSLATORS.put(P.getJsonLinesSource(), new JsonLinesSourceTranslator());
        TRANSLATORS.put(P.getParquetSource(), new ParquetSourceTranslator());
        TRANSLATORS.put(P.getArrowIpcSource(), new ArrowIpcSourceTranslator());
        TRANSLATORS.put(P.getJdbcSource(), new JdbcSourceTranslator());
        TRANSLATORS.put(P.getFilter(), new FilterTranslator());
        TRANSLATORS.put(P.getSelect(), new SelectTranslator());
        TRANSLATORS.put(P.getDerive(), new DeriveTranslator());
        TRANSLATORS.put(P.getJoin(), new JoinTranslator());
        TRANSLATORS.put(P.getAggregate(), new AggregateTranslator());
        TRANSLATORS.put(P.getSort(), new SortTranslator());
        TRANSLATORS.put(P.getDeduplicate(), new DeduplicateTranslator());
        TRANSLATORS.put(P.getUnion(), new UnionTranslator());
        TRANSLATORS.put(P.getMask(), new MaskTranslator());
        TRANSLATORS.put(P.getWindow(), new WindowTranslator());
        TRANSLATORS.put(P.getQualityCheck(), new QualityCheckTranslator());
        TRANSLATORS.put(P.getUnnest(), new UnnestTranslator());
        TRANSLATORS.put(P.getFlatten(), new FlattenTranslator());
        TRANSLATORS.put(P.getUnpivot(), new UnpivotTranslator());
        TRANSLATORS.put(P.getPivot(), new PivotTranslator());
        TRANSLATORS.put(P.getCsvSink(), new CsvSinkTranslator());
        TRANSLATORS.put(P.getParquetSink(), new ParquetSinkTranslator());
        TRANSLATORS.put(P.getJsonLinesSink(), new JsonLinesSinkTranslator());
        TRANSLATORS.put(P.getArrowIpcSink(), new ArrowIpcSinkTranslator());
        TRANSLATORS.put(P.getJdbcSink(), new JdbcSinkTranslator());

    }

    private SparkTranslators() {
    }

    /** The translator of a step's kind, if the Spark engine runs it. */
    @SuppressWarnings("unchecked")
    public static <S extends Step> Optional<SparkTranslator<S>> of(S step) {
        return Optional.ofNullable((SparkTranslator<S>) TRANSLATORS.get(step.eClass()));
    }

    /** Why the Spark engine does not run a kind, or empty when it does (or the kind is unknown). */
    public static Optional<String> unsupported(EClass kind) {
        return Optional.ofNullable(UNSUPPORTED.get(kind));
    }

    /** Whether the kind is registered either way. */
    public static boolean known(EClass kind) {
        return TRANSLATORS.containsKey(kind) || UNSUPPORTED.containsKey(kind);
    }

    /** The kinds the Spark engine runs, in registration order. */
    public static java.util.Set<EClass> translated() {
        return java.util.Collections.unmodifiableSet(TRANSLATORS.keySet());
    }
}
