package io.sluice.bench.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The {@code orders} table of the benchmark, as CSV with the columns of {@code examples/orders.sluice}:
 * {@code order_id,customer_id,country,order_ts,amount,quantity,status,email}.
 *
 * <p>Every line is a pure function of (seed, line number), so the output is the same for any thread count.
 * Distributions:
 * <ul>
 * <li>order_id: the line number + 1, except for about 1% of lines that re-deliver an order from at most 1000
 * lines earlier (same id, customer, country, amount, quantity and email; the timestamp is later by one minute
 * per line of distance, and half of them changed their status to {@code refunded}). So "keep the first
 * occurrence in file order" and "keep the earliest order_ts per order_id" pick the same rows; the ids of the
 * re-delivering lines are gaps.</li>
 * <li>customer_id: uniform over 1..{@code customers * 1.005}: about 0.5% of orders name a customer that the
 * customers table lacks, so an inner join drops them.</li>
 * <li>country: 20 ISO codes, skewed (US about 22%, IE about 1%); 0.5% empty (null).</li>
 * <li>order_ts: uniform over the 90 days from 2024-01-01 00:00:00, whole seconds.</li>
 * <li>amount: 1.00 to 500.00 with two decimals, skewed to small amounts; 0.3% empty.</li>
 * <li>quantity: 0 to 10, 5% zeros, skewed to small numbers; 0.3% empty.</li>
 * <li>status: paid 70%, pending 15%, refunded 8%, cancelled 7%; 0.2% empty.</li>
 * <li>email: derived from the customer; 1% empty.</li>
 * </ul>
 */
public final class OrdersGenerator {
    public static final String HEADER = "order_id,customer_id,country,order_ts,amount,quantity,status,email"; //$NON-NLS-1$
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    public static final int DAYS = 90;
    /** Share of lines that repeat an earlier order id. */
    public static final double DUPLICATE_SHARE = 0.01;
    static final int DUPLICATE_WINDOW = 1000;

    static final Weighted COUNTRIES = new Weighted(
            new String[] {"US", "DE", "GB", "FR", "NL", "ES", "IT", "SE", "PL", "CA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "AU", "JP", "BR", "MX", "IN", "CH", "AT", "BE", "DK", "IE"}, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            new double[] {22, 12, 10, 8, 6, 6, 5, 4, 4, 4, 3, 3, 3, 2, 2, 2, 1.5, 1.5, 1, 1});
    static final Weighted STATUSES = new Weighted(
            new String[] {"paid", "pending", "refunded", "cancelled"}, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            new double[] {70, 15, 8, 7});
    private static final byte[][] DOMAINS = {
        ascii("@example.com"), ascii("@example.org"), ascii("@mail.example.net"), ascii("@shop.test")}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final byte[] CUSTOMER = ascii("customer"); //$NON-NLS-1$
    private static final byte[] REFUNDED = ascii("refunded"); //$NON-NLS-1$
    private static final long SALT_ORDER = 0x6F72646572L;
    private static final long SALT_LINE = 0x6C696E65L;
    private static final int SECONDS_PER_DAY = 86_400;

    private final long seed;
    private final long rows;
    private final long customers;
    private final long customerRange;
    /** "yyyy-MM-dd " for every day an order or a re-delivery can fall on. */
    private final byte[][] dayPrefix;

    public OrdersGenerator(long seed, long rows, long customers) {
        if (rows < 0 || customers < 1) {
            throw new IllegalArgumentException("expected rows >= 0 and customers >= 1, got " + rows + " and " + customers); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.seed = seed;
        this.rows = rows;
        this.customers = customers;
        this.customerRange = customers + Math.max(1, customers / 200);
        int maxDelayDays = (int) ((long) DUPLICATE_WINDOW * 60 / SECONDS_PER_DAY) + 2;
        dayPrefix = new byte[DAYS + maxDelayDays][];
        for (int d = 0; d < dayPrefix.length; d++) {
            dayPrefix[d] = ascii(FIRST_DAY.plusDays(d) + " "); //$NON-NLS-1$
        }
    }

    /** The default size of the customers table for {@code rows} orders: one customer per 50 orders, at least 1000. */
    public static long defaultCustomers(long rows) {
        return Math.max(1000, rows / 50);
    }

    public long rows() {
        return rows;
    }

    public long customers() {
        return customers;
    }

    public void write(Path file, int threads) throws IOException {
        ChunkedCsvWriter.write(file, ascii(HEADER + "\n"), rows, threads, this::format); //$NON-NLS-1$
    }

    /** Formats lines [first, first + count) (0-based, header not counted). */
    void format(long first, int count, AsciiBuffer out) {
        RowRandom line = new RowRandom();
        RowRandom order = new RowRandom();
        for (long i = first; i < first + count; i++) {
            line.at(seed, SALT_LINE, i);
            long id = i + 1;
            long delaySeconds = 0;
            boolean refund = false;
            if (i > 0 && line.chance(DUPLICATE_SHARE)) {
                int distance = 1 + line.nextInt((int) Math.min(i, DUPLICATE_WINDOW));
                id = i + 1 - distance;
                delaySeconds = distance * 60L;
                refund = line.chance(0.5);
            }
            formatOrder(order.at(seed, SALT_ORDER, id), id, delaySeconds, refund, out);
        }
    }

    private void formatOrder(RowRandom r, long id, long delaySeconds, boolean refund, AsciiBuffer out) {
        long customer = 1 + r.nextLong(customerRange);
        int country = COUNTRIES.draw(r);
        boolean countryNull = r.chance(0.005);
        long ts = r.nextLong((long) DAYS * SECONDS_PER_DAY) + delaySeconds;
        double u = r.nextDouble();
        long cents = 100 + (long) (u * u * 49_900);
        boolean amountNull = r.chance(0.003);
        double q = r.nextDouble();
        int quantity = r.chance(0.05) ? 0 : 1 + (int) (10 * q * q);
        boolean quantityNull = r.chance(0.003);
        int status = STATUSES.draw(r);
        boolean statusNull = r.chance(0.002);
        boolean emailNull = r.chance(0.01);

        out.putLong(id).put((byte) ',').putLong(customer).put((byte) ',');
        if (!countryNull) {
            out.put(COUNTRIES.bytes(country));
        }
        out.put((byte) ',');
        int secondOfDay = (int) (ts % SECONDS_PER_DAY);
        out.put(dayPrefix[(int) (ts / SECONDS_PER_DAY)]).put2(secondOfDay / 3600).put((byte) ':')
                .put2(secondOfDay / 60 % 60).put((byte) ':').put2(secondOfDay % 60).put((byte) ',');
        if (!amountNull) {
            out.putCents(cents);
        }
        out.put((byte) ',');
        if (!quantityNull) {
            out.putLong(quantity);
        }
        out.put((byte) ',');
        if (refund) {
            out.put(REFUNDED);
        } else if (!statusNull) {
            out.put(STATUSES.bytes(status));
        }
        out.put((byte) ',');
        if (!emailNull) {
            out.put(CUSTOMER).putLong(customer).put(DOMAINS[(int) (customer % DOMAINS.length)]);
        }
        out.put((byte) '\n');
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
