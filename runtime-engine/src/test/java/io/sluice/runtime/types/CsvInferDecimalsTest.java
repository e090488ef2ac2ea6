package io.sluice.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.model.CsvSink;
import io.sluice.model.CsvSource;
import io.sluice.model.schema.SourceResolvers;
import io.sluice.runtime.PreviewResult;
import io.sluice.runtime.RunRequest;
import io.sluice.runtime.RunResult;
import io.sluice.runtime.RunStatus;
import io.sluice.runtime.SluiceEngine;
import io.sluice.runtime.SourceSchemas;
import io.sluice.runtime.TestPipelines;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV source without declared columns and {@code inferDecimals} set: fixed-point columns are DECIMAL(p, s) and read
 * exactly (also values a double would round), an exponent or a leading zero keeps the column text, mixed scales widen
 * to the largest; the same source with the switch off infers as before. Resolver, run and preview agree.
 */
class CsvInferDecimalsTest {
    @TempDir
    Path dir;

    private static final String CSV = "id,amount,big,mixed,sci,zip\n"
            + "1,12.50,123456789012345678.91,1.5,1e5,08123\n"
            + "2,-3,0.01,2.125,2,10115\n"
            + "3,,-98765432109876543.2,-7,3.5,20095\n";

    private TestPipelines pipeline(boolean inferDecimals, String name) {
        TestPipelines t = new TestPipelines(name);
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "read");
        src.setPath(dir.resolve("in.csv").toString());
        src.setInferDecimals(inferDecimals);
        CsvSink out = t.add(TestPipelines.P.getCsvSink(), "write");
        out.setPath(dir.resolve(name + ".csv").toString());
        t.link(src, out);
        return t;
    }

    private static List<DataType> types(io.sluice.expression.types.Schema s) {
        return s.fields().stream().map(Field::type).toList();
    }

    @Test
    void fixedPointColumnsAreExactDecimalsWhenAsked() throws Exception {
        Files.writeString(dir.resolve("in.csv"), CSV);
        SourceSchemas.install();
        TestPipelines t = pipeline(true, "dec");
        Path file = t.save(dir.resolve("dec.sluice"));
        var schema = SourceResolvers.resolver(dir, Map.of()).resolve((CsvSource) t.pipeline().findStepByName("read")).orElseThrow();
        assertEquals(List.of(DataType.INT64, DataType.decimal(18, 2), DataType.decimal(20, 2), DataType.decimal(18, 3),
                DataType.STRING, DataType.STRING), types(schema), schema::toString);

        RunResult r = new SluiceEngine(null, 1L << 30).run(RunRequest.of(file).withHistory(false));
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.error());
        assertEquals("id,amount,big,mixed,sci,zip\n"
                + "1,12.50,123456789012345678.91,1.500,1e5,08123\n"
                + "2,-3.00,0.01,2.125,2,10115\n"
                + "3,,-98765432109876543.20,-7.000,3.5,20095\n", Files.readString(dir.resolve("dec.csv")));

        PreviewResult p = new SluiceEngine(null, 1L << 30).preview(RunRequest.of(file), "read", 10);
        assertEquals(types(schema), types(p.schema()), () -> p.error() + p.problems());
        assertEquals(0, new BigDecimal("123456789012345678.91").compareTo((BigDecimal) p.rows().get(0).get(2)),
                () -> "exact, not a double: " + p.rows().get(0).get(2));
    }

    @Test
    void withoutTheSwitchTheSameFileInfersAsBefore() throws Exception {
        Files.writeString(dir.resolve("in.csv"), CSV);
        SourceSchemas.install();
        TestPipelines t = pipeline(false, "plain");
        var schema = SourceResolvers.resolver(dir, Map.of()).resolve((CsvSource) t.pipeline().findStepByName("read")).orElseThrow();
        // big: a double would round it, so text; mixed: FLOAT64 gives each value back
        assertEquals(List.of(DataType.INT64, DataType.FLOAT64, DataType.STRING, DataType.FLOAT64, DataType.STRING,
                DataType.STRING), types(schema), schema::toString);
    }
}
