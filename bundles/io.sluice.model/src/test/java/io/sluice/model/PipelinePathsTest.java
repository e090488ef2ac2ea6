package io.sluice.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.resource.SluiceModel;
import io.sluice.model.schema.CsvSchemaInference;
import io.sluice.model.validation.FileReport;
import io.sluice.model.validation.PipelineValidator;
import io.sluice.model.validation.Problem;

class PipelinePathsTest {

  @Test
  void relativePathsResolveAgainstThePipelinesFolder(@TempDir Path dir) {
    Path file = dir.resolve("sub/orders.sluice");
    assertEquals(dir.resolve("sub"), PipelinePaths.baseDirectory(file));
    assertEquals(dir.resolve("data/x.csv"), PipelinePaths.resolve(PipelinePaths.baseDirectory(file), "../data/x.csv"));
    assertEquals(Path.of("/abs/x.csv"), PipelinePaths.resolve(dir, "/abs/x.csv"));
    assertEquals(Path.of("").toAbsolutePath(), PipelinePaths.baseDirectory(null));
  }

  @Test
  void commandLineValuesOfPathParametersResolveAgainstTheWorkingDirectory(@TempDir Path cwd) {
    Pipeline p = TestPipelines.orders();
    Parameter text = SluiceFactory.eINSTANCE.createParameter();
    text.setName("country");
    p.getParameters().add(text);
    Map<String, String> values = PipelinePaths.commandLineValues(p,
        Map.of("input", "in/o.csv", "output", "/abs/o.parquet", "country", "de/at", "unknown", "u"), cwd);
    assertEquals(cwd.resolve("in/o.csv").toString(), values.get("input"));
    assertEquals("/abs/o.parquet", values.get("output"));
    assertEquals("de/at", values.get("country"), "a STRING parameter is not a path");
    assertEquals("u", values.get("unknown"));
  }

  @Test
  void savingRespectsTheUmaskForNewFilesAndKeepsThePermissionsOfReplacedOnes(@TempDir Path dir) throws Exception {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path created = dir.resolve("new.sluice");
    SluiceModel.save(TestPipelines.orders(), created);
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(created),
        "a new pipeline file gets what the umask gives any new file");
    Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(created, own);
    SluiceModel.save(TestPipelines.orders(), created);
    assertEquals(own, Files.getPosixFilePermissions(created));
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertEquals(2, left.count(), "no temporary file is left behind");
    }
  }

  @Test
  void theExampleValidatesCleanFromItsOwnFolderWhateverTheWorkingDirectory() {
    FileReport report = PipelineValidator.validateFile(Path.of("../../examples/orders.sluice"));
    assertTrue(report.problems().isEmpty(), report::toString);
  }

  @Test
  void aMissingInputFileIsReportedAsMissing(@TempDir Path dir) throws Exception {
    Pipeline declared = TestPipelines.orders();
    Path file = dir.resolve("orders.sluice");
    SluiceModel.save(declared, file);
    List<Problem> problems = PipelineValidator.validateFile(file).problems();
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).message().contains("input file 'data/orders-sample.csv' does not exist (looked for "
        + dir.resolve("data/orders-sample.csv") + ")"), problems::toString);

    Pipeline undeclared = TestPipelines.orders();
    ((Source) undeclared.findStep("read_orders")).getColumns().clear();
    List<Problem> inferred = new PipelineValidator(new CsvSchemaInference(dir, Map.of(), 10)).run(undeclared).problems();
    assertTrue(inferred.stream().anyMatch(q -> q.message().contains("does not exist")), inferred::toString);
    assertFalse(inferred.stream().anyMatch(q -> q.message().contains("could not be inferred")), inferred::toString);

    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/day-1.csv"), "order_id\n1\n");
    ((FileSource) undeclared.findStep("read_orders")).setPath("data/day-*.csv");
    assertFalse(new PipelineValidator(new CsvSchemaInference(dir, Map.of(), 10)).run(undeclared).problems().stream()
        .anyMatch(q -> q.message().contains("no input file")), "a glob that matches is not missing");
    ((FileSource) undeclared.findStep("read_orders")).setPath("data/night-*.csv");
    assertTrue(new PipelineValidator(new CsvSchemaInference(dir, Map.of(), 10)).run(undeclared).problems().stream()
        .anyMatch(q -> q.message().contains("no input file matches 'data/night-*.csv'")));
  }
}
