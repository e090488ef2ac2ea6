package io.sluice.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.sluice.model.resource.LoadProblem;
import io.sluice.model.resource.LoadResult;
import io.sluice.model.resource.SluiceModel;

/** Broken files give a message with file and line, never an exception. */
class LoadProblemsTest {

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<sluice:Pipeline xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      + " xmlns:sluice=\"http://sluice.io/model/pipeline\" name=\"p\" formatVersion=\"2\">\n";

  private static LoadProblem single(String text) {
    LoadResult r = SluiceModel.load("bad.sluice", text.getBytes(StandardCharsets.UTF_8));
    assertNull(r.pipeline());
    assertEquals(1, r.problems().size(), r.problems().toString());
    LoadProblem p = r.problems().get(0);
    assertEquals("bad.sluice", p.file());
    return p;
  }

  @Test
  void badXmlNamesTheLine() {
    LoadProblem p = single(HEAD + "  <steps xsi:type=\"sluice:Filter\" id=\"a\" name=\"a\">\n  <oops\n</sluice:Pipeline>\n");
    assertTrue(p.line() >= 4, p.toString());
    assertTrue(p.message().startsWith("not well-formed XML"), p.toString());
    assertTrue(p.toString().startsWith("bad.sluice:" + p.line()), p.toString());
  }

  @Test
  void garbageIsNotXml() {
    LoadProblem p = single("this is not xml");
    assertEquals(1, p.line());
  }

  @Test
  void unknownStepKind() {
    LoadProblem p = single(HEAD + "  <steps xsi:type=\"sluice:Teleport\" id=\"a\" name=\"a\"/>\n</sluice:Pipeline>\n");
    assertEquals(3, p.line());
    assertTrue(p.message().contains("unknown step kind") && p.message().contains("Teleport"), p.toString());
  }

  @Test
  void linkToMissingStep() {
    LoadProblem p = single(HEAD + "  <steps xsi:type=\"sluice:Filter\" id=\"a\" name=\"a\"/>\n"
        + "  <links source=\"a\" target=\"ghost\"/>\n</sluice:Pipeline>\n");
    assertEquals(4, p.line());
    assertTrue(p.message().contains("missing step id 'ghost'"), p.toString());
  }

  @Test
  void unknownAttribute() {
    LoadProblem p = single(HEAD + "  <steps xsi:type=\"sluice:Filter\" id=\"a\" name=\"a\" colour=\"red\"/>\n</sluice:Pipeline>\n");
    assertEquals(3, p.line());
    assertTrue(p.message().contains("colour"), p.toString());
  }

  @Test
  void newerFormatVersionIsRefused() {
    LoadProblem p = single(HEAD.replace("formatVersion=\"2\"", "formatVersion=\"7\""));
    assertEquals(2, p.line());
    assertTrue(p.message().contains("formatVersion 7 is newer"), p.toString());
  }

  @Test
  void badEnumValue() {
    LoadProblem p = single(HEAD + "  <steps xsi:type=\"sluice:Join\" id=\"a\" name=\"a\" kind=\"SIDEWAYS\"/>\n</sluice:Pipeline>\n");
    assertEquals(3, p.line());
    assertTrue(p.message().contains("SIDEWAYS"), p.toString());
  }

  @Test
  void missingFile() {
    LoadResult r = SluiceModel.load(Path.of("does/not/exist.sluice"));
    assertEquals("file not found", r.problems().get(0).message());
  }
}
