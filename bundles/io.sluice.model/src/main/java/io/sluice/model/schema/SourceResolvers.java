package io.sluice.model.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.sluice.expression.types.Schema;
import io.sluice.model.PipelineParameters;
import io.sluice.model.PipelinePaths;
import io.sluice.model.SluicePackage;
import io.sluice.model.Source;

/**
 * The one source schema resolver: built here from one resolver per source kind, and used by {@code run},
 * {@code validate}, {@code schema}, {@code preview} and the designer alike, so they agree on what a source
 * without declared columns holds. The model knows CSV (it needs no Arrow); the runtime registers JSON lines,
 * the Parquet footer, the Arrow IPC schema and JDBC metadata ({@code io.sluice.runtime.SourceSchemas}). A kind
 * without a resolver needs declared columns. What a kind's resolver needs beyond paths and parameters (the runtime's
 * JDBC driver registry) is handed to each resolution in its {@link Services}, never kept in a static field.
 *
 * <p>Results for a source reading one file are cached by kind, path, size, modification time and the source's
 * settings, so the designer's background validation reads a file once, not after every edit.
 */
public final class SourceResolvers {

  /** How many records a text format samples to infer types. */
  public static final int SAMPLE_ROWS = 1000;

  private static final int CACHE_SIZE = 256;

  /** Reads the schema of one kind of source from its data; returns empty (never throws) when it cannot. */
  @FunctionalInterface
  public interface KindResolver {
    Optional<Schema> resolve(Source source, Location at);
  }

  /**
   * What the caller of a resolution lends the kinds' resolvers, by type (the runtime's JDBC driver registry: the
   * command line's, or the designer's OSGi service). The model never looks inside; a resolver asks for its type.
   */
  public record Services(Map<Class<?>, Object> byType) {
    public static final Services NONE = new Services(Map.of());

    public Services {
      byType = Map.copyOf(byType);
      byType.forEach((type, service) -> type.cast(service));
    }

    public static <T> Services of(Class<T> type, T service) {
      return new Services(Map.of(type, service));
    }

    public <T> Optional<T> find(Class<T> type) {
      return Optional.ofNullable(type.cast(byType.get(type)));
    }
  }

  /**
   * Where sources are resolved: relative paths against {@code baseDir}, {@code ${name}} from {@code params}; why a
   * source's schema could not be read (a database's own message) goes to {@code failures}; {@code services} is what
   * the caller lends the resolvers.
   */
  public record Location(Path baseDir, Map<String, String> params, BiConsumer<Source, String> failures, Services services) {
    public Location {
      params = Map.copyOf(params);
      java.util.Objects.requireNonNull(services, "services"); //$NON-NLS-1$
    }

    public Location(Path baseDir, Map<String, String> params) {
      this(baseDir, params, (source, why) -> {
      }, Services.NONE);
    }

    /** The service of {@code type} the caller lent this resolution, if any. */
    public <T> Optional<T> service(Class<T> type) {
      return services.find(type);
    }

    /** Reports why the schema of {@code source} could not be read ("from the file: …", "from the database: …"); then resolve it as empty. */
    public void cannotRead(Source source, String why) {
      failures.accept(source, why);
    }

    public String expand(Source source, String text) {
      return PipelineParameters.expand(source.getPipeline(), text, params);
    }

    /** The source's {@code path} property expanded and resolved, or null when it has none or names an unknown parameter. */
    public Path path(Source source) {
      EStructuralFeature f = source.eClass().getEStructuralFeature("path"); //$NON-NLS-1$
      Object text = f == null ? null : source.eGet(f);
      if (!(text instanceof String s) || s.isBlank()) {
        return null;
      }
      String expanded = expand(source, s);
      return expanded.contains("${") ? null : PipelinePaths.resolve(baseDir, expanded); //$NON-NLS-1$
    }
  }

  private record Key(EClass kind, Path file, long size, long modified, String settings) {
  }

