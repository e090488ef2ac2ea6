package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No runtime class shares its simple name with a class of the model or the expression bundle (docs/CONVENTIONS.md,
 * "Class names"): runtime readers end in {@code Reader}, writers in {@code Writer}, operators in {@code Operator},
 * so a planner imports both sides and names neither inline.
 */
class NamingSchemeTest {
    private static final Path RUNTIME = Path.of("src/main/java");
    private static final Path[] MODEL = { Path.of("../bundles/io.sluice.model/src/main/java"),
            Path.of("../bundles/io.sluice.model/src-gen"), Path.of("../bundles/io.sluice.expression/src/main/java") };

    @Test
    void runtimeAndModelClassNamesDiffer() throws IOException {
        TreeMap<String, Path> runtime = names(RUNTIME);
        Set<String> model = new TreeSet<>();
        for (Path p : MODEL) {
            assertTrue(Files.isDirectory(p), "no model sources at " + p.toAbsolutePath());
            model.addAll(names(p).keySet());
        }
        assertTrue(model.contains("CsvSource") && runtime.containsKey("CsvReader"), "the scan found no classes");
        TreeMap<String, Path> clashes = new TreeMap<>(runtime);
        clashes.keySet().retainAll(model);
        assertEquals(new TreeMap<String, Path>(), clashes, "runtime classes named like model classes");
    }

    private static TreeMap<String, Path> names(Path root) throws IOException {
        TreeMap<String, Path> names = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("package-info.java"))
                    .forEach(f -> names.put(f.getFileName().toString().replaceFirst("\\.java$", ""), root.relativize(f)));
        }
        return names;
    }
}
