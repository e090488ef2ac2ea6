package io.sluice.model;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in window sizes and freshness checks: a positive whole number and a unit
 * ({@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}), or ISO-8601 ({@code PT5M}, {@code P1D}).
 */
public final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)"); //$NON-NLS-1$

  private Durations() {
  }

  /** The duration, or empty when the text is blank, malformed, zero or negative. */
  public static Optional<Duration> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    Duration d;
    Matcher m = SHORT.matcher(t);
    try {
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        d = switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n); //$NON-NLS-1$
          case "s" -> Duration.ofSeconds(n); //$NON-NLS-1$
          case "m" -> Duration.ofMinutes(n); //$NON-NLS-1$
          case "h" -> Duration.ofHours(n); //$NON-NLS-1$
          default -> Duration.ofDays(n);
        };
      } else {
        d = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
      }
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
    return d.isZero() || d.isNegative() ? Optional.empty() : Optional.of(d);
  }
}
