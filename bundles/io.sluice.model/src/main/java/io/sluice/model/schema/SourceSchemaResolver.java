package io.sluice.model.schema;

import java.util.Optional;

import io.sluice.expression.types.Schema;
import io.sluice.model.Source;

/**
 * Infers a source's schema from the data itself, for sources that declare no columns. The runtime
 * implements it for Parquet/Arrow/JDBC; {@link CsvSchemaInference} handles CSV without Arrow.
 * Implementations must not throw for unreadable data: they return empty.
 */
@FunctionalInterface
public interface SourceSchemaResolver {

  /** Resolves nothing; propagation then knows only declared columns. */
  SourceSchemaResolver NONE = source -> Optional.empty();

  /**
   * @param source a source without declared columns; its path may hold {@code ${param}} references
   *        (expand them with {@link io.sluice.model.PipelineParameters#expand})
   * @return the schema, or empty when it cannot be determined
   */
  Optional<Schema> resolve(Source source);

  /** This resolver, then {@code next} when this one finds nothing. */
  default SourceSchemaResolver orElse(SourceSchemaResolver next) {
    return source -> {
      Optional<Schema> s = resolve(source);
      return s.isPresent() ? s : next.resolve(source);
    };
  }
}
