package io.sluice.runtime.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import io.sluice.model.ColumnDef;
import io.sluice.model.Pipeline;
import io.sluice.model.Source;
import io.sluice.model.SluiceFactory;
import io.sluice.model.SluicePackage;
import io.sluice.model.Step;
import io.sluice.model.resource.SluiceModel;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.StepMetrics;

/**
 * Test helpers: pipelines built through the model API (as the designer's commands build them), and comparisons of
 * what two engines wrote — row multisets, with doubles equal within a relative {@value #TOLERANCE}.
 */
final class Engines {
    static final SluiceFactory F = SluiceFactory.eINSTANCE;
    static final SluicePackage P = SluicePackage.eINSTANCE;
    /** Relative tolerance of FLOAT64 values (sums and averages add in a different order on each engine). */
    static final double TOLERANCE = 1e-9;

    private Engines() {
    }

    /** A pipeline under construction. */
    static final class Builder {
        final Pipeline pipeline;
        private int x;

        Builder(String name) {
            pipeline = SluiceModel.newPipeline(name);
        }

        @SuppressWarnings("unchecked")
        <T extends Step> T add(org.eclipse.emf.ecore.EClass kind, String id) {
            Step s = SluiceModel.newStep(pipeline, kind, id, x += 200, 100);
            s.setId(id);
            pipeline.getSteps().add(s);
            return (T) s;
        }

        Builder link(Step from, Step to) {
            return link(from, "out", to, "in");
        }

        Builder link(Step from, String fromPort, Step to, String toPort) {
            String why = pipeline.canLink(from, fromPort, to, toPort);
            if (why != null) {
                throw new IllegalArgumentException(why);
            }
            pipeline.link(from, fromPort, to, toPort);
            return this;
        }

        Path save(Path file) throws java.io.IOException {
            SluiceModel.save(pipeline, file);
            return file;
        }
    }

    /** Declares columns "name:TYPE" or "name:TYPE!" (not null). */
    static void columns(Source s, String... defs) {
        for (String d : defs) {
            String[] parts = d.split(":");
            ColumnDef c = F.createColumnDef();
            c.setName(parts[0]);
            boolean notNull = parts[1].endsWith("!");
            c.setType(notNull ? parts[1].substring(0, parts[1].length() - 1) : parts[1]);
            c.setNullable(!notNull);
            s.getColumns().add(c);
        }
    }

    /** A Parquet or CSV output as a sorted list of normalized rows. */
    static List<String> rows(SparkSession spark, Path file) throws Exception {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(file) && !file.toString().endsWith(".parquet")) { // partitioned output: its parts' rows
            try (java.util.stream.Stream<Path> parts = Files.list(file)) {
                for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                    for (String r : rows(spark, part)) {
                        if (!r.startsWith("header ") || !out.contains(r)) {
                            out.add(r);
                        }
                    }
                }
            }
            Collections.sort(out);
            return out;
        }
        if (file.toString().endsWith(".jsonl")) {
            out.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            Collections.sort(out);
            return out;
        }
        if (file.toString().endsWith(".arrow")) {
            try (org.apache.arrow.memory.RootAllocator a = new org.apache.arrow.memory.RootAllocator();
                    java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file);
                    org.apache.arrow.vector.ipc.ArrowFileReader r = new org.apache.arrow.vector.ipc.ArrowFileReader(ch, a)) {
                out.add("schema " + r.getVectorSchemaRoot().getSchema());
                while (r.loadNextBatch()) {
                    org.apache.arrow.vector.VectorSchemaRoot root = r.getVectorSchemaRoot();
                    for (int i = 0; i < root.getRowCount(); i++) {
                        StringBuilder sb = new StringBuilder();
                        for (org.apache.arrow.vector.FieldVector v : root.getFieldVectors()) {
                            sb.append(sb.length() == 0 ? "" : " | ").append(text(v.getObject(i)));
                        }
                        out.add(sb.toString());
                    }
                }
            }
            Collections.sort(out);
            return out;
        }
        if (file.toString().endsWith(".csv")) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            out.add("header " + (lines.isEmpty() ? "" : lines.get(0)));
            List<String> rest = new ArrayList<>(lines.subList(Math.min(1, lines.size()), lines.size()));
            Collections.sort(rest);
            out.addAll(rest);
            return out;
        }
        for (Row r : spark.read().parquet(file.toUri().toString()).collectAsList()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.get(i);
                if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
                    v = String.format(Locale.ROOT, "%.9e", d);
                }
                sb.append(i == 0 ? "" : " | ").append(text(v));
            }
            out.add(sb.toString());
        }
        Collections.sort(out);
        return out;
    }

    /** A value as compared: bytes as hex (an array's own text names its identity). */
    private static Object text(Object v) {
        return v instanceof byte[] bytes ? java.util.HexFormat.of().withUpperCase().formatHex(bytes) : v;
    }

    /** The schema line of a Parquet output (column names and Spark types). */
    static String schema(SparkSession spark, Path file) {
        return spark.read().parquet(file.toUri().toString()).schema().simpleString();
    }

    /** Same status, accounting line and per-step counters. */
    static void sameRun(RunResult embedded, RunResult spark) {
        assertTrue(embedded.succeeded(), () -> "embedded: " + embedded.error() + " " + embedded.problems());
        assertTrue(spark.succeeded(), () -> "spark: " + spark.error() + " " + spark.problems());
        assertEquals(embedded.accounting().summary(), spark.accounting().summary(), "row accounting");
        for (StepMetrics e : embedded.finalSnapshot().steps()) {
            StepMetrics s = spark.finalSnapshot().step(e.step());
            String what = "step " + e.step();
            assertEquals(e.kind(), s.kind(), what);
            assertEquals(e.rowsIn(), s.rowsIn(), what + " rows in");
            assertEquals(e.rowsRejected(), s.rowsRejected(), what + " rows rejected");
            assertEquals(e.rowsFiltered(), s.rowsFiltered(), what + " rows filtered");
            if (!(e.kind().endsWith("Sink"))) {
                assertEquals(e.rowsOut(), s.rowsOut(), what + " rows out");
            }
        }
    }
}
