package io.sluice.model.resource;

/**
 * The one JSON string escaper of Sluice (no JSON library needed for flat records): the model's problem and diff
 * formatters, the command line's JSON output and the runtime's JSON lines writer use it.
 */
public final class Json {
  private Json() {
  }

  /** The JSON string literal for {@code s}, or {@code null}. */
  public static String str(String s) {
    if (s == null) {
      return "null"; //$NON-NLS-1$
    }
    StringBuilder sb = new StringBuilder(s.length() + 2);
    quote(sb, s);
    return sb.toString();
  }

  /** Appends {@code s} as a JSON string literal: quotes, backslashes and control characters escaped. */
  public static void quote(StringBuilder sb, String s) {
    sb.append('"');
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
            sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16)); //$NON-NLS-1$
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
