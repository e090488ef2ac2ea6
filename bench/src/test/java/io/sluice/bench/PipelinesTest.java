package io.sluice.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;

class PipelinesTest {
    @TempDir
    Path dir;

    @Test
    void joinPipelineIsValidAndCanonical() throws IOException {
        Path file = Pipelines.extractJoin(dir);
        LoadResult r = SluiceModel.load(file);
        assertTrue(r.ok(), () -> r.problems().toString());
        List<Problem> problems = PipelineValidator.validate(r.pipeline());
        assertEquals(List.of(), problems.stream().filter(p -> p.severity() == io.sluice.model.validation.Severity.ERROR).toList());
        assertArrayEquals(Files.readAllBytes(file), SluiceModel.toBytes(r.pipeline()), "saved as the model saves it");
        assertEquals(List.of("orders", "customers", "output"),
                r.pipeline().getParameters().stream().map(p -> p.getName()).toList());
    }

    @Test
    void nestedPipelinesAreValid() throws IOException {
        nestedPipelineIsValid(Pipelines.extractNested(dir));
        nestedPipelineIsValid(Pipelines.extractNestedParquet(dir));
    }

    private void nestedPipelineIsValid(Path pipeline) throws IOException {
        LoadResult r = SluiceModel.load(pipeline);
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals(List.of(), PipelineValidator.validate(r.pipeline()).stream()
                .filter(p -> p.severity() == io.sluice.model.validation.Severity.ERROR).toList());
    }

    @Test
    void findsTheOrdersExample() {
        Path p = Pipelines.findOrdersExample();
        assertTrue(p.endsWith(Path.of("examples", "orders.sluice")), p::toString);
    }

    @Test
    void medianAndJsonStrings() {
        assertEquals(2.0, WorkloadResult.median(new double[] {3, 1, 2}));
        assertEquals(2.5, WorkloadResult.median(new double[] {4, 1, 2, 3}));
        assertTrue(Double.isNaN(WorkloadResult.median(new double[0])));
        assertEquals("\"a\\\"b\\\\c\\n\"", WorkloadResult.str("a\"b\\c\n"));
    }
}
