package io.sluice.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;

class RoundTripTest {

  @TempDir
  Path tmp;

  @Test
  void saveLoadSaveGivesIdenticalBytes() throws Exception {
    Path file = tmp.resolve("orders.sluice");
    SluiceModel.save(TestPipelines.orders(), file);
    byte[] first = Files.readAllBytes(file);
    LoadResult r = SluiceModel.load(file);
    assertTrue(r.ok(), () -> r.problems().toString());
    SluiceModel.save(r.pipeline(), file);
    assertArrayEquals(first, Files.readAllBytes(file));
    // and once more through a fresh load
    LoadResult r2 = SluiceModel.load(file);
    assertArrayEquals(first, SluiceModel.toBytes(r2.pipeline()));
  }

  @Test
  void exampleFileRoundTripsByteForByte() throws Exception {
    Path example = Path.of("../../examples/orders.sluice");
    LoadResult r = SluiceModel.load(example);
    assertTrue(r.ok(), () -> r.problems().toString());
    assertArrayEquals(Files.readAllBytes(example), SluiceModel.toBytes(r.pipeline()));
    assertArrayEquals(Files.readAllBytes(example), SluiceModel.toBytes(TestPipelines.orders()),
        "examples/orders.sluice is TestPipelines.orders()");
  }

  @Test
  void fileFormatIsReadable() {
    String text = new String(SluiceModel.toBytes(TestPipelines.orders()), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), text);
    assertTrue(text.contains("formatVersion=\"2\""), text);
    assertTrue(text.contains("<links source=\"read_orders\" sourcePort=\"out\" target=\"paid_only\" targetPort=\"in\"/>"), text);
    assertTrue(!text.contains("\r"), "LF line ends only");
    assertTrue(!text.contains("//@"), "no positional references: " + text);
  }

  @Test
  void movingAStepChangesOnlyItsLayoutLine() {
    Pipeline p = TestPipelines.orders();
    List<String> before = lines(p);
    p.findStep("add_revenue").getLayout().setX(999);
    List<String> after = lines(p);
    List<String> changed = diffLines(before, after);
    assertEquals(1, changed.size(), changed.toString());
    assertTrue(changed.get(0).contains("<layout x=\"999\""), changed.toString());
  }

  @Test
  void editingOnePropertyChangesOneLine() {
    Pipeline p = TestPipelines.orders();
    List<String> before = lines(p);
    ((Filter) p.findStep("paid_only")).setCondition("status = 'paid'");
    List<String> changed = diffLines(before, lines(p));
    assertEquals(1, changed.size(), changed.toString());
  }

  @Test
  void idsAreKeptAcrossSaves() throws Exception {
    Pipeline p = TestPipelines.orders();
    Path file = tmp.resolve("a.sluice");
    SluiceModel.save(p, file);
    Pipeline loaded = SluiceModel.load(file).pipeline();
    assertNotNull(loaded.findStep("per_country_day"));
    Link first = loaded.getLinks().get(0);
    assertEquals("read_orders", first.getSource().getId());
    assertEquals("paid_only", first.getTarget().getId());
  }

  static List<String> lines(Pipeline p) {
    return List.of(new String(SluiceModel.toBytes(p), StandardCharsets.UTF_8).split("\n"));
  }

  /** Lines of {@code after} that differ, assuming the same line count. */
  static List<String> diffLines(List<String> before, List<String> after) {
    assertEquals(before.size(), after.size(), "line count changed");
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        changed.add(after.get(i));
      }
    }
    return changed;
  }
}
