package io.sluice.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.model.CsvSource;
import io.sluice.model.Sort;
import io.sluice.model.SortKey;

/** A preview behind a blocking sort reads its whole input first; cancelling must stop it early and free its memory. */
class PreviewCancellationTest {

    @Test
    @Timeout(60)
    void cancellingAPreviewStopsItEarly(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("id,name\n");
            for (int i = 0; i < 3_000_000; i++) {
                w.write(Integer.toString(i));
                w.write(",name-");
                w.write(Integer.toString(i % 977));
                w.write('\n');
            }
        }
        TestPipelines t = new TestPipelines("cancel");
        CsvSource read = t.add(TestPipelines.P.getCsvSource(), "read");
        read.setPath(csv.toString());
        TestPipelines.columns(read, "id:INT64", "name:STRING");
        Sort sort = t.add(TestPipelines.P.getSort(), "sort");
        SortKey key = TestPipelines.F.createSortKey();
        key.setColumn("name");
        sort.getKeys().add(key);
        t.link(read, sort);

        SluiceEngine engine = new SluiceEngine(null, 1L << 30);
        RunRequest request = RunRequest.of(t.pipeline(), null, dir).withThreads(1);
        // the behaviour, not a timing: a preview cancelled while its sort still reads ends unfinished, reports why
        // and releases its memory (a leak would come back as the preview's error); the same preview uncancelled
        // shows the rows
        CancellationToken token = new CancellationToken();
        CompletableFuture<PreviewResult> preview = CompletableFuture.supplyAsync(() -> engine.preview(request, "sort", 10, token));
        assertFalse(preview.isDone(), "3 million rows are not sorted yet");
        token.cancel("stopped by the test");
        PreviewResult result = preview.get(60, TimeUnit.SECONDS);
        assertFalse(result.ok(), "a cancelled preview reports that it did not finish");
        assertNotNull(result.error());
        assertTrue(result.error().contains("stopped by the test"), result.error());
        assertTrue(result.rows().isEmpty(), result.rows().toString());

        PreviewResult full = engine.preview(request, "sort", 10);
        assertTrue(full.ok(), String.valueOf(full.error()));
        assertEquals(10, full.rows().size());
    }
}
