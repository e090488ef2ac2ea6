package io.sluice.model.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.sluice.expression.types.DataType;
import io.sluice.expression.types.Field;
import io.sluice.expression.types.Schema;
import io.sluice.model.CsvSource;
import io.sluice.model.FileSource;
import io.sluice.model.PipelineParameters;
import io.sluice.model.PipelinePaths;
import io.sluice.model.Source;

/**
 * Infers a CSV source's schema from its header and the first rows, without Arrow.
 * <ul>
 * <li>Names come from the header (or {@code column_1, column_2, ...} without one); blank names become
 * {@code column_N}, repeated names get {@code _2}, {@code _3}, ...</li>
 * <li>A column's type is the narrowest that every non-empty sampled value fits <em>and gives back exactly</em>
 * (leading zeros, {@code +}, exponents, integers past 18 digits, fractions a double would round and impossible
 * dates stay STRING), tried in this order:
 * BOOLEAN ({@code true}/{@code false}), INT64, FLOAT64, DATE ({@code yyyy-MM-dd}), TIMESTAMP
 * ({@code yyyy-MM-dd HH:mm:ss[.f]}, at most microseconds: a nanosecond fraction stays STRING; also with {@code T}, a {@code Z} or an offset such as {@code +00} or {@code +01:00}, as
 * the CSV reader accepts them), else STRING. A column with no value is STRING.</li>
 * <li>Every inferred column is nullable: a sample cannot prove that a value is never missing.</li>
 * <li>A source with {@code inferDecimals} set reads fixed-point columns as DECIMAL (see
 * {@link #inferWithDecimals}).</li>
 * </ul>
 * Paths expand {@code ${param}} (overrides first, then the parameter's default) and resolve relative
 * to the base directory (the working directory by default).
 */
public final class CsvSchemaInference implements SourceSchemaResolver {

