package io.sluice.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.sluice.bench.data.DataSet;

/** The benchmark's workloads: what Sluice runs (a .sluice file and its parameters) and what DuckDB runs (SQL). */
public enum Workload {
    /**
     * {@code examples/orders.sluice}: CSV, filter paid orders with a quantity, derive revenue and day, group by
     * country and day (sum, count, avg), sort, Parquet.
     */
    AGGREGATE,
    /**
     * {@code orders-join.sluice}: dedup orders by order_id (keep the earliest order_ts, which the generator makes the
     * first occurrence in the file too), inner join customers, Parquet.
     */
    JOIN,
    /**
     * {@code orders-decimal.sluice}: CSV with the amount read as DECIMAL(12,2), exact SUM, COUNT and MAX per country,
     * sort, CSV (compared with DuckDB's output text exactly: money stays exact).
     */
    DECIMAL,
    /**
     * {@code orders-nested.sluice}: the orders as JSON lines with an {@code items} list of structs (derived from
     * {@code orders.csv} by DuckDB, untimed), unnested, flattened, SUM of qty and COUNT per sku, sort, CSV (compared
     * with DuckDB's {@code unnest} output text exactly).
     */
    NESTED,
    /**
     * {@code orders-nested-parquet.sluice}: {@link #NESTED} reading the same orders from Parquet ({@code items} a
     * three-level LIST of STRUCT, written from the JSON lines by DuckDB, untimed); DuckDB reads that file too.
     */
    NESTED_PARQUET;

    /** Resource path of the bundled nested pipeline over Parquet. */
    public static final String NESTED_PARQUET_PIPELINE_RESOURCE = "/io/sluice/bench/orders-nested-parquet.sluice"; //$NON-NLS-1$

    /** Resource path of the bundled nested pipeline. */
    public static final String NESTED_PIPELINE_RESOURCE = "/io/sluice/bench/orders-nested.sluice"; //$NON-NLS-1$

    /** Resource path of the bundled join pipeline. */
    public static final String JOIN_PIPELINE_RESOURCE = "/io/sluice/bench/orders-join.sluice"; //$NON-NLS-1$

    /** Resource path of the bundled DECIMAL pipeline. */
    public static final String DECIMAL_PIPELINE_RESOURCE = "/io/sluice/bench/orders-decimal.sluice"; //$NON-NLS-1$

