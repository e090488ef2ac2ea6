package io.sluice.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The model imports nothing from Arrow, SWT, GEF or the Eclipse UI, and its manifest resolves against EMF bundles. */
class BundleDependenciesTest {

  private static final List<String> FORBIDDEN = List.of("org/apache/arrow", "org/eclipse/swt", "org/eclipse/gef",
      "org/eclipse/draw2d", "org/eclipse/ui/", "org/eclipse/jface");

  @Test
  void classesReferenceNoUiOrArrow() throws Exception {
    Path classes = Path.of("target/classes");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".class")).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String bad : FORBIDDEN) {
          if (text.contains(bad)) {
            offenders.add(classes.relativize(f) + " -> " + bad);
          }
        }
      }
    }
    assertTrue(offenders.isEmpty(), offenders::toString);
  }

  @Test
  void manifestRequiresEmfAndImportsNothingForbidden() throws Exception {
    Path mf = Path.of("target/classes/META-INF/MANIFEST.MF");
    Manifest manifest;
    try (InputStream in = Files.newInputStream(mf)) {
      manifest = new Manifest(in);
    }
    var main = manifest.getMainAttributes();
    assertEquals("io.sluice.model;singleton:=true", main.getValue("Bundle-SymbolicName"));
    String imports = String.valueOf(main.getValue("Import-Package"));
    String required = main.getValue("Require-Bundle");
    for (String bad : FORBIDDEN) {
      String pkg = bad.replace('/', '.');
      assertTrue(!imports.contains(pkg) && !required.contains(pkg), pkg + " in " + imports + " / " + required);
    }
    assertTrue(required.contains("org.eclipse.emf.ecore;") && required.contains("org.eclipse.emf.ecore.xmi;")
        && required.contains("org.eclipse.emf.common;"), required);
    assertTrue(imports.contains("io.sluice.expression"), imports);
    String exports = main.getValue("Export-Package");
    assertTrue(exports.contains("io.sluice.model.internal.impl;x-internal:=true"), exports);
    assertTrue(exports.contains("io.sluice.model.resource;"), exports);
  }
}
