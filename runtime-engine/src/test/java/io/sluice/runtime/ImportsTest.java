package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The runtime imports nothing from SWT, GEF or the Eclipse UI (sources and compiled classes). */
class ImportsTest {
    static final String[] FORBIDDEN = { "org.eclipse.swt", "org.eclipse.gef", "org.eclipse.draw2d", "org.eclipse.ui",
            "org.eclipse.jface" };

    @Test
    void noUiImports() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                for (String f : FORBIDDEN) {
                    if (text.contains(f)) {
                        offenders.add(p + " mentions " + f);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String bytes = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                for (String f : FORBIDDEN) {
                    if (bytes.contains(f.replace('.', '/'))) {
                        offenders.add(p + " references " + f);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void manifestExportsOnlyTheApiPlainly() throws IOException {
        Path mf = Path.of("target/classes/META-INF/MANIFEST.MF");
        // bnd writes it in process-classes, before any test runs: a missing manifest is a broken build, not a pass
        assertTrue(Files.exists(mf), "no OSGi manifest at " + mf.toAbsolutePath() + ": bnd-maven-plugin did not run");
        String m = Files.readString(mf).replace("\r\n ", "").replace("\n ", "");
        assertTrue(m.contains("Bundle-SymbolicName: io.sluice.runtime"), m);
        assertTrue(m.contains("io.sluice.runtime.internal.exec;x-internal:=true") || m.contains("x-internal:=true"), m);
        assertTrue(!m.contains("org.eclipse.swt") && !m.contains("org.eclipse.ui"), m);
    }
}
