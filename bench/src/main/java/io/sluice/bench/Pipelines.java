package io.sluice.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Where the workloads' .sluice files are. */
public final class Pipelines {
    /** The aggregate workload, relative to the repository root. */
    public static final String ORDERS_EXAMPLE = "examples/orders.sluice"; //$NON-NLS-1$

    private Pipelines() {
    }

    /** {@code examples/orders.sluice} in the working directory or the nearest parent that has one. */
    public static Path findOrdersExample() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) { //$NON-NLS-1$
            Path p = dir.resolve(ORDERS_EXAMPLE);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find " + ORDERS_EXAMPLE + " in " + Path.of("").toAbsolutePath() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " or a parent; pass --aggregate-pipeline"); //$NON-NLS-1$
    }

    /** Copies the bundled join pipeline into {@code dir} (the runtime runs files) and returns the copy. */
    public static Path extractJoin(Path dir) throws IOException {
        return extract(dir, Workload.JOIN_PIPELINE_RESOURCE);
    }

    /** Copies the bundled DECIMAL pipeline into {@code dir} and returns the copy. */
    public static Path extractDecimal(Path dir) throws IOException {
        return extract(dir, Workload.DECIMAL_PIPELINE_RESOURCE);
    }

    public static Path extractNested(Path dir) throws IOException {
        return extract(dir, Workload.NESTED_PIPELINE_RESOURCE);
    }

    /** Copies the bundled nested pipeline over Parquet into {@code dir} and returns the copy. */
    public static Path extractNestedParquet(Path dir) throws IOException {
        return extract(dir, Workload.NESTED_PARQUET_PIPELINE_RESOURCE);
    }

    private static Path extract(Path dir, String resource) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = Pipelines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource); //$NON-NLS-1$
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