  private static final Map<EClass, KindResolver> KINDS = new ConcurrentHashMap<>();
  private static final Map<Key, Optional<Schema>> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Optional<Schema>> eldest) {
      return size() > CACHE_SIZE;
    }
  };

  static {
    register(SluicePackage.Literals.CSV_SOURCE, (source, at) -> new CsvSchemaInference(at.baseDir(), at.params(), SAMPLE_ROWS).resolve(source));
  }

  private SourceResolvers() {
  }

  /** Registers (or replaces) the resolver of a source kind. */
  public static void register(EClass kind, KindResolver resolver) {
    KINDS.put(kind, resolver);
  }

  /** Whether a source kind can be resolved from its data. */
  public static boolean canResolve(EClass kind) {
    return KINDS.containsKey(kind);
  }

  /** The resolver for sources whose relative paths resolve against {@code baseDir}, with these parameter values. */
  public static SourceSchemaResolver resolver(Path baseDir, Map<String, String> params) {
    return resolver(baseDir, params, (source, why) -> {
    });
  }

  /** As {@link #resolver(Path, Map)}, telling {@code failures} why a source's schema could not be read. */
  public static SourceSchemaResolver resolver(Path baseDir, Map<String, String> params, BiConsumer<Source, String> failures) {
    return resolver(baseDir, params, failures, Services.NONE);
  }

  /** As {@link #resolver(Path, Map, BiConsumer)}, lending the kinds' resolvers {@code services}. */
  public static SourceSchemaResolver resolver(Path baseDir, Map<String, String> params, BiConsumer<Source, String> failures,
      Services services) {
    Location at = new Location(baseDir, params, failures, services);
    SourceSchemaResolver missing = new CsvSchemaInference(baseDir, params, SAMPLE_ROWS);
    return new SourceSchemaResolver() {
      @Override
      public Optional<Schema> resolve(Source source) {
        return SourceResolvers.resolve(source, at);
      }

      @Override
      public Optional<String> missingInput(Source source) {
        return missing.missingInput(source);
      }
    };
  }

  /** The resolver for the sources of the pipeline in {@code pipelineFile} (relative paths: {@link PipelinePaths}). */
  public static SourceSchemaResolver forFile(Path pipelineFile, Map<String, String> params) {
    return forFile(pipelineFile, params, Services.NONE);
  }

  /** As {@link #forFile(Path, Map)}, lending the kinds' resolvers {@code services}. */
  public static SourceSchemaResolver forFile(Path pipelineFile, Map<String, String> params, Services services) {
    return resolver(PipelinePaths.baseDirectory(pipelineFile), params, (source, why) -> {
    }, services);
  }

  private static Optional<Schema> resolve(Source source, Location at) {
    KindResolver r = KINDS.get(source.eClass());
    if (r == null) {
      return Optional.empty();
    }
    Path file = at.path(source);
    BasicFileAttributes attrs = null;
    try {
      attrs = file == null ? null : Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      // no such file (yet), a glob, ...: not cached
    }
    if (attrs == null || !attrs.isRegularFile()) {
      return r.resolve(source, at);
    }
    Key key = new Key(source.eClass(), file.toAbsolutePath().normalize(), attrs.size(), attrs.lastModifiedTime().toMillis(), settings(source));
    synchronized (CACHE) {
      Optional<Schema> hit = CACHE.get(key);
      if (hit != null) {
        return hit;
      }
    }
    Optional<Schema> schema = r.resolve(source, at);
    synchronized (CACHE) {
      CACHE.put(key, schema);
    }
    return schema;
  }

  /** The source's reading settings (delimiter, header, ...): every attribute but its name, description and tags. */
  private static String settings(Source source) {
    StringBuilder b = new StringBuilder();
    for (EAttribute a : source.eClass().getEAllAttributes()) {
      if (a.getEContainingClass() != SluicePackage.Literals.STEP) {
        b.append(a.getName()).append('=').append(source.eGet(a)).append('\u0000');
      }
    }
    return b.toString();
  }
}
