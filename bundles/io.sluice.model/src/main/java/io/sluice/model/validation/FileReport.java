package io.sluice.model.validation;

import java.util.List;

import io.sluice.model.resource.LoadProblem;

/**
 * What {@code sluice validate} says about one file: the problems that kept it from loading, or the
 * validation problems of the pipeline it holds.
 */
public record FileReport(String file, List<LoadProblem> loadProblems, List<Problem> problems) {

  public FileReport {
    loadProblems = List.copyOf(loadProblems);
    problems = List.copyOf(problems);
  }

  public int errorCount() {
    int n = loadProblems.size();
    for (Problem p : problems) {
      if (p.isError()) {
        n++;
      }
    }
    return n;
  }

  public int warningCount() {
    return problems.size() - (errorCount() - loadProblems.size());
  }

  public boolean hasErrors() {
    return errorCount() > 0;
  }
}