    /** The output file's extension: {@code csv} for DECIMAL (exact text), else {@code parquet}. */
    public String outputExtension() {
        return this == DECIMAL || this == NESTED || this == NESTED_PARQUET ? "csv" : "parquet"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Workload of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** The --param values of the Sluice pipeline. */
    public Map<String, String> parameters(DataSet data, Path output) {
        Map<String, String> p = new LinkedHashMap<>();
        switch (this) {
            case AGGREGATE, DECIMAL -> {
                p.put("input", data.orders().toAbsolutePath().toString()); //$NON-NLS-1$
                p.put("output", output.toAbsolutePath().toString()); //$NON-NLS-1$
            }
            case NESTED -> {
                p.put("input", nestedOrders(data).toAbsolutePath().toString()); //$NON-NLS-1$
                p.put("output", output.toAbsolutePath().toString()); //$NON-NLS-1$
            }
            case NESTED_PARQUET -> {
                p.put("input", nestedParquetOrders(data).toAbsolutePath().toString()); //$NON-NLS-1$
                p.put("output", output.toAbsolutePath().toString()); //$NON-NLS-1$
            }
            case JOIN -> {
                p.put("orders", data.orders().toAbsolutePath().toString()); //$NON-NLS-1$
                p.put("customers", data.customersFile().toAbsolutePath().toString()); //$NON-NLS-1$
                p.put("output", output.toAbsolutePath().toString()); //$NON-NLS-1$
            }
        }
        return p;
    }

    /** DuckDB's statement for the same work: one COPY … TO … (FORMAT parquet). */
    public String duckDbSql(DataSet data, Path output) {
        String orders = ordersScan(data.orders());
        String target = sqlString(output.toAbsolutePath().toString());
        return switch (this) {
            case AGGREGATE -> "COPY (SELECT country, CAST(order_ts AS DATE) AS day, SUM(amount * quantity) AS revenue, " //$NON-NLS-1$
                    + "COUNT(*) AS orders, AVG(amount) AS avg_amount FROM " + orders //$NON-NLS-1$
                    + " WHERE status = 'paid' AND quantity > 0 GROUP BY country, day " //$NON-NLS-1$
                    + "ORDER BY country ASC NULLS LAST, day ASC NULLS LAST) TO " + target //$NON-NLS-1$
                    + " (FORMAT parquet, COMPRESSION snappy)"; //$NON-NLS-1$
            case DECIMAL -> "COPY (SELECT country, SUM(amount) AS total_amount, COUNT(amount) AS amounts, " //$NON-NLS-1$
                    + "MAX(amount) AS max_amount FROM " + orders.replace("'amount': 'DOUBLE'", "'amount': 'DECIMAL(12,2)'") //$NON-NLS-1$ //$NON-NLS-2$
                    + " GROUP BY country ORDER BY country ASC NULLS LAST) TO " + target //$NON-NLS-1$
                    + " (FORMAT csv, HEADER true)"; //$NON-NLS-1$
            case NESTED -> "COPY (SELECT i.sku AS sku, SUM(i.qty) AS qty, COUNT(*) AS lines FROM (SELECT unnest(items) AS i FROM " //$NON-NLS-1$
                    + nestedScan(nestedOrders(data)) + ") GROUP BY sku ORDER BY sku ASC NULLS LAST) TO " + target //$NON-NLS-1$
                    + " (FORMAT csv, HEADER true)"; //$NON-NLS-1$
            case NESTED_PARQUET -> "COPY (SELECT i.sku AS sku, SUM(i.qty) AS qty, COUNT(*) AS lines FROM (SELECT unnest(items) AS i FROM " //$NON-NLS-1$
                    + "read_parquet(" + sqlString(nestedParquetOrders(data).toAbsolutePath().toString()) //$NON-NLS-1$
                    + ")) GROUP BY sku ORDER BY sku ASC NULLS LAST) TO " + target + " (FORMAT csv, HEADER true)"; //$NON-NLS-1$ //$NON-NLS-2$
            case JOIN -> "COPY (SELECT o.*, c.customer_id AS customer_id_right, c.name, c.country AS country_right, " //$NON-NLS-1$
                    + "c.segment, c.signup_date FROM (SELECT * FROM " + orders //$NON-NLS-1$
                    // the generator makes the first occurrence in the file the one with the earliest order_ts
                    + " QUALIFY row_number() OVER (PARTITION BY order_id ORDER BY order_ts) = 1) o " //$NON-NLS-1$
                    + "JOIN " + customersScan(data.customersFile()) + " c ON o.customer_id = c.customer_id) TO " //$NON-NLS-1$ //$NON-NLS-2$
                    + target + " (FORMAT parquet, COMPRESSION snappy)"; //$NON-NLS-1$
        };
    }

    static String ordersScan(Path csv) {
        return "read_csv(" + sqlString(csv.toAbsolutePath().toString()) //$NON-NLS-1$
                + ", header = true, delim = ',', quote = '\"', auto_detect = false, timestampformat = '%Y-%m-%d %H:%M:%S', " //$NON-NLS-1$
                + "columns = {'order_id': 'BIGINT', 'customer_id': 'BIGINT', 'country': 'VARCHAR', " //$NON-NLS-1$
                + "'order_ts': 'TIMESTAMP', 'amount': 'DOUBLE', 'quantity': 'INTEGER', 'status': 'VARCHAR', " //$NON-NLS-1$
                + "'email': 'VARCHAR'})"; //$NON-NLS-1$
    }

    static String nestedScan(Path jsonl) {
        return "read_json(" + sqlString(jsonl.toAbsolutePath().toString()) //$NON-NLS-1$
                + ", format = 'newline_delimited', columns = {'order_id': 'BIGINT', 'country': 'VARCHAR', " //$NON-NLS-1$
                + "'items': 'STRUCT(sku VARCHAR, qty BIGINT)[]'})"; //$NON-NLS-1$
    }

    /**
     * The nested orders beside {@code orders.csv} ({@code orders-nested.jsonl}), written by DuckDB on first use
     * (untimed): per order its id, country and {@code quantity} items {@code {sku, qty}} (an empty list for quantity
     * 0, null for a missing quantity), every value a function of the order's line.
     */
    public static Path nestedOrders(DataSet data) {
        Path out = data.dir().resolve("orders-nested.jsonl"); //$NON-NLS-1$
        try {
            if (java.nio.file.Files.isRegularFile(out)
                    && java.nio.file.Files.getLastModifiedTime(out).compareTo(java.nio.file.Files.getLastModifiedTime(data.orders())) >= 0) {
                return out;
            }
            Path tmp = data.dir().resolve("orders-nested.jsonl.tmp"); //$NON-NLS-1$
            io.sluice.bench.duckdb.DuckDbRunner.run("COPY (SELECT order_id, country, CASE WHEN quantity IS NULL THEN NULL " //$NON-NLS-1$
                    + "ELSE list_transform(range(quantity), i -> {'sku': 'sku-' || ((order_id * 7 + i) % 50)::VARCHAR, " //$NON-NLS-1$
                    + "'qty': (1 + (order_id + i) % 3)::BIGINT}) END AS items FROM " + ordersScan(data.orders()) //$NON-NLS-1$
                    + ") TO " + sqlString(tmp.toAbsolutePath().toString()) + " (FORMAT json)", 2); //$NON-NLS-1$ //$NON-NLS-2$
            java.nio.file.Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw new IllegalStateException("could not write the nested orders: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * The nested orders as Parquet beside {@code orders.csv} ({@code orders-nested.parquet}, snappy, row groups of
     * 122880 rows), written by DuckDB from {@link #nestedOrders} on first use (untimed).
     */
    public static Path nestedParquetOrders(DataSet data) {
        Path json = nestedOrders(data);
        Path out = data.dir().resolve("orders-nested.parquet"); //$NON-NLS-1$
        try {
            if (java.nio.file.Files.isRegularFile(out)
                    && java.nio.file.Files.getLastModifiedTime(out).compareTo(java.nio.file.Files.getLastModifiedTime(json)) >= 0) {
                return out;
            }
            Path tmp = data.dir().resolve("orders-nested.parquet.tmp"); //$NON-NLS-1$
            io.sluice.bench.duckdb.DuckDbRunner.run("COPY (SELECT * FROM " + nestedScan(json) + ") TO " //$NON-NLS-1$ //$NON-NLS-2$
                    + sqlString(tmp.toAbsolutePath().toString()) + " (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 122880)", 2); //$NON-NLS-1$
            java.nio.file.Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw new IllegalStateException("could not write the nested orders as Parquet: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    static String customersScan(Path csv) {
        return "read_csv(" + sqlString(csv.toAbsolutePath().toString()) //$NON-NLS-1$
                + ", header = true, delim = ',', quote = '\"', auto_detect = false, dateformat = '%Y-%m-%d', " //$NON-NLS-1$
                + "columns = {'customer_id': 'BIGINT', 'name': 'VARCHAR', 'country': 'VARCHAR', " //$NON-NLS-1$
                + "'segment': 'VARCHAR', 'signup_date': 'DATE'})"; //$NON-NLS-1$
    }

    /** A SQL string literal. */
    public static String sqlString(String s) {
        return "'" + s.replace("'", "''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
