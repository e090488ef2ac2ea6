package io.sluice.runtime.internal.types;

/**
 * Allocation-free parsing and formatting of DATE (days since 1970-01-01) and TIMESTAMP (microseconds since
 * the epoch, UTC) over ASCII bytes. Parsers return {@link #INVALID} for text they do not accept.
 */
public final class Temporal {
    /** Marker for "not a valid date/timestamp". */
    public static final long INVALID = Long.MIN_VALUE;
    public static final long MICROS_PER_DAY = 86_400_000_000L;

    private Temporal() {
    }

    /** Days since the epoch of a proleptic Gregorian date; no validation. */
    public static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** {year, month, day} of a day number. */
    public static int[] civilFromDays(long z) {
        z += 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        return new int[] { (int) (y + (m <= 2 ? 1 : 0)), m, d };
    }

    static boolean leap(long y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    static int monthLength(long y, int m) {
        return switch (m) {
            case 2 -> leap(y) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digits(byte[] b, int s, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int c = b[s + i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /** Parses {@code YYYY-MM-DD} in b[s, e); returns days or {@link #INVALID}. */
    public static long parseDate(byte[] b, int s, int e) {
        if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
            return INVALID;
        }
        int y = digits(b, s, 4);
        int m = digits(b, s + 5, 2);
        int d = digits(b, s + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) {
            return INVALID;
        }
        return daysFromCivil(y, m, d);
    }

    /**
     * Parses {@code YYYY-MM-DD[( |T)HH:MM[:SS[.fraction]]][Z|(+|-)HH[:]MM]} in b[s, e); returns microseconds
     * since the epoch (UTC) or {@link #INVALID}. Fractions beyond microseconds are truncated.
     */
    public static long parseTimestamp(byte[] b, int s, int e) {
        if (e - s < 10) {
            return INVALID;
        }
        long days = parseDate(b, s, s + 10);
        if (days == INVALID) {
            return INVALID;
        }
        int p = s + 10;
        long micros = 0;
        if (p < e) {
            if ((b[p] != ' ' && b[p] != 'T') || e - p < 6 || b[p + 3] != ':') {
                return INVALID;
            }
            int hh = digits(b, p + 1, 2);
            int mm = digits(b, p + 4, 2);
            if (hh < 0 || hh > 23 || mm < 0 || mm > 59) {
                return INVALID;
            }
            micros = (hh * 3600L + mm * 60L) * 1_000_000L;
            p += 6;
            if (p < e && b[p] == ':') {
                if (e - p < 3) {
                    return INVALID;
                }
                int ss = digits(b, p + 1, 2);
                if (ss < 0 || ss > 59) {
                    return INVALID;
                }
                micros += ss * 1_000_000L;
                p += 3;
                if (p < e && b[p] == '.') {
                    p++;
                    int start = p;
                    long frac = 0;
                    int n = 0;
                    while (p < e && b[p] >= '0' && b[p] <= '9') {
                        if (n < 6) {
                            frac = frac * 10 + (b[p] - '0');
                            n++;
                        }
                        p++;
                    }
                    if (p == start) {
                        return INVALID;
                    }
                    for (; n < 6; n++) {
                        frac *= 10;
                    }
                    micros += frac;
                }
            }
            if (p < e) {
                if (b[p] == 'Z' && p + 1 == e) {
                    p++;
                } else if (b[p] == '+' || b[p] == '-') {
                    int sign = b[p] == '+' ? 1 : -1;
                    int oh;
                    int om;
                    if (e - p == 6 && b[p + 3] == ':') {
                        oh = digits(b, p + 1, 2);
                        om = digits(b, p + 4, 2);
                    } else if (e - p == 5) {
                        oh = digits(b, p + 1, 2);
                        om = digits(b, p + 3, 2);
                    } else if (e - p == 3) {
                        oh = digits(b, p + 1, 2);
                        om = 0;
                    } else {
                        return INVALID;
                    }
                    if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                        return INVALID;
                    }
                    micros -= sign * (oh * 3600L + om * 60L) * 1_000_000L;
                    p = e;
                } else {
                    return INVALID;
                }
            }
        }
        return days * MICROS_PER_DAY + micros;
    }

    /** ISO {@code YYYY-MM-DD}. */
    public static String formatDate(long days) {
        return appendDate(new StringBuilder(10), days).toString();
    }

    /** Appends ISO {@code YYYY-MM-DD} (no intermediate string: sinks call it per value). */
    public static StringBuilder appendDate(StringBuilder sb, long days) {
        int[] c = civilFromDays(days);
        pad(sb, c[0], 4).append('-');
        pad(sb, c[1], 2).append('-');
        return pad(sb, c[2], 2);
    }

    /** {@code YYYY-MM-DD HH:MM:SS[.ffffff]} (UTC; fraction only when non-zero, without trailing zeros). */
    public static String formatTimestamp(long micros) {
        return appendTimestamp(new StringBuilder(26), micros).toString();
    }

    /** Appends {@link #formatTimestamp}'s text (no intermediate string: sinks call it per value). */
    public static StringBuilder appendTimestamp(StringBuilder sb, long micros) {
        long days = Math.floorDiv(micros, MICROS_PER_DAY);
        long rest = Math.floorMod(micros, MICROS_PER_DAY);
        appendDate(sb, days).append(' ');
        long secs = rest / 1_000_000;
        pad(sb, (int) (secs / 3600), 2).append(':');
        pad(sb, (int) (secs / 60 % 60), 2).append(':');
        pad(sb, (int) (secs % 60), 2);
        long frac = rest % 1_000_000;
        if (frac != 0) {
            sb.append('.');
            int len = sb.length();
            pad(sb, (int) frac, 6);
            int end = sb.length();
            while (end > len && sb.charAt(end - 1) == '0') {
                end--;
            }
            sb.setLength(end);
        }
        return sb;
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        if (v < 0) {
            sb.append('-');
            v = -v;
        }
        int digits = 1;
        for (int x = v; x >= 10; x /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            sb.append('0');
        }
        return sb.append(v);
    }
}
