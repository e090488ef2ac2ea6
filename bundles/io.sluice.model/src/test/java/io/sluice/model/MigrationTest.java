package io.sluice.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;

class MigrationTest {

  @TempDir
  Path tmp;

  static byte[] resource(String name) throws Exception {
    try (InputStream in = MigrationTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void v1FileLoadsAndSavesAsV2() throws Exception {
    Path v1 = tmp.resolve("orders-v1.sluice");
    Files.write(v1, resource("/v1/orders-v1.sluice"));
    LoadResult r = SluiceModel.load(v1);
    assertTrue(r.ok(), r.problems().toString());
    assertEquals(1, r.migratedFrom());
    assertTrue(r.wasMigrated());
    Pipeline p = r.pipeline();
    assertEquals(2, p.getFormatVersion());
    Step src = p.findStep("src");
    assertEquals("read orders", src.getName());
    assertEquals(40, src.getLayout().getX());
    assertEquals(120, src.getLayout().getY());
    assertEquals(160, src.getLayout().getWidth());
    assertEquals(60, src.getLayout().getHeight());
    assertEquals(200, p.getNotes().get(0).getLayout().getWidth());
    assertEquals("paid only", p.findStep("paid").getName());
    assertEquals(2, p.getLinks().size());
    assertEquals(p.findStep("paid"), p.getLinks().get(0).getTarget());

    Path v2 = tmp.resolve("orders-v2.sluice");
    SluiceModel.save(p, v2);
    String saved = Files.readString(v2, StandardCharsets.UTF_8);
    assertEquals(new String(resource("/v1/orders-v2-expected.sluice"), StandardCharsets.UTF_8), saved);
    assertTrue(saved.contains("formatVersion=\"2\""));
    assertFalse(saved.contains("label="));
    assertFalse(saved.contains("bounds="));
    LoadResult again = SluiceModel.load(v2);
    assertTrue(again.ok());
    assertFalse(again.wasMigrated());
  }

  @Test
  void fileWithoutFormatVersionIsVersion1() {
    String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sluice:Pipeline xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:sluice=\"http://sluice.io/model/pipeline\" name=\"old\">\n"
        + "  <steps xsi:type=\"sluice:Filter\" id=\"f\" label=\"keep\" bounds=\"1,2,3,4\"/>\n</sluice:Pipeline>\n";
    LoadResult r = SluiceModel.load("old.sluice", text.getBytes(StandardCharsets.UTF_8));
    assertTrue(r.ok(), r.problems().toString());
    assertEquals(1, r.migratedFrom());
    assertEquals("keep", r.pipeline().findStep("f").getName());
    assertEquals(4, r.pipeline().findStep("f").getLayout().getHeight());
  }

  @Test
  void errorsInAMigratedFileNameTheOriginalLine() {
    String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sluice:Pipeline xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:sluice=\"http://sluice.io/model/pipeline\" formatVersion=\"1\">\n"
        + "  <steps xsi:type=\"sluice:Filter\" id=\"f\" label=\"keep\" bounds=\"1,2,3,4\"/>\n"
        + "  <steps xsi:type=\"sluice:Filter\" id=\"g\" label=\"more\" bounds=\"1,2,3,4\">\n"
        + "  </steps>\n"
        + "  <steps xsi:type=\"sluice:Warp\" id=\"w\" label=\"warp\"/>\n</sluice:Pipeline>\n";
    LoadResult r = SluiceModel.load("old.sluice", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.problems().size(), r.problems().toString());
    assertEquals(6, r.problems().get(0).line(), r.problems().toString());
    assertTrue(r.problems().get(0).message().contains("Warp"));
  }

  @Test
  void badV1BoundsNamesTheLine() {
    String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sluice:Pipeline xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:sluice=\"http://sluice.io/model/pipeline\" formatVersion=\"1\">\n"
        + "  <steps xsi:type=\"sluice:Filter\" id=\"f\" label=\"keep\" bounds=\"1,2,x\"/>\n</sluice:Pipeline>\n";
    LoadResult r = SluiceModel.load("old.sluice", text.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.problems().size());
    assertEquals(3, r.problems().get(0).line());
    assertTrue(r.problems().get(0).toString().startsWith("old.sluice:3: bounds=\"1,2,x\""), r.problems().toString());
  }
}