  private static final Pattern INT = Pattern.compile("[-+]?\\d{1,18}"); //$NON-NLS-1$
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"); //$NON-NLS-1$
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}"); //$NON-NLS-1$
  private static final Pattern GLOB = Pattern.compile("[*?\\[{]"); //$NON-NLS-1$
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6}0{0,3})?(Z|[-+]\\d{2}(:?\\d{2})?)?"); //$NON-NLS-1$

  private final Path baseDir;
  private final Map<String, String> overrides;
  private final int sampleRows;

  /** Reads up to 100 rows, paths relative to the working directory, parameter defaults only. */
  public CsvSchemaInference() {
    this(Path.of(""), Map.of(), 100); //$NON-NLS-1$
  }

  /** Reads up to 100 rows of the files of the pipeline in {@code pipelineFile} (see {@link PipelinePaths}). */
  public static CsvSchemaInference forFile(Path pipelineFile, Map<String, String> parameterOverrides) {
    return new CsvSchemaInference(PipelinePaths.baseDirectory(pipelineFile), parameterOverrides, 100);
  }

  /** Any file source whose path names no existing file: a missing file, folder, or a glob that matches nothing. */
  @Override
  public Optional<String> missingInput(Source source) {
    if (!(source instanceof FileSource file) || file.getPath() == null || file.getPath().isBlank()) {
      return Optional.empty();
    }
    String path = PipelineParameters.expand(file.getPipeline(), file.getPath(), overrides);
    if (path.contains("${")) { //$NON-NLS-1$
      return Optional.empty();
    }
    Path resolved;
    try {
      resolved = PipelinePaths.resolve(baseDir.toAbsolutePath(), path);
    } catch (InvalidPathException e) {
      return Optional.of("input path '" + path + "' is not a valid path: " + e.getReason()); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (Files.exists(resolved)) {
      return Optional.empty();
    }
    String name = resolved.getFileName() == null ? "" : resolved.getFileName().toString(); //$NON-NLS-1$
    if (GLOB.matcher(name).find() && resolved.getParent() != null && Files.isDirectory(resolved.getParent())) {
      PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + name); //$NON-NLS-1$
      try (Stream<Path> files = Files.list(resolved.getParent())) {
        if (files.anyMatch(f -> matcher.matches(f.getFileName()))) {
          return Optional.empty();
        }
      } catch (IOException e) {
        return Optional.empty();
      }
      return Optional.of("no input file matches '" + path + "' (looked in " + resolved.getParent() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
    return Optional.of("input file '" + path + "' does not exist (looked for " + resolved + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
  }

  public CsvSchemaInference(Path baseDir, Map<String, String> parameterOverrides, int sampleRows) {
    this.baseDir = baseDir;
    this.overrides = Map.copyOf(parameterOverrides);
    this.sampleRows = sampleRows;
  }

  @Override
  public Optional<Schema> resolve(Source source) {
    if (!(source instanceof CsvSource csv) || csv.getPath() == null) {
      return Optional.empty();
    }
    String path = PipelineParameters.expand(csv.getPipeline(), csv.getPath(), overrides);
    if (path.contains("${")) { //$NON-NLS-1$
      return Optional.empty();
    }
    Charset charset;
    try {
      charset = csv.getEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(csv.getEncoding());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
    char delimiter = csv.getDelimiter() == null || csv.getDelimiter().length() != 1 ? ',' : csv.getDelimiter().charAt(0);
    char quote = csv.getQuote() == null || csv.getQuote().length() != 1 ? '"' : csv.getQuote().charAt(0);
    try (BufferedReader in = Files.newBufferedReader(PipelinePaths.resolve(baseDir, path), charset)) {
      return Optional.of(infer(in, delimiter, quote, csv.isHeader(), csv.getNullValue(), sampleRows, false,
          csv.isInferDecimals()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Infers a schema from CSV text (see the class comment for the rules). */
  public static Schema infer(Reader reader, char delimiter, char quote, boolean header, String nullValue, int sampleRows)
      throws IOException {
    return infer(reader, delimiter, quote, header, nullValue, sampleRows, false, false);
  }

  /**
   * As {@link #infer(Reader, char, char, boolean, String, int)}, and asked for DECIMAL: a column whose values are all
   * fixed-point numbers ({@code 12.50}, {@code -3}) with a fraction in at least one is DECIMAL(p, s) — s the most
   * decimals sampled, p those plus the most integer digits, at least 18 and at most 38 — instead of FLOAT64, or
   * instead of STRING when a double would round one of them. Leading zeros, {@code +}, exponents ({@code 1e5}) and
   * integers alone keep the column's plain type.
   */
  public static Schema inferWithDecimals(Reader reader, char delimiter, char quote, boolean header, String nullValue,
      int sampleRows) throws IOException {
    return infer(reader, delimiter, quote, header, nullValue, sampleRows, false, true);
  }

  /**
   * The columns a file's header names, each typed by what most of its sampled values are (the narrowest type more
   * than half of the non-empty values read as; {@link DataType#NULL} when there are none): the view schema drift
   * needs, where a few bad values are rows to reject, not a changed column.
   */
  public static Schema inferForDrift(Reader reader, char delimiter, char quote, String nullValue, int sampleRows)
      throws IOException {
    return infer(reader, delimiter, quote, true, nullValue, sampleRows, true, false);
  }

  private static Schema infer(Reader reader, char delimiter, char quote, boolean header, String nullValue, int sampleRows,
      boolean majority, boolean decimals) throws IOException {
    CsvRecords records = new CsvRecords(reader, delimiter, quote);
    List<String> first = records.next();
    if (first == null) {
      return Schema.EMPTY;
    }
    if (!first.isEmpty() && first.get(0).startsWith("\uFEFF")) { //$NON-NLS-1$
      first = new ArrayList<>(first); // a UTF-8 byte order mark is not part of the first column's name or value
      first.set(0, first.get(0).substring(1));
    }
    List<String> names = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    if (header) {
      names.addAll(first);
    } else {
      rows.add(first);
      for (int i = 0; i < first.size(); i++) {
        names.add(""); //$NON-NLS-1$
      }
    }
    List<String> row;
    while (rows.size() < sampleRows && (row = records.next()) != null) {
      rows.add(row);
    }
    List<Field> fields = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (int c = 0; c < names.size(); c++) {
      String name = (c == 0 ? names.get(c).replace("\uFEFF", "") : names.get(c)).strip(); //$NON-NLS-1$ //$NON-NLS-2$
      if (name.isEmpty()) {
        name = "column_" + (c + 1); //$NON-NLS-1$
      }
      String unique = name;
      for (int n = 2; !taken.add(unique); n++) {
        unique = name + "_" + n; //$NON-NLS-1$
      }
      String nulls = nullValue == null ? "" : nullValue; //$NON-NLS-1$
      DataType type = majority ? majorityType(rows, c, nulls) : inferType(rows, c, nulls);
      fields.add(Field.nullable(unique, decimals && (type == DataType.FLOAT64 || type == DataType.STRING)
          ? decimalType(rows, c, nulls, type) : type));
    }
    return new Schema(fields);
  }

  /*
   * A value is inferred as a type only when that type gives it back exactly: written out again, the number, date or
   * time is the same text (up to the insignificant: trailing zeros of a fraction, 'T' or ' ' between date and time).
   * So a zip code 08123, a signed +5, 1e5, a 25-digit id or 2024-02-30 stay text.
   */

  private static final Pattern FIXED_POINT = Pattern.compile("-?(0|[1-9]\\d*)(\\.(\\d+))?"); //$NON-NLS-1$

  /**
   * DECIMAL(p, s) holding every sampled value of a FLOAT64 column, or of a STRING column of fixed-point numbers a double
   * would round ({@code 123456789012345678.91}), exactly; {@code otherwise} when one value is not fixed-point (leading
   * zeros, {@code +}, an exponent), none has a fraction (a huge integer stays text) or they need more than 38 digits.
   */
  private static DataType decimalType(List<List<String>> rows, int column, String nullValue, DataType otherwise) {
    int scale = 0;
    int integer = 1;
    boolean any = false;
    for (List<String> row : rows) {
      String v = column < row.size() ? row.get(column).strip() : ""; //$NON-NLS-1$
      if (v.isEmpty() || v.equals(nullValue)) {
        continue;
      }
      java.util.regex.Matcher m = FIXED_POINT.matcher(v);
      if (!m.matches()) {
        return otherwise;
      }
      any = true;
      scale = Math.max(scale, m.group(3) == null ? 0 : m.group(3).length());
      integer = Math.max(integer, m.group(1).length());
    }
    if (!any || scale == 0 || integer + scale > DataType.MAX_DECIMAL_PRECISION) {
      return otherwise;
    }
    return DataType.decimal(Math.max(18, integer + scale), scale);
  }

  static boolean isInteger(String v) {
    if (!INT.matcher(v).matches()) {
      return false;
    }
    return Long.toString(Long.parseLong(v)).equals(v); // no leading zeros, no '+', no "-0"
  }

  static boolean isFloating(String v) {
    if (!FLOAT.matcher(v).matches() || v.indexOf('e') >= 0 || v.indexOf('E') >= 0) {
      return false;
    }
    String digits = v.startsWith("-") || v.startsWith("+") ? v.substring(1) : v; //$NON-NLS-1$ //$NON-NLS-2$
    if (v.startsWith("+") || digits.startsWith(".") || digits.endsWith(".") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        || digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != '.') {
      return false;
    }
    java.math.BigDecimal exact = new java.math.BigDecimal(v);
    double d = exact.doubleValue();
    return !Double.isInfinite(d) && new java.math.BigDecimal(Double.toString(d)).compareTo(exact) == 0;
  }

  static boolean isDate(String v) {
    if (!DATE.matcher(v).matches()) {
      return false;
    }
    try {
      return java.time.LocalDate.parse(v).toString().equals(v);
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  static boolean isTimestamp(String v) {
    if (!TIMESTAMP.matcher(v).matches()) {
      return false;
    }
    try {
      String iso = v.endsWith("Z") ? v.substring(0, v.length() - 1) : v; //$NON-NLS-1$
      java.time.LocalDateTime.parse(iso.replace(' ', 'T'));
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static DataType majorityType(List<List<String>> rows, int column, String nullValue) {
    int n = 0;
    int bool = 0;
    int integer = 0;
    int floating = 0;
    int date = 0;
    int timestamp = 0;
    for (List<String> row : rows) {
      if (column >= row.size()) {
        continue;
      }
      String v = row.get(column).strip();
      if (v.isEmpty() || v.equals(nullValue)) {
        continue;
      }
      n++;
      bool += v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? 1 : 0; //$NON-NLS-1$ //$NON-NLS-2$
      // drift asks whether a column still holds numbers or dates, not which type to declare: the shapes suffice
      // (a declared DECIMAL(38,10) column holds values no double gives back, and is still numeric)
      integer += INT.matcher(v).matches() ? 1 : 0;
      floating += FLOAT.matcher(v).matches() ? 1 : 0;
      date += DATE.matcher(v).matches() ? 1 : 0;
      timestamp += TIMESTAMP.matcher(v).matches() ? 1 : 0;
    }
    if (n == 0) {
      return DataType.NULL;
    }
    int half = n / 2;
    return bool > half ? DataType.BOOLEAN : integer > half ? DataType.INT64 : floating > half ? DataType.FLOAT64
        : date > half ? DataType.DATE : timestamp > half ? DataType.TIMESTAMP : DataType.STRING;
  }

  private static DataType inferType(List<List<String>> rows, int column, String nullValue) {
    boolean any = false;
    boolean bool = true;
    boolean integer = true;
    boolean floating = true;
    boolean date = true;
    boolean timestamp = true;
    for (List<String> row : rows) {
      if (column >= row.size()) {
        continue;
      }
      String v = row.get(column).strip();
      if (v.isEmpty() || v.equals(nullValue)) {
        continue;
      }
      any = true;
      bool &= v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"); //$NON-NLS-1$ //$NON-NLS-2$
      integer &= isInteger(v);
      floating &= isFloating(v);
      date &= isDate(v);
      timestamp &= isTimestamp(v);
    }
    if (!any) {
      return DataType.STRING;
    }
    if (bool) {
      return DataType.BOOLEAN;
    }
    if (integer) {
      return DataType.INT64;
    }
    if (floating) {
      return DataType.FLOAT64;
    }
    if (date) {
      return DataType.DATE;
    }
    return timestamp ? DataType.TIMESTAMP : DataType.STRING;
  }

  /** Minimal RFC 4180 record reader: quoted fields, doubled quotes, line breaks inside quotes. */
  private static final class CsvRecords {
    private final Reader in;
    private final char delimiter;
    private final char quote;
    private boolean eof;

    CsvRecords(Reader in, char delimiter, char quote) {
      this.in = in.markSupported() ? in : new BufferedReader(in);
      this.delimiter = delimiter;
      this.quote = quote;
    }

    List<String> next() throws IOException {
      if (eof) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean sawAnything = false;
      int c;
      while (true) {
        c = in.read();
        if (c < 0) {
          eof = true;
          if (!sawAnything) {
            return null;
          }
          fields.add(field.toString());
          return fields;
        }
        sawAnything = true;
        char ch = (char) c;
        if (quoted) {
          if (ch == quote) {
            in.mark(1);
            int n = in.read();
            if (n == quote) {
              field.append(quote);
            } else {
              quoted = false;
              if (n >= 0) {
                in.reset();
              }
            }
          } else {
            field.append(ch);
          }
        } else if (ch == quote) {
          quoted = true;
        } else if (ch == delimiter) {
          fields.add(field.toString());
          field.setLength(0);
        } else if (ch == '\n') {
          fields.add(field.toString());
          return fields;
        } else if (ch != '\r') {
          field.append(ch);
        }
      }
    }
  }
}
