package io.sluice.model.resource;

import java.util.List;

import io.sluice.model.Pipeline;

/**
 * What {@link SluiceModel#load} found: the pipeline (null when the file could not be read) and the
 * problems, each naming the file and line. {@code migratedFrom} is the file's formatVersion before
 * migration (equal to the current version when nothing was migrated).
 */
public record LoadResult(String file, Pipeline pipeline, int migratedFrom, List<LoadProblem> problems) {

  public LoadResult {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return pipeline != null && problems.isEmpty();
  }

  public boolean wasMigrated() {
    return migratedFrom != SluiceModel.CURRENT_FORMAT_VERSION;
  }
}
