package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sluice.model.ColumnDef;
import io.sluice.model.CsvSource;
import io.sluice.model.JdbcSink;
import io.sluice.model.Mask;
import io.sluice.model.MaskMethod;
import io.sluice.model.QualityCheck;
import io.sluice.model.QualityRuleKind;
import io.sluice.model.QualitySeverity;
import io.sluice.runtime.cli.SluiceCli;
import io.sluice.runtime.quality.QualityCheckTest;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plants secrets — passwords in JDBC URLs (query, H2 setting, user info), a {@code ${secret:…}} given as
 * {@code -Dsluice.secret.NAME}, e-mail addresses in a column the pipeline masks or tags sensitive — runs real
 * {@code sluice run} processes that fail on them and retry, then greps stdout, stderr (where the log goes), the
 * {@code runs --detail} output and every byte of the H2 history for them. The test starts a dozen JVMs one after
 * the other, which takes minutes on a loaded machine: the guard against a hang is per process (a command that
 * does not finish fails naming itself), not a budget for the whole test.
 */
class SecretsKeptOutTest {
    /** How long one {@code sluice} command may take before it counts as hung. */
    static final long COMMAND_MINUTES = 5;

    @TempDir
    Path dir;

    static final String URL_PASSWORD = "PlantedUrlPw1";
    static final String USER_INFO = "PlantedUserInfo2";
    static final String QUERY_PASSWORD = "PlantedQuery3";
    static final String SECRET = "PlantedSecret4";
    static final String MASKED_EMAIL = "planted5@example.org";
    static final String TAGGED_EMAIL = "planted6@example.org";
    static final List<String> PLANTED = List.of(URL_PASSWORD, USER_INFO, QUERY_PASSWORD, SECRET, MASKED_EMAIL, TAGGED_EMAIL);

    Path people() throws Exception {
        return Files.writeString(dir.resolve("people.csv"), "id,email,backup\n1,ok@x.io,ok@x.io\n2," + MASKED_EMAIL + ","
                + TAGGED_EMAIL + "\n3,also-ok@x.io,also-ok@x.io\n", StandardCharsets.UTF_8);
    }

    TestPipelines source(String name) throws Exception {
        TestPipelines t = new TestPipelines(name);
        CsvSource src = t.add(TestPipelines.P.getCsvSource(), "src");
        src.setPath(people().toString());
        TestPipelines.columns(src, "id:INT64", "email:STRING", "backup:STRING");
        ColumnDef backup = src.getColumns().get(2);
        backup.setSensitive(true);
        return t;
    }

    /** A FAIL rule over the masked column, WARN rules over both: the rule messages and samples see the e-mails. */
    Path failingRule() throws Exception {
        TestPipelines t = source("rules");
        QualityCheck q = t.add(TestPipelines.P.getQualityCheck(), "check");
        QualityCheckTest.rule(q, "backup shape", QualityRuleKind.REGEX, "backup", QualitySeverity.WARN).setPattern("ok@.*");
        QualityCheckTest.rule(q, "no rows", QualityRuleKind.EXPRESSION, null, QualitySeverity.WARN).setExpression("id < 0");
        QualityCheckTest.rule(q, "email shape", QualityRuleKind.REGEX, "email", QualitySeverity.FAIL).setPattern(".*ok@x.io");
        Mask m = t.add(TestPipelines.P.getMask(), "mask");
        m.setMethod(MaskMethod.HASH_SHA256);
        m.setSalt("${secret:dbpw}");
        m.getColumns().add("email");
        io.sluice.model.CsvSink out = t.add(TestPipelines.P.getCsvSink(), "out");
        out.setPath(dir.resolve("out.csv").toString());
        t.link(t.pipeline().getSteps().get(0), q).link(q, m).link(m, out);
        return t.save(dir.resolve("rules.sluice"));
    }

    Path jdbcSink(String name, String url) throws Exception {
        TestPipelines t = source(name);
        JdbcSink db = t.add(TestPipelines.P.getJdbcSink(), "db");
        db.setUrl(url);
        if (!url.startsWith("jdbc:h2:")) { // H2 refuses a password given twice, in the URL and as a property
            db.setUser("sa");
            db.setPassword("${secret:dbpw}");
        }
        db.setTable("people");
        t.link(t.pipeline().getSteps().get(0), db);
        return t.save(dir.resolve(name + ".sluice"));
    }

    static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    record Out(int exit, String out, String err) {
    }

    Out sluice(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dsluice.noWarmup=true", "-Dsluice.secret.dbpw=" + SECRET,
                "-Dsluice.history.dir=" + dir.resolve("history"), "-cp", System.getProperty("java.class.path"),
                SluiceCli.class.getName()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(COMMAND_MINUTES, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            fail("sluice " + String.join(" ", args) + " did not finish within " + COMMAND_MINUTES + " minutes; stderr: "
                    + Files.readString(err));
        }
        int exit = p.exitValue();
        return new Out(exit, Files.readString(out), Files.readString(err));
    }

