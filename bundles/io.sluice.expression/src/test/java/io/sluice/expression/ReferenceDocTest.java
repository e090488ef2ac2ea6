package io.sluice.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/expressions.md} lists every function of the catalog with its signature, description and example. Run
 * with {@code -Dsluice.docs.write=true} to regenerate the list from the catalog.
 */
class ReferenceDocTest {
    static final Path DOC = Path.of("../../docs/expressions.md");
    static final String BEGIN = "<!-- functions:begin -->\n";
    static final String END = "<!-- functions:end -->";

    static String render() {
        StringBuilder sb = new StringBuilder();
        for (BuiltinFunction.Category c : BuiltinFunction.Category.values()) {
            sb.append("\n### ").append(c.title()).append("\n\n| function | what it computes | example |\n|---|---|---|\n");
            for (BuiltinFunction f : BuiltinFunction.values()) {
                if (f.category() == c) {
                    sb.append("| `").append(f.signature().replace("|", "\\|")).append("` | ")
                            .append(f.description().replace("|", "\\|")).append(" | `")
                            .append(f.example().replace("|", "\\|")).append("` |\n");
                }
            }
        }
        return sb.append('\n').toString();
    }

    @Test
    void theReferenceListsEveryFunction() throws Exception {
        String doc = Files.readString(DOC);
        int b = doc.indexOf(BEGIN);
        int e = doc.indexOf(END);
        assertTrue(b >= 0 && e > b, "markers in " + DOC);
        String rendered = render();
        if (Boolean.getBoolean("sluice.docs.write")) {
            Files.writeString(DOC, doc.substring(0, b + BEGIN.length()) + rendered + doc.substring(e));
            return;
        }
        assertEquals(rendered, doc.substring(b + BEGIN.length(), e),
                "docs/expressions.md is stale: run this test with -Dsluice.docs.write=true");
    }
}
