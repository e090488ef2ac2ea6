package io.sluice.model.internal;

/** Just enough JSON writing for the formatters (no dependency). */
public final class Json {
  private Json() {
  }

  /** The JSON string literal for {@code s}, or {@code null}. */
  public static String str(String s) {
    if (s == null) {
      return "null"; //$NON-NLS-1$
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\""); //$NON-NLS-1$
        case '\\' -> sb.append("\\\\"); //$NON-NLS-1$
        case '\n' -> sb.append("\\n"); //$NON-NLS-1$
        case '\r' -> sb.append("\\r"); //$NON-NLS-1$
        case '\t' -> sb.append("\\t"); //$NON-NLS-1$
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
