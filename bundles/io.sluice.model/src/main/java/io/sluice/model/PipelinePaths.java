package io.sluice.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one rule for relative paths in a pipeline: they resolve against the folder of the pipeline's file, so a
 * pipeline and its data move together (a Git repository, a copied folder) and run the same from the designer and
 * the command line, whatever the working directory. A value typed on a command line is the exception a shell user
 * expects: a relative value for a {@link ParameterType#PATH PATH} parameter is taken from the working directory.
 */
public final class PipelinePaths {

  private PipelinePaths() {
  }

  /**
   * The folder relative paths of the pipeline in {@code pipelineFile} resolve against: the file's folder, or the
   * working directory for a pipeline that has no file yet.
   */
  public static Path baseDirectory(Path pipelineFile) {
    Path folder = pipelineFile == null ? null : pipelineFile.toAbsolutePath().normalize().getParent();
    return folder != null ? folder : Path.of("").toAbsolutePath(); //$NON-NLS-1$
  }

  /** {@code path} (parameters already expanded) against {@code baseDirectory}; an absolute path stays as it is. */
  public static Path resolve(Path baseDirectory, String path) {
    return baseDirectory.resolve(path).normalize();
  }

  /**
   * Parameter values given on a command line, with each relative value of a PATH parameter of {@code pipeline} made
   * absolute against {@code workingDirectory}; other values are unchanged.
   */
  public static Map<String, String> commandLineValues(Pipeline pipeline, Map<String, String> values,
      Path workingDirectory) {
    Map<String, String> resolved = new LinkedHashMap<>(values);
    for (Map.Entry<String, String> e : resolved.entrySet()) {
      Parameter declared = pipeline == null ? null : pipeline.findParameter(e.getKey());
      String value = e.getValue();
      if (declared != null && declared.getType() == ParameterType.PATH && value != null && !value.isBlank()
          && !value.contains("${")) { //$NON-NLS-1$
        e.setValue(workingDirectory.toAbsolutePath().resolve(value).normalize().toString());
      }
    }
    return resolved;
  }
}
