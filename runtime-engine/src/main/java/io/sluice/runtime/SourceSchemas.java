package io.sluice.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

import io.sluice.expression.types.Schema;
import io.sluice.model.JdbcSource;
import io.sluice.model.SluicePackage;
import io.sluice.model.Source;
import io.sluice.model.schema.SourceResolvers;
import io.sluice.model.schema.SourceSchemaResolver;
import io.sluice.runtime.connections.DriverRegistry;
import io.sluice.runtime.internal.files.InputFiles;
import io.sluice.runtime.internal.jdbc.Jdbc;
import io.sluice.runtime.internal.json.JsonSchemaInference;
import io.sluice.runtime.internal.exec.StepFailure;
import io.sluice.runtime.internal.plan.JdbcTargets;
import io.sluice.runtime.internal.types.Types;

/**
 * Registers the runtime's source schema resolvers with the model's {@link SourceResolvers}: JSON lines (sampled),
 * the Parquet footer, the Arrow IPC schema and JDBC metadata (the query prepared, not run). The model cannot read
 * them itself (it has no Arrow or Parquet), so the runtime's entry points (planning, the {@code schema} and
 * {@code validate} commands) and the designer, which embeds the runtime, resolve through {@link #resolver} or
 * {@link #services}, which install them (once). A directory or glob is resolved from its first file.
 * <p>
 * JDBC metadata is read with the {@link DriverRegistry} the caller lends each resolution (the command line passes
 * {@link DriverRegistry#shared()}, the designer its OSGi service); a resolution lent none reports that it cannot
 * read the columns, and never falls back to a registry kept here.
 */
public final class SourceSchemas {
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private SourceSchemas() {
    }

    /** The resolver for sources under {@code baseDir} with these parameters, reading JDBC metadata with {@code drivers}. */
    public static SourceSchemaResolver resolver(Path baseDir, Map<String, String> params, DriverRegistry drivers) {
        return resolver(baseDir, params, (source, why) -> {
        }, drivers);
    }

    /** As {@link #resolver(Path, Map, DriverRegistry)}, telling {@code failures} why a source's schema could not be read. */
    public static SourceSchemaResolver resolver(Path baseDir, Map<String, String> params, BiConsumer<Source, String> failures,
            DriverRegistry drivers) {
        return SourceResolvers.resolver(baseDir, params, failures, services(drivers));
    }

    /** What a model-side resolution ({@link SourceResolvers}, {@code PipelineValidator.validateFile}) needs to read every kind. */
    public static SourceResolvers.Services services(DriverRegistry drivers) {
        install();
        return SourceResolvers.Services.of(DriverRegistry.class, java.util.Objects.requireNonNull(drivers, "drivers")); //$NON-NLS-1$
    }

    /** Registers the runtime's kinds with {@link SourceResolvers}; idempotent. */
    public static void install() {
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        SourceResolvers.register(SluicePackage.Literals.JSON_LINES_SOURCE, (source, at) -> file(at.path(source))
                .flatMap(f -> JsonSchemaInference.infer(f, SourceResolvers.SAMPLE_ROWS)));
        SourceResolvers.register(SluicePackage.Literals.PARQUET_SOURCE, (source, at) -> parquetInput(at.path(source)).flatMap(f -> {
            try {
                // a folder: its first file's columns plus the Hive partition columns its subfolders name
                return Optional.of(Types.sluice(Files.isDirectory(f) ? io.sluice.runtime.internal.parquet.ParquetReader.inferFolderSchema(f)
                        : io.sluice.runtime.internal.parquet.ParquetReader.inferSchema(f)));
            } catch (java.io.IOException | RuntimeException e) {
                // the file's own reason (an unsupported feature, a damaged footer), not "neither declared nor inferable"
                at.cannotRead(source, "from the file: " + StepFailure.describe(e)); //$NON-NLS-1$
                return Optional.empty();
            }
        }));
        SourceResolvers.register(SluicePackage.Literals.ARROW_IPC_SOURCE, (source, at) -> file(at.path(source)).flatMap(f -> {
            try (BufferAllocator a = new RootAllocator(1L << 20)) {
                return Optional.of(Types.sluice(io.sluice.runtime.internal.ipc.ArrowIpcReader.inferSchema(f, a)));
            } catch (java.io.IOException | RuntimeException e) {
                at.cannotRead(source, "from the file: " + StepFailure.describe(e)); //$NON-NLS-1$
                return Optional.empty();
            }
        }));
        SourceResolvers.register(SluicePackage.Literals.JDBC_SOURCE, SourceSchemas::jdbc);
    }

    /** The columns a JDBC source's query (or table) has, the statement prepared, not run; the database's words on failure. */
    private static Optional<Schema> jdbc(Source source, SourceResolvers.Location at) {
        JdbcSource j = (JdbcSource) source;
        if (blank(j.getQuery()) && blank(j.getTable())) {
            return Optional.empty();
        }
        Optional<DriverRegistry> drivers = at.service(DriverRegistry.class);
        if (drivers.isEmpty()) {
            at.cannotRead(source, "from the database: no JDBC driver registry was given to connect with"); //$NON-NLS-1$
            return Optional.empty();
        }
        JdbcTargets targets = new JdbcTargets(at.baseDir(), text -> at.expand(j, text), drivers.get());
        try {
            return Optional.of(Jdbc.describe(targets.target(j), targets.describeQuery(j)));
        } catch (java.sql.SQLException | RuntimeException e) {
            at.cannotRead(source, "from the database: " + StepFailure.describe(e)); //$NON-NLS-1$
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A Parquet source's input: a folder as it is (it may hold Hive partitions), else as {@link #file}. */
    private static Optional<Path> parquetInput(Path path) {
        return path != null && Files.isDirectory(path) ? Optional.of(path) : file(path);
    }

    /** The file to read: the path itself, or the first file of a directory or glob. */
    private static Optional<Path> file(Path path) {
        if (path == null) {
            return Optional.empty();
        }
        try {
            if (InputFiles.isMulti(path)) {
                List<Path> files = InputFiles.list(path);
                return files.isEmpty() ? Optional.empty() : Optional.of(files.get(0));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }
}
