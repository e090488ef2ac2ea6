package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The expression bundle is shared by the designer and the runtime, so it must not see Arrow, SWT, GEF or the
 * Eclipse UI: checked on the compiled classes' constant pools and on the bnd manifest.
 */
class DependencyTest {

    private static final List<String> FORBIDDEN = List.of("org/apache/arrow", "org/eclipse/swt", "org/eclipse/gef",
            "org/eclipse/ui");

    private static Path classesDirectory() throws URISyntaxException {
        return Path.of(Expressions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void compiledClassesReferenceNoForbiddenPackage() throws Exception {
        Path classes = classesDirectory();
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        Set<String> all = new HashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                scanned++;
                Set<String> strings = constantPoolStrings(file);
                all.addAll(strings);
                for (String s : strings) {
                    String slashed = s.replace('.', '/');
                    for (String forbidden : FORBIDDEN) {
                        if (slashed.contains(forbidden)) {
                            offenders.add(classes.relativize(file) + " -> " + s);
                        }
                    }
                }
            }
        }
        assertTrue(scanned > 30, "scanned " + scanned + " classes in " + classes);
        // the scanner does see package references: the parser uses ANTLR
        assertTrue(all.stream().anyMatch(s -> s.startsWith("org/antlr/v4/runtime/")), "scanner sees references");
        assertEquals(List.of(), offenders);
    }

    @Test
    void manifestImportsOnlyAntlr() throws Exception {
        Path manifestFile = classesDirectory().resolve("META-INF/MANIFEST.MF");
        Assumptions.assumeTrue(Files.exists(manifestFile), "bnd manifest not generated (not a Maven build)");
        Manifest manifest;
        try (InputStream in = Files.newInputStream(manifestFile)) {
            manifest = new Manifest(in);
        }
        Attributes main = manifest.getMainAttributes();
        assertEquals("io.sluice.expression", main.getValue("Bundle-SymbolicName"));
        List<String> imports = packages(main.getValue("Import-Package"));
        assertFalse(imports.isEmpty());
        for (String imported : imports) {
            assertTrue(imported.startsWith("org.antlr.v4.runtime"), "unexpected import " + imported);
        }
        String exports = main.getValue("Export-Package");
        assertTrue(exports.contains("io.sluice.expression;version=\"0.1.0\""), exports);
        assertTrue(exports.contains("io.sluice.expression.types;version=\"0.1.0\""), exports);
        assertTrue(exports.contains("io.sluice.expression.internal;x-internal:=true"), exports);
        assertTrue(exports.contains("io.sluice.expression.internal.parser;x-internal:=true"), exports);
    }

    /** The package names of an OSGi package header (attributes and quoted ranges skipped). */
    static List<String> packages(String header) {
        List<String> result = new ArrayList<>();
        if (header == null) {
            return result;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                result.add(current.toString().split(";")[0].strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            result.add(current.toString().split(";")[0].strip());
        }
        return result;
    }

    /** Every UTF-8 constant of a class file: class names, descriptors, signatures and string literals. */
    static Set<String> constantPoolStrings(Path classFile) throws IOException {
        Set<String> strings = new HashSet<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file: " + classFile);
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(in.readUTF());
                    case 3, 4 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 15 -> in.skipNBytes(3);
                    default -> throw new IOException("unknown constant tag " + tag + " in " + classFile);
                }
            }
        }
        return strings;
    }
}
