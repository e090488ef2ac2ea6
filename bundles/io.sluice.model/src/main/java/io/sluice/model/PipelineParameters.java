package io.sluice.model;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${name}} references in string properties. {@code ${secret:name}} references are left alone:
 * only the runtime resolves secrets, and they never go into the file.
 */
public final class PipelineParameters {
  /** Matches {@code ${...}}; group 1 is the name. */
  public static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}"); //$NON-NLS-1$
  /** Prefix of a secret reference's name. */
  public static final String SECRET_PREFIX = "secret:"; //$NON-NLS-1$

  private PipelineParameters() {
  }

  /** Whether the text is exactly one {@code ${secret:name}} reference. */
  public static boolean isSecretReference(String text) {
    if (text == null) {
      return false;
    }
    Matcher m = REFERENCE.matcher(text.strip());
    return m.matches() && m.group(1).startsWith(SECRET_PREFIX) && m.group(1).length() > SECRET_PREFIX.length();
  }

  /** Parameter names referenced by the text (secrets excluded), in order. */
  public static Set<String> references(String text) {
    Set<String> names = new LinkedHashSet<>();
    if (text != null && text.indexOf("${") >= 0) { //$NON-NLS-1$
      Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        if (!m.group(1).startsWith(SECRET_PREFIX)) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  /**
   * Replaces {@code ${name}} by {@code overrides.get(name)}, else the parameter's default value; unknown
   * names and secrets are left as they are.
   */
  public static String expand(Pipeline pipeline, String text, Map<String, String> overrides) {
    if (text == null || text.indexOf("${") < 0) { //$NON-NLS-1$
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = overrides == null ? null : overrides.get(name);
      if (value == null && !name.startsWith(SECRET_PREFIX)) {
        Parameter p = pipeline == null ? null : pipeline.findParameter(name);
        value = p == null ? null : p.getDefaultValue();
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