    @Test
    void plantedSecretsAppearNowhere() throws Exception {
        List<String> seen = new ArrayList<>();
        Out rules = sluice("run", failingRule().toString(), "--threads", "1");
        assertEquals(2, rules.exit(), rules.err());
        assertTrue(rules.err().contains("rule 'email shape' (REGEX on email, severity FAIL) failed at row 2 of the step's input: "
                + "email = [sensitive]"), rules.err());
        seen.add(rules.out());
        seen.add(rules.err());

        String h2 = "jdbc:h2:tcp://127.0.0.1:" + closedPort() + "/nowhere;PASSWORD=" + URL_PASSWORD;
        Out refused = sluice("run", jdbcSink("refused", h2).toString(), "--retries", "2", "--retry-backoff", "10ms");
        assertEquals(2, refused.exit(), refused.err());
        assertTrue(refused.err().contains("2 retries"), refused.err());
        seen.add(refused.out());
        seen.add(refused.err());

        String pg = "jdbc:postgresql://bob:" + USER_INFO + "@127.0.0.1:" + closedPort() + "/db?sslmode=disable&password="
                + QUERY_PASSWORD;
        // PostgreSQL's driver comes from its default coordinates: a refused connection is transient, retried twice
        Out refusedPg = sluice("run", jdbcSink("refusedpg", pg).toString(), "--retries", "2", "--retry-backoff", "10ms");
        assertEquals(2, refusedPg.exit(), refusedPg.err());
        seen.add(refusedPg.out());
        seen.add(refusedPg.err());
        // a database no driver is known for: named by its scheme only, never retried
        String unknown = "jdbc:nosuchdb://bob:" + USER_INFO + "@127.0.0.1:" + closedPort() + "/db?password=" + QUERY_PASSWORD;
        Out noDriver = sluice("run", jdbcSink("nodriver", unknown).toString(), "--retries", "2", "--retry-backoff", "10ms");
        assertEquals(2, noDriver.exit(), noDriver.err());
        assertTrue(noDriver.err().contains("no JDBC driver for jdbc:nosuchdb:"), noDriver.err());
        seen.add(noDriver.out());
        seen.add(noDriver.err());

        Out runs = sluice("runs");
        seen.add(runs.out());
        seen.add(runs.err());
        int retried = 0;
        for (String id : runIds(runs.out())) {
            Out detail = sluice("runs", "--detail", id);
            assertEquals(0, detail.exit(), detail.err());
            seen.add(detail.out());
            seen.add(detail.err());
            if (detail.out().contains("retries:")) {
                retried++;
                // the refused H2 and PostgreSQL runs, retried twice: their URLs are shown redacted
                assertTrue(detail.out().contains("PASSWORD=***") || detail.out().contains("password=***"), detail.out());
            }
        }
        assertEquals(4, runIds(runs.out()).size(), runs.out());
        assertEquals(2, retried, "only the refused connections are retried; a missing driver is not transient");

        for (String text : seen) {
            for (String secret : PLANTED) {
                assertFalse(text.contains(secret), secret + " in: " + text);
            }
        }
        try (Stream<Path> files = Files.walk(dir.resolve("history"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (String secret : PLANTED) {
                    assertFalse(contains(bytes, secret.getBytes(StandardCharsets.UTF_8))
                            || contains(bytes, secret.getBytes(StandardCharsets.UTF_16BE)), secret + " in the history file " + f);
                }
            }
        }
    }

    static List<String> runIds(String runs) {
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b\\d{8}-\\d{6}-[0-9a-f]{8}\\b").matcher(runs);
        while (m.find()) {
            if (!ids.contains(m.group())) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void redactionHidesEveryFormOfPasswordInAUrl() {
        assertEquals("jdbc:h2:tcp://h/db;USER=sa;PASSWORD=***;CIPHER=AES", Redaction.redact("jdbc:h2:tcp://h/db;USER=sa;PASSWORD=x1;CIPHER=AES"));
        assertEquals("jdbc:postgresql://h/db?user=a&password=***&ssl=true", Redaction.redact("jdbc:postgresql://h/db?user=a&password=p@ss&ssl=true"));
        assertEquals("jdbc:mysql://h/db?password=***", Redaction.redact("jdbc:mysql://h/db?password=p"));
        assertEquals("jdbc:postgresql://bob:***@h:5432/db", Redaction.redact("jdbc:postgresql://bob:hunter2@h:5432/db"));
        assertEquals("no secret here: a=b, x@y", Redaction.redact("no secret here: a=b, x@y"));
    }
}
