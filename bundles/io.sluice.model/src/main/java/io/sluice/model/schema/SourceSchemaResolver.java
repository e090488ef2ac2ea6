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

  /**
   * Why the input of {@code source} cannot be read, when that is known before reading it: its file (or every file
   * of its directory or glob) does not exist. Validation reports this instead of a vague "could not be inferred".
   *
   * @return a message naming the path as written and where it was looked for, or empty
   */
  default Optional<String> missingInput(Source source) {
    return Optional.empty();
  }

  /** This resolver, then {@code next} when this one finds nothing. */
  default SourceSchemaResolver orElse(SourceSchemaResolver next) {
    SourceSchemaResolver first = this;
    return new SourceSchemaResolver() {
      @Override
      public Optional<Schema> resolve(Source source) {
        Optional<Schema> s = first.resolve(source);
        return s.isPresent() ? s : next.resolve(source);
      }

      @Override
      public Optional<String> missingInput(Source source) {
        Optional<String> m = first.missingInput(source);
        return m.isPresent() ? m : next.missingInput(source);
      }
    };
  }
}
