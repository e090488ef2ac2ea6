package io.sluice.bench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.bench.Workload;
import io.sluice.bench.duckdb.DuckDbRunner;

class GeneratorTest {
    private static final long ROWS = 150_000;
    @TempDir
    static Path dir;
    static DataSet data;

    @BeforeAll
    static void generate() throws IOException {
        data = new DataSet(dir.resolve("ds"), ROWS, OrdersGenerator.defaultCustomers(ROWS), DataSet.DEFAULT_SEED);
        data.generate(2);
    }

    @Test
    void sameBytesWhateverTheThreadCount() throws IOException {
        Path one = dir.resolve("one.csv");
        Path three = dir.resolve("three.csv");
        new OrdersGenerator(data.seed(), ROWS, data.customers()).write(one, 1);
        new OrdersGenerator(data.seed(), ROWS, data.customers()).write(three, 3);
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(three));
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(data.orders()));
        assertTrue(data.isPresent());
        assertEquals(false, new DataSet(data.dir(), ROWS, data.customers(), 7).isPresent(), "other seed");
    }

    @Test
    void otherSeedOtherData() throws IOException {
        Path other = dir.resolve("other.csv");
        new OrdersGenerator(1, 1000, 100).write(other, 1);
        try (BufferedReader a = Files.newBufferedReader(other); BufferedReader b = Files.newBufferedReader(data.orders())) {
            a.readLine();
            b.readLine();
            assertTrue(!a.readLine().equals(b.readLine()));
        }
    }

    @Test
    void firstOccurrenceOfAnOrderIdHasItsEarliestTimestamp() throws IOException {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Map<Long, LocalDateTime> first = new HashMap<>();
        long lines = 0;
        long repeats = 0;
        try (BufferedReader r = Files.newBufferedReader(data.orders(), StandardCharsets.UTF_8)) {
            assertEquals(OrdersGenerator.HEADER, r.readLine());
            for (String line; (line = r.readLine()) != null;) {
                lines++;
                String[] c = line.split(",", -1);
                assertEquals(8, c.length, line);
                long id = Long.parseLong(c[0]);
                LocalDateTime ts = LocalDateTime.parse(c[3], f);
                LocalDateTime seen = first.putIfAbsent(id, ts);
                if (seen != null) {
                    repeats++;
                    assertTrue(ts.isAfter(seen), "line " + lines + " repeats order " + id + " with an earlier order_ts");
                }
            }
        }
        assertEquals(ROWS, lines);
        double share = repeats / (double) lines;
        assertTrue(share > 0.007 && share < 0.013, "duplicate share " + share);
    }

    @Test
    void distributionsAsDocumented() throws SQLException {
        String scan = "read_csv(" + Workload.sqlString(data.orders().toString()) + ", header = true)";
        try (Connection c = DuckDbRunner.open(2); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*), avg((status = 'paid')::INT), count(DISTINCT country), count(*) - count(country), "
                        + "count(*) - count(amount), count(*) - count(quantity), count(*) - count(status), "
                        + "count(*) - count(email), min(amount), max(amount), min(quantity), max(quantity), "
                        + "avg((quantity = 0)::INT), min(order_ts), max(order_ts), "
                        + "max(customer_id) FROM " + scan)) {
            rs.next();
            assertEquals(ROWS, rs.getLong(1));
            assertTrue(Math.abs(rs.getDouble(2) - 0.70) < 0.02, "paid share " + rs.getDouble(2));
            assertEquals(20, rs.getLong(3));
            for (int col = 4; col <= 8; col++) {
                assertTrue(rs.getLong(col) > 0, "nulls in column " + col);
                assertTrue(rs.getLong(col) < ROWS * 0.02, "too many nulls in column " + col);
            }
            assertTrue(rs.getDouble(9) >= 1.0 && rs.getDouble(10) <= 500.0);
            assertEquals(0, rs.getInt(11));
            assertEquals(10, rs.getInt(12));
            assertTrue(Math.abs(rs.getDouble(13) - 0.05) < 0.01, "zero quantity share " + rs.getDouble(13));
            assertTrue(rs.getString(14).startsWith("2024-01-01"), rs.getString(14));
            assertTrue(rs.getString(15).startsWith("2024-03-3") || rs.getString(15).startsWith("2024-04-0"), rs.getString(15));
            assertTrue(rs.getLong(16) > data.customers(), "some orders name no customer");
        }
    }

    @Test
    void customersAreUniqueAndUtf8() throws SQLException {
        String scan = "read_csv(" + Workload.sqlString(data.customersFile().toString()) + ", header = true)";
        try (Connection c = DuckDbRunner.open(2); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*), count(DISTINCT customer_id), min(customer_id), max(customer_id), "
                        + "count(DISTINCT segment), bool_or(name LIKE '%ü%' OR name LIKE '%ë%'), min(signup_date) FROM " + scan)) {
            rs.next();
            assertEquals(data.customers(), rs.getLong(1));
            assertEquals(data.customers(), rs.getLong(2));
            assertEquals(1, rs.getLong(3));
            assertEquals(data.customers(), rs.getLong(4));
            assertEquals(3, rs.getLong(5));
            assertTrue(rs.getBoolean(6));
            assertTrue(rs.getString(7).startsWith("2019-01"), rs.getString(7));
        }
    }
}
